package dk.spor.booking.application;

import dk.spor.booking.model.AttendeeRole;
import dk.spor.booking.model.BlockRule;
import dk.spor.booking.model.BookingKey;
import dk.spor.booking.model.Gap;
import dk.spor.booking.model.PlanDiff;
import dk.spor.booking.model.PlannedBlock;
import dk.spor.booking.model.TeamMember;
import dk.spor.booking.model.TeamSearches;
import dk.spor.booking.persistence.PlanStorage;
import dk.spor.booking.persistence.PlanningInputs;
import dk.spor.calendars.Attendee;
import dk.spor.calendars.SectorRules;
import dk.spor.calendars.SlotFinder;
import dk.spor.calendars.SlotRequest;
import dk.spor.calendars.SlotResult;
import dk.spor.calendars.TimeRange;
import dk.spor.plugin.api.ActionLearningPolicy;
import dk.spor.plugin.api.Participation;
import dk.spor.plugins.PolicyData;
import dk.spor.plugins.Sectors;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.web.Problem;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Plans action learning for a whole programme: for every gap between two modules and every team (unit) with
 * participants, one common block for the team and its support person, or the fewest sub-groups when no common block
 * exists — as the sector's policy says ({@link TeamSearches}: with or without a support person, together or each on
 * their own). A team that needs a support person and has none is not booked, and the report names it. The whole plan
 * is written in one transaction ({@link PlanDiff}: bookings keep their UID for life and raise their SEQUENCE on every
 * change), and the people affected get an update or a cancellation through the outbox.
 */
