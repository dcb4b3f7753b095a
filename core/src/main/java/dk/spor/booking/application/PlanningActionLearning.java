package dk.spor.booking.application;

import dk.spor.booking.model.AttendeeRole;
import dk.spor.booking.model.BlockRule;
import dk.spor.booking.model.BookingStatus;
import dk.spor.booking.model.ExistingBooking;
import dk.spor.booking.model.InvitationMethod;
import dk.spor.booking.model.PlanDiff;
import dk.spor.booking.model.PlannedBlock;
import dk.spor.booking.model.TeamMember;
import dk.spor.booking.model.TeamSearches;
import dk.spor.booking.persistence.BookingAnswers;
import dk.spor.booking.persistence.PlanStorage;
import dk.spor.booking.persistence.PlanningInputs;
import dk.spor.calendars.SectorRules;
import dk.spor.calendars.SlotFinder;
import dk.spor.calendars.TimeRange;
import dk.spor.plugin.api.ActionLearningPolicy;
import dk.spor.plugin.api.Participation;
import dk.spor.plugins.PolicyData;
import dk.spor.placement.application.PeoplesBusyTime;
import dk.spor.placement.application.TeamSessions;
import dk.spor.plugins.Sectors;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Plans action learning for a whole programme: for every gap between two modules and every team (unit) with
 * participants, one common block for the team and its support person between the team's own session of the one module
 * and its own session of the next, or the fewest sub-groups when no common block exists — as the sector's policy says
 * ({@link TeamSearches}: with or without a support person, together or each on their own). A team that needs a
 * support person and has none is not booked, and the report names it. This class reads what a plan needs (everyone's
 * busy time through {@link PeoplesBusyTime}, shared with placing) and writes the plan; the search itself is
 * {@link SearchingBlocks}. The whole plan is written in one transaction ({@link PlanDiff}: bookings keep their UID for
 * life and raise their SEQUENCE on every change), and the people affected get an update or a cancellation through the
 * outbox.
 */
