package dk.spor.placement.model;

import dk.spor.calendars.TimeRange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Places every enrolled person into one session of each module — the rule that puts a municipality into its
 * sessions. Pure: the caller gives the modules with their sessions, the teams, everyone's busy time, the placement so
 * far and the clock's "now"; the same request always gives the same outcome.
 *
 * <h2>What it promises</h2>
 * <ul>
 *   <li><b>Whole teams together.</b> A team goes into one session. It is split only when it is larger than the
 *       module's largest session, and then into as few parts as the room left allows (the fewest that could hold it,
 *       or at most {@value #EXTRA_PARTS} more), in even parts of its members in their order. A team that would fit
 *       a session but finds none with room for all of it is not split: it is reported.</li>
 *   <li><b>The support person with their team.</b> A team's support person is in the first of its parts.</li>
 *   <li><b>Never over capacity.</b> A session takes no more people than its capacity.</li>
 *   <li><b>Module order.</b> A person's session of a module lies at least {@code minimumGapDays} days (Danish dates)
 *       after their session of the module before, so there is room for action learning in between.</li>
 *   <li><b>Around busy time and holidays.</b> A session on a Danish holiday is not used (and reported, so HR can move
 *       it). Among the sessions a team can take, the one where the fewest of its members are busy is chosen, looking
 *       no further than {@value #HORIZON_DAYS} days past the earliest possible one, so teams go through the modules in
 *       the same order and the last teams still find sessions in the right order.</li>
 *   <li><b>Reported, never dropped.</b> A team (or part) that cannot be placed in a module is reported with the
 *       reason: no session left with room, no session in the right order, or the module's sessions are over.</li>
 *   <li><b>Calm re-placing.</b> Everyone already placed stays where they are while their session exists, is not on a
 *       holiday, has room for them and keeps the order; only the others are placed again, and every person whose
 *       session changed is listed as a move. Sessions that have begun are history: nobody is moved out of or into
 *       them.</li>
 * </ul>
 *
 * <h2>How</h2>
 * <ol>
 *   <li><b>Keep.</b> Each earlier placement in a session that still exists is kept. Walking a person's modules in
 *       order, a placement that comes too soon after the one before is let go — unless it was chosen by the person or
 *       made by HR ({@link Prior#pinned()}), which only a vanished session or a lack of room undoes. Where a session
 *       now holds more than its capacity, whole team groups are let go, the last in placing order first.</li>
 *   <li><b>Place.</b> Teams in placing order — the largest first (they are the hardest to fit), then in the order
 *       given — and for each team its modules in order. Those of the team without a session in the module go to the
 *       session where most of their team already is, when it has room and keeps the order; otherwise to the best
 *       session that keeps the order with their sessions before and after, and from which the later modules can
 *       still be reached (the latest reachable date is worked out backwards from the last module).</li>
 * </ol>
 * Only modules marked {@link Module#allocated()} get new placements (progressive modules; an elective when HR places
 * those who have not chosen); the others' placements are kept as they are and only bound the order.
 *
 * <p>This class holds the rule's terms; each step is a class of its own, over one {@link Allocation} (the numbered
 * working state): {@link KeepingPlacements}, {@link PlacingTeam} with {@link ChoosingASession}, and
 * {@link AllocationOutcome}.
 */
public final class SessionAllocator {

    /** How far past the earliest session a team could take to look for one where fewer of them are busy. */
    public static final int HORIZON_DAYS = 7;
    /** A team larger than a session may take this many more parts than the fewest when the room left is scattered. */
    public static final int EXTRA_PARTS = 2;
    /** A session without a capacity (an online one, say) takes everyone. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private SessionAllocator() {
    }

    /** A session of a module; {@code capacity} is {@link #UNLIMITED} when it has none. */
    public record Session(UUID id, Instant start, Instant end, int capacity) {
        public Session {
            Objects.requireNonNull(id, "id");
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("a session ends after it starts: " + id);
            }
            if (capacity < 1) {
                throw new IllegalArgumentException("a session takes at least one person: " + id);
            }
        }
    }

    /**
     * A module at its position in the programme. {@code allocated}: the allocator places people in it; otherwise
     * (an elective, where people choose) only its existing placements are kept.
     */
    public record Module(UUID id, int position, boolean allocated, List<Session> sessions) {
        public Module {
            sessions = List.copyOf(sessions);
        }
    }

    /** A team (the enrolled people of a unit) in a stable order; its support person, when it has one, is a member. */
    public record Team(UUID id, List<UUID> members, Optional<UUID> supportPerson) {
        public Team {
            members = List.copyOf(members);
            if (supportPerson.isPresent() && !members.contains(supportPerson.get())) {
                throw new IllegalArgumentException("a team's support person is one of its members: " + id);
            }
        }
    }

    /** Where a person was placed before; {@code pinned} when they chose it themselves or HR put them there. */
    public record Prior(UUID session, boolean pinned) {
    }

    /**
     * Everything the allocator reads. {@code previous}: module id → person → where they were. {@code busy}: when each
     * person is busy, in any order.
     */
    public record Request(List<Module> modules, List<Team> teams, Map<UUID, List<TimeRange>> busy,
                          Map<UUID, Map<UUID, Prior>> previous, int minimumGapDays, Instant now) {
        public Request {
            modules = List.copyOf(modules);
            teams = List.copyOf(teams);
            if (minimumGapDays < 0) {
                throw new IllegalArgumentException("the minimum gap is zero days or more");
            }
        }
    }

    /** Why a team, or part of one, has no session in a module. */
    public enum Reason {
        /** No session of the module that can be used has room left for them. */
        NO_SESSION_WITH_ROOM,
        /** Sessions have room, but none lies in the right order with their sessions of the modules around it. */
        NO_ORDER_POSSIBLE,
        /** Every session of the module has begun or is over. */
        SESSIONS_OVER
    }

    /** One person's place in a module; {@code pinned} carried over from before. */
    public record Placed(UUID session, UUID team, boolean pinned) {
    }

    /** A team's people in one session of a module, with whether the team's support person is among them. */
    public record Part(UUID module, UUID session, UUID team, List<UUID> members, boolean withSupportPerson,
                       int busy) {
        public Part {
            members = List.copyOf(members);
        }
    }

    /** People of a team without a session in a module, and why. */
    public record Unplaced(UUID module, UUID team, List<UUID> people, Reason reason) {
        public Unplaced {
            people = List.copyOf(people);
        }
    }

    /** A person whose session of a module changed: {@code to} is null when they have none now. */
    public record Move(UUID person, UUID team, UUID module, UUID from, UUID to) {
    }

    /** A session the allocator did not use because it lies on a Danish holiday. */
    public record OnHoliday(UUID module, UUID session, LocalDate date, String holiday) {
    }

    /**
     * The placement: module id → person → their place; every part, unplaced group, move and holiday session, in a
     * stable order; {@code splitTeams} the teams split in at least one module.
     */
    public record Outcome(Map<UUID, Map<UUID, Placed>> placement, List<Part> parts, List<Unplaced> unplaced,
                          List<Move> moves, List<OnHoliday> onHolidays, Set<UUID> splitTeams) {
    }

    /** Places the request's teams; see the class comment for the rule. */
    public static Outcome place(Request request) {
        Allocation allocation = new Allocation(request);
        new KeepingPlacements(allocation).keep();
        PlacingTeam placing = new PlacingTeam(allocation);
        for (int t = 0; t < allocation.order.size(); t++) {
            for (int m = 0; m < allocation.modules.size(); m++) {
                if (allocation.modules.get(m).allocated()) {
                    placing.place(t, m);
                }
            }
        }
        return new AllocationOutcome(allocation).outcome();
    }
}
