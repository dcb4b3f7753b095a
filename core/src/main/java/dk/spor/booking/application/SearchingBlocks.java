package dk.spor.booking.application;

import dk.spor.booking.model.AttendeeRole;
import dk.spor.booking.model.BookingKey;
import dk.spor.booking.model.PlannedBlock;
import dk.spor.booking.model.TeamSearches;
import dk.spor.booking.model.TeamWindows;
import dk.spor.calendars.Attendee;
import dk.spor.calendars.SectorRules;
import dk.spor.calendars.SlotFinder;
import dk.spor.calendars.SlotRequest;
import dk.spor.calendars.SlotResult;
import dk.spor.calendars.TimeRange;
import dk.spor.placement.application.TeamSessions;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The search inside a plan ({@link PlanningActionLearning}): for every gap between two modules and every team, the
 * team's windows between its own sessions ({@link TeamWindows}) and, in each, a common block for the team and its
 * support person, or the fewest sub-groups ({@link SlotFinder}). Reads nothing and writes nothing: it is handed the
 * modules, the teams' searches and everyone's busy time, and extends the busy time as it books, so a support person
 * of several teams is never booked twice at once.
 */
final class SearchingBlocks {

    /** Kept free before and after a block, so nobody runs from a meeting straight into it. */
    private static final Duration BUFFER = Duration.ofMinutes(15);

    private final SlotFinder slotFinder;
    private final SectorRules rules;
    private final Duration length;
    private final Clock clock;
    private final Map<UUID, List<TimeRange>> busy;

    SearchingBlocks(SlotFinder slotFinder, SectorRules rules, Duration length, Clock clock,
                    Map<UUID, List<TimeRange>> busy) {
        this.slotFinder = slotFinder;
        this.rules = rules;
        this.length = length;
        this.clock = clock;
        this.busy = busy;
    }

    /** What the search found: the blocks, the teams split (once per search), and what could not be booked and why. */
    record Found(List<PlannedBlock> blocks, int splitTeams, List<String> notBooked) {
    }

    Found search(List<TeamSessions.ModuleTimes> modules, Map<UUID, TeamSearches.Outcome> teams,
                 PlanningActionLearning.Progress progress) {
        List<PlannedBlock> plan = new ArrayList<>();
        List<String> notBooked = new ArrayList<>();
        int split = 0;
        int total = Math.max(0, modules.size() - 1) * teams.size();
        int done = 0;
        for (int n = 0; n + 1 < modules.size(); n++) {
            TeamSessions.ModuleTimes before = modules.get(n);
            TeamSessions.ModuleTimes after = modules.get(n + 1);
            int gap = before.position();
            for (Map.Entry<UUID, TeamSearches.Outcome> team : teams.entrySet()) {
                UUID unit = team.getKey();
                if (before.span() == null || after.span() == null) {
                    continue;
                }
                team.getValue().refusal().ifPresent(why -> notBooked.add(where(gap, unit) + why));
                int group = 0;
                for (List<TeamSearches.Seat> seats : team.getValue().searches()) {
                    // the window is the participants'; the support person joins each of them. A team that is only
                    // its support person gets their own block, in their own window
                    boolean onlySupport = seats.stream().allMatch(s -> s.role() == AttendeeRole.SUPPORT);
                    List<TeamSearches.Seat> supporting = onlySupport ? List.of() : seats.stream()
                            .filter(s -> s.role() == AttendeeRole.SUPPORT).toList();
                    List<UUID> taking = seats.stream().filter(s -> onlySupport || s.role() != AttendeeRole.SUPPORT)
                            .map(TeamSearches.Seat::person).toList();
                    TeamWindows.Outcome windows = TeamWindows.of(taking, before.own(), after.own(), before.span(),
                            after.span());
                    if (!windows.withoutWindow().isEmpty()) {
                        notBooked.add(where(gap, unit) + windows.withoutWindow().size() + " people's own session of"
                                + " module " + (gap + 1) + " does not come after their session of module " + gap
                                + ", so there is no time between them for action learning");
                    }
                    boolean splitHere = windows.windows().size() > 1;
                    for (TeamWindows.Window window : windows.windows()) {
                        Set<UUID> here = Set.copyOf(window.people());
                        List<TeamSearches.Seat> inWindow = new ArrayList<>();
                        seats.stream().filter(s -> here.contains(s.person()) && !supporting.contains(s))
                                .forEach(inWindow::add);
                        inWindow.addAll(supporting);
                        SlotResult result = find(inWindow, window.window());
                        splitHere |= result.outcome() == SlotResult.Outcome.SPLIT;
                        if (!result.unschedulable().isEmpty() || result.groups().isEmpty()) {
                            notBooked.add(where(gap, unit) + result.reason());
                        }
                        for (SlotResult.GroupSlot g : result.groups()) {
                            plan.add(block(new BookingKey(gap, unit, group++), g, inWindow));
                        }
                    }
                    if (splitHere) {
                        split++;
                    }
                }
                if (++done % 50 == 0 || done == total) {
                    progress.searched(done, total);
                }
            }
        }
        return new Found(plan, split, notBooked);
    }

    private SlotResult find(List<TeamSearches.Seat> seats, TimeRange window) {
        List<Attendee> attendees = seats.stream().map(s -> s.mustAttend()
                ? Attendee.required(s.person().toString(), busy.getOrDefault(s.person(), List.of()))
                : Attendee.of(s.person().toString(), busy.getOrDefault(s.person(), List.of()))).toList();
        return slotFinder.find(SlotRequest.builder(attendees, window).duration(length).buffers(BUFFER, BUFFER)
                .sectorRules(rules).clock(clock).build());
    }

    private PlannedBlock block(BookingKey key, SlotResult.GroupSlot group, List<TeamSearches.Seat> seats) {
        Map<UUID, AttendeeRole> attendees = new LinkedHashMap<>();
        for (String id : group.attendeeIds()) {
            UUID person = UUID.fromString(id);
            attendees.put(person, seats.stream().filter(s -> s.person().equals(person)).findFirst()
                    .map(TeamSearches.Seat::role).orElse(AttendeeRole.PARTICIPANT));
            // the same person (a support person for several teams) is now busy in this block
            busy.computeIfAbsent(person, p -> new ArrayList<>()).add(group.slot());
        }
        return new PlannedBlock(key, group.slot(), attendees);
    }

    private static String where(int gap, UUID unit) {
        return "gap " + gap + ", unit " + unit + ": ";
    }
}