@Singleton
public class PlanningActionLearning {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningActionLearning.class);
    /** A programme has bookings only while planned or running; in any other state its plan is empty. */
    private static final Set<ProgrammeState> BOOKING_STATES = EnumSet.of(ProgrammeState.PLANNED, ProgrammeState.RUNNING);

    private final PlanningInputs inputs;
    private final PlanStorage storage;
    private final BookingAnswers answers;
    private final Sectors sectors;
    private final InvitingAttendees inviting;
    private final TeamSessions teamSessions;
    private final PeoplesBusyTime busyTime;
    private final Clock clock;
    private final SlotFinder slotFinder = new SlotFinder();

    public PlanningActionLearning(PlanningInputs inputs, PlanStorage storage, BookingAnswers answers, Sectors sectors,
                                  InvitingAttendees inviting, TeamSessions teamSessions, PeoplesBusyTime busyTime,
                                  Clock clock) {
        this.teamSessions = teamSessions;
        this.busyTime = busyTime;
        this.inputs = inputs;
        this.answers = answers;
        this.storage = storage;
        this.sectors = sectors;
        this.inviting = inviting;
        this.clock = clock;
    }

    /**
     * What a plan did. {@code notBooked} says, per gap and team, what could not be booked and why;
     * {@code teamsWithoutSupportPerson} lists the teams not booked because their blocks need a support person and
     * none is in the team or above it. Both are left out of the answer when empty. {@code answers} counts what
     * people answered to the upcoming blocks after the plan (a moved block asks everyone again).
     */
    @Serdeable
    public record PlanReport(int created, int moved, int cancelled, int unchanged, int splitTeams,
                             @Nullable List<String> notBooked, @Nullable List<UUID> teamsWithoutSupportPerson,
                             Answers answers) {
    }

    /**
     * Answers to a programme's upcoming blocks, as counts: accepted, tentative, declined (or delegated), not answered
     * yet, and how many blocks have fewer than two participants coming.
     */
    @Serdeable
    public record Answers(int accepted, int tentative, int declined, int notAnswered,
                          int blocksWithFewerThanTwoComing) {
    }

    /** Told how far a long planning run has come: team-gaps searched out of all. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void searched(int done, int total);
    }

    /**
     * Refuses a plan asked for while the programme is a draft: nothing is booked for it yet, and a report of zeros
     * would not say why. (A programme on hold may be planned: that cancels what it booked.)
     */
    @io.micronaut.transaction.annotation.ReadOnly
    public void requirePlannable(UUID programme) {
        PlanningInputs.ProgrammeFacts facts = inputs.programme(programme)
                .orElseThrow(() -> Problem.notFound("A programme with id " + programme));
        if (facts.state() == ProgrammeState.DRAFT) {
            throw Problem.conflict("The programme is still a draft, so no action learning is booked for it. Set it"
                    + " to PLANNED (POST /api/programmes/" + programme + "/state) and plan again.");
        }
    }

    /** Plans (or re-plans) every gap of the programme. */
    @Transactional
    public PlanReport plan(UUID programme) {
        return plan(programme, Set.of(), Progress.NONE);
    }

    /** Plans (or re-plans) every gap of the programme, telling {@code progress} as it goes. */
    @Transactional
    public PlanReport plan(UUID programme, Progress progress) {
        return plan(programme, Set.of(), progress);
    }

    /**
     * Plans again the blocks of some teams only ({@code units}; all when empty), when only their people's sessions
     * changed: the other teams' confirmed blocks stay exactly as they are.
     */
    @Transactional
    public PlanReport plan(UUID programme, Set<UUID> units, Progress progress) {
        if (!storage.lockForPlanning(programme)) {
            throw Problem.conflict("Action learning for this programme is being planned right now. Wait until that"
                    + " plan is done, then plan again if something has changed.");
        }
        PlanningInputs.ProgrammeFacts facts = inputs.programme(programme)
                .orElseThrow(() -> Problem.notFound("A programme with id " + programme));
        if (!BOOKING_STATES.contains(facts.state())) {
            PlanDiff diff = write(programme, List.of());
            return report(programme, diff, 0, List.of(), List.of());
        }
        Optional<PolicyData> policy = sectors.policyOf(programme);
        SectorRules rules = policy.map(PlanningActionLearning::rules).orElse(SectorRules.NONE);
        BlockRule rule = policy.map(PlanningActionLearning::blockRule).orElse(BlockRule.DEFAULT);
        List<TeamSessions.ModuleTimes> modules = teamSessions.of(programme);
        Map<UUID, TeamSearches.Outcome> teams = teams(programme, rule);
        if (!units.isEmpty()) {
            teams.keySet().retainAll(units);
        }
        Set<UUID> people = teams.values().stream().flatMap(o -> o.searches().stream()).flatMap(List::stream)
                .map(TeamSearches.Seat::person).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<UUID, List<TimeRange>> busy = busyTime.of(people);
        inputs.bookedElsewhere(programme, people, busy);
        // nobody's block lies in one of their own module sessions (a support person's from above, say)
        for (TeamSessions.ModuleTimes module : modules) {
            module.own().forEach((person, session) -> {
                if (people.contains(person)) {
                    busy.computeIfAbsent(person, p -> new ArrayList<>()).add(session);
                }
            });
        }
        List<PlannedBlock> plan = new ArrayList<>();
        if (!units.isEmpty()) {
            for (ExistingBooking kept : storage.existing(programme)) {
                if (!units.contains(kept.key().unit()) && kept.status() == BookingStatus.CONFIRMED) {
                    Map<UUID, AttendeeRole> attendees = new LinkedHashMap<>();
                    kept.attendees().forEach(a -> attendees.put(a, AttendeeRole.PARTICIPANT));
                    plan.add(new PlannedBlock(kept.key(), kept.slot(), attendees));
                    kept.attendees().forEach(a -> busy.computeIfAbsent(a, x -> new ArrayList<>()).add(kept.slot()));
                }
            }
        }
        Duration length = Duration.ofMinutes(facts.actionLearningMinutes());
        SearchingBlocks.Found found = new SearchingBlocks(slotFinder, rules, length, clock, busy)
                .search(modules, teams, progress);
        plan.addAll(found.blocks());
        int split = found.splitTeams();
        List<String> notBooked = found.notBooked();
        PlanDiff diff = write(programme, plan);
        List<UUID> withoutSupport = teams.entrySet().stream().filter(t -> t.getValue().refused())
                .map(Map.Entry::getKey).toList();
        PlanReport report = report(programme, diff, split, notBooked, withoutSupport);
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

    private PlanDiff write(UUID programme, List<PlannedBlock> plan) {
        PlanDiff diff = PlanDiff.between(programme, storage.existing(programme), plan);
        List<PlanStorage.GuestSeat> guests = storage.write(programme, diff);
        inviting.queue(diff.notices());
        inviting.send(guests.stream().map(g -> new InvitingAttendees.Message(g.person(), g.bookingUid(),
                InvitationMethod.CANCEL, g.sequence())).toList());
        return diff;
    }

    private PlanReport report(UUID programme, PlanDiff diff, int split, List<String> notBooked,
                              List<UUID> withoutSupport) {
        BookingAnswers.Counts c = answers.counts(programme);
        return new PlanReport(diff.created().size(), diff.moved().size(), diff.cancelled().size(), diff.unchanged(),
                split, notBooked, withoutSupport, new Answers(c.accepted(), c.tentative(), c.declined(),
                c.notAnswered(), c.blocksWithFewerThanTwoComing()));
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