@Singleton
public class PlanningActionLearning {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningActionLearning.class);
    /** Kept free before and after a block, so nobody runs from a meeting straight into it. */
    private static final Duration BUFFER = Duration.ofMinutes(15);
    /** A programme has bookings only while planned or running; in any other state its plan is empty. */
    private static final Set<ProgrammeState> BOOKING_STATES = EnumSet.of(ProgrammeState.PLANNED, ProgrammeState.RUNNING);

    private final PlanningInputs inputs;
    private final PlanStorage storage;
    private final Sectors sectors;
    private final InvitingAttendees inviting;
    private final Clock clock;
    private final SlotFinder slotFinder = new SlotFinder();

    public PlanningActionLearning(PlanningInputs inputs, PlanStorage storage, Sectors sectors,
                                  InvitingAttendees inviting, Clock clock) {
        this.inputs = inputs;
        this.storage = storage;
        this.sectors = sectors;
        this.inviting = inviting;
        this.clock = clock;
    }

    /**
     * What a plan did. {@code notBooked} says, per gap and team, what could not be booked and why;
     * {@code teamsWithoutSupportPerson} lists the teams not booked because their blocks need a support person and
     * none is in the team or above it.
     */
    @Serdeable
    public record PlanReport(int created, int moved, int cancelled, int unchanged, int splitTeams,
                             List<String> notBooked, List<UUID> teamsWithoutSupportPerson) {
    }

    /** Told how far a long planning run has come: team-gaps searched out of all. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void searched(int done, int total);
    }

    /** Plans (or re-plans) every gap of the programme. */
    @Transactional
    public PlanReport plan(UUID programme) {
        return plan(programme, Progress.NONE);
    }

    /** Plans (or re-plans) every gap of the programme, telling {@code progress} as it goes. */
    @Transactional
    public PlanReport plan(UUID programme, Progress progress) {
        if (!storage.lockForPlanning(programme)) {
            throw Problem.conflict("Action learning for this programme is being planned right now. Wait until that"
                    + " plan is done, then plan again if something has changed.");
        }
        PlanningInputs.ProgrammeFacts facts = inputs.programme(programme)
                .orElseThrow(() -> Problem.notFound("A programme with id " + programme));
        if (!BOOKING_STATES.contains(facts.state())) {
            PlanDiff diff = write(programme, List.of());
            return report(diff, 0, List.of(), List.of());
        }
        Optional<PolicyData> policy = sectors.policyOf(programme);
        SectorRules rules = policy.map(PlanningActionLearning::rules).orElse(SectorRules.NONE);
        BlockRule rule = policy.map(PlanningActionLearning::blockRule).orElse(BlockRule.DEFAULT);
        List<Gap> gaps = Gap.between(inputs.moduleSpans(programme));
        Map<UUID, TeamSearches.Outcome> teams = teams(programme, rule);
        Map<UUID, List<TimeRange>> busy = inputs.busy(programme, teams.values().stream()
                .flatMap(o -> o.searches().stream()).flatMap(List::stream).map(TeamSearches.Seat::person)
                .distinct().toList());
        Duration length = Duration.ofMinutes(facts.actionLearningMinutes());
        List<PlannedBlock> plan = new ArrayList<>();
        List<String> notBooked = new ArrayList<>();
        int split = 0;
        int total = gaps.size() * teams.size();
        int done = 0;
        for (Gap gap : gaps) {
            for (Map.Entry<UUID, TeamSearches.Outcome> team : teams.entrySet()) {
                UUID unit = team.getKey();
                team.getValue().refusal().ifPresent(why -> notBooked.add(where(gap, unit) + why));
                int group = 0;
                for (List<TeamSearches.Seat> seats : team.getValue().searches()) {
                    SlotResult result = search(seats, gap, length, rules, busy);
                    if (result.outcome() == SlotResult.Outcome.SPLIT) {
                        split++;
                    }
                    if (!result.unschedulable().isEmpty() || result.groups().isEmpty()) {
                        notBooked.add(where(gap, unit) + result.reason());
                    }
                    for (SlotResult.GroupSlot g : result.groups()) {
                        plan.add(block(new BookingKey(gap.number(), unit, group++), g, seats, busy));
                    }
                }
                if (++done % 50 == 0 || done == total) {
                    progress.searched(done, total);
                }
            }
        }
        PlanDiff diff = write(programme, plan);
        List<UUID> withoutSupport = teams.entrySet().stream().filter(t -> t.getValue().refused())
                .map(Map.Entry::getKey).toList();
        PlanReport report = report(diff, split, notBooked, withoutSupport);
        LOG.info("Action learning planned for programme {}: {} created, {} moved, {} cancelled, {} unchanged,"
                        + " {} teams without a support person", programme, report.created(), report.moved(),
                report.cancelled(), report.unchanged(), withoutSupport.size());
        return report;
    }

    /** Each team's searches, in a stable team order; support persons above are looked up only when required. */
    private Map<UUID, TeamSearches.Outcome> teams(UUID programme, BlockRule rule) {
        Map<UUID, List<TeamMember>> teams = inputs.teams(programme);
        Map<UUID, UUID> above = rule.supportPersonRequired()
                ? inputs.nearestSupportPersons(teams.entrySet().stream()
                        .filter(t -> t.getValue().stream().noneMatch(TeamMember::supportPerson))
                        .map(Map.Entry::getKey).toList())
                : Map.of();
        Map<UUID, TeamSearches.Outcome> outcomes = new LinkedHashMap<>();
        teams.forEach((unit, members) ->
                outcomes.put(unit, TeamSearches.of(members, Optional.ofNullable(above.get(unit)), rule)));
        return outcomes;
    }

    private SlotResult search(List<TeamSearches.Seat> seats, Gap gap, Duration length, SectorRules rules,
                              Map<UUID, List<TimeRange>> busy) {
        List<Attendee> attendees = seats.stream().map(s -> s.mustAttend()
                ? Attendee.required(s.person().toString(), busy.getOrDefault(s.person(), List.of()))
                : Attendee.of(s.person().toString(), busy.getOrDefault(s.person(), List.of()))).toList();
        return slotFinder.find(SlotRequest.builder(attendees, gap.window()).duration(length).buffers(BUFFER, BUFFER)
                .sectorRules(rules).clock(clock).build());
    }

    private static PlannedBlock block(BookingKey key, SlotResult.GroupSlot group, List<TeamSearches.Seat> seats,
                                      Map<UUID, List<TimeRange>> busy) {
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

    private PlanDiff write(UUID programme, List<PlannedBlock> plan) {
        PlanDiff diff = PlanDiff.between(programme, storage.existing(programme), plan);
        storage.write(programme, diff);
        inviting.queue(diff.notices());
        return diff;
    }

    private static PlanReport report(PlanDiff diff, int split, List<String> notBooked, List<UUID> withoutSupport) {
        return new PlanReport(diff.created().size(), diff.moved().size(), diff.cancelled().size(), diff.unchanged(),
                split, notBooked, withoutSupport);
    }

    private static String where(Gap gap, UUID unit) {
        return "gap " + gap.number() + ", unit " + unit + ": ";
    }

    /** A sector's booking policy in the slot finder's terms: each window on its own days, and the days to avoid. */
    static SectorRules rules(PolicyData policy) {
        List<SectorRules.DailyWindow> windows = policy.allowedWindows().stream()
                .map(w -> new SectorRules.DailyWindow(w.from(), w.to(), w.days())).toList();
        return new SectorRules(windows, policy.daysToAvoid());
    }

    /** A sector's policy as the planner's block rule; a policy stored without participation gets the default. */
    static BlockRule blockRule(PolicyData policy) {
        Participation participation = policy.participation() == null
                ? ActionLearningPolicy.DEFAULT_PARTICIPATION : Participation.valueOf(policy.participation());
        return new BlockRule(policy.supportPersonRequired(), participation);
    }
}
