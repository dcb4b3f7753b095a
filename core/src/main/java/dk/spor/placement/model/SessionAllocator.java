package dk.spor.placement.model;

import dk.spor.calendars.DanishHolidays;
import dk.spor.calendars.TimeRange;
import dk.spor.programme.model.ProgrammeTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
        return new Run(request).run();
    }

    /** One allocation, with its working state. */
    private static final class Run {

        private final Request request;
        private final List<Module> modules;
        private final List<Team> order;
        private final Map<UUID, Slot> slots = new HashMap<>();
        private final List<List<Slot>> slotsByModule = new ArrayList<>();
        private final Map<UUID, Team> teamOf = new HashMap<>();
        private final Map<UUID, Busy> busy = new HashMap<>();
        /** Per module index: person → place. */
        private final List<Map<UUID, Placed>> placed = new ArrayList<>();
        private final List<Unplaced> unplaced = new ArrayList<>();
        private final List<OnHoliday> onHolidays = new ArrayList<>();
        private final int gap;
        private final Instant now;

        Run(Request request) {
            this.request = request;
            this.modules = request.modules().stream().sorted(Comparator.comparingInt(Module::position)).toList();
            this.gap = request.minimumGapDays();
            this.now = request.now();
            List<Team> teams = request.teams();
            Map<UUID, Integer> given = new HashMap<>();
            for (int i = 0; i < teams.size(); i++) {
                given.put(teams.get(i).id(), i);
                for (UUID member : teams.get(i).members()) {
                    teamOf.putIfAbsent(member, teams.get(i));
                }
            }
            this.order = teams.stream().sorted(Comparator.comparingInt((Team t) -> -t.members().size())
                    .thenComparing(t -> given.get(t.id()))).toList();
            DanishHolidays holidays = DanishHolidays.instance();
            for (int m = 0; m < modules.size(); m++) {
                List<Slot> list = new ArrayList<>();
                for (Session s : modules.get(m).sessions()) {
                    LocalDate date = ProgrammeTime.wallTime(s.start()).toLocalDate();
                    String holiday = holidays.holidays(date.getYear()).get(date);
                    if (holiday != null) {
                        onHolidays.add(new OnHoliday(modules.get(m).id(), s.id(), date, holiday));
                    }
                    Slot slot = new Slot(s, m, date.toEpochDay(), holiday == null, s.start().isBefore(now));
                    list.add(slot);
                    slots.put(s.id(), slot);
                }
                list.sort(Comparator.comparing((Slot x) -> x.session.start()).thenComparing(x -> x.session.id()));
                slotsByModule.add(list);
                placed.add(new LinkedHashMap<>());
            }
            onHolidays.sort(Comparator.comparing(OnHoliday::date).thenComparing(OnHoliday::session));
        }

        Outcome run() {
            keep();
            for (Team team : order) {
                for (int m = 0; m < modules.size(); m++) {
                    if (modules.get(m).allocated()) {
                        place(team, m);
                    }
                }
            }
            return outcome();
        }

        // ---- step 1: keep what can stay

        private void keep() {
            // a person's earlier places that still exist, module by module
            Map<UUID, Placed[]> kept = new LinkedHashMap<>();
            for (Team team : order) {
                for (UUID person : team.members()) {
                    if (teamOf.get(person) != team) {
                        continue;
                    }
                    Placed[] row = new Placed[modules.size()];
                    for (int m = 0; m < modules.size(); m++) {
                        Prior prior = request.previous().getOrDefault(modules.get(m).id(), Map.of()).get(person);
                        Slot slot = prior == null ? null : slots.get(prior.session());
                        if (slot != null && slot.module == m && (slot.usable || slot.begun)) {
                            row[m] = new Placed(slot.session.id(), team.id(), prior.pinned());
                        }
                    }
                    kept.put(person, row);
                }
            }
            // order: a placement too soon after the one before goes, unless it is pinned or has begun
            for (Placed[] row : kept.values()) {
                Long last = null;
                for (int m = 0; m < row.length; m++) {
                    if (row[m] == null) {
                        continue;
                    }
                    Slot slot = slots.get(row[m].session());
                    if (!slot.begun && !row[m].pinned() && last != null && slot.day < last + gap) {
                        row[m] = null;
                        continue;
                    }
                    last = slot.day;
                }
            }
            // capacity: whole team groups in placing order, until the session is full
            for (int m = 0; m < modules.size(); m++) {
                Map<UUID, Map<UUID, List<UUID>>> bySessionAndTeam = new LinkedHashMap<>();
                for (Map.Entry<UUID, Placed[]> e : kept.entrySet()) {
                    Placed p = e.getValue()[m];
                    if (p != null) {
                        bySessionAndTeam.computeIfAbsent(p.session(), s -> new LinkedHashMap<>())
                                .computeIfAbsent(p.team(), t -> new ArrayList<>()).add(e.getKey());
                    }
                }
                for (Map.Entry<UUID, Map<UUID, List<UUID>>> s : bySessionAndTeam.entrySet()) {
                    Slot slot = slots.get(s.getKey());
                    for (List<UUID> group : s.getValue().values()) {
                        if (slot.begun || group.size() <= slot.room()) {
                            for (UUID person : group) {
                                Placed p = kept.get(person)[m];
                                placed.get(m).put(person, p);
                                slot.taken += 1;
                            }
                        }
                    }
                }
            }
        }

        // ---- step 2: place the others

        private void place(Team team, int m) {
            List<UUID> needed = team.members().stream()
                    .filter(p -> teamOf.get(p) == team && !placed.get(m).containsKey(p)).toList();
            if (needed.isEmpty()) {
                return;
            }
            List<Slot> usable = slotsByModule.get(m).stream().filter(s -> s.usable && !s.begun).toList();
            if (usable.isEmpty()) {
                boolean over = slotsByModule.get(m).stream().anyMatch(s -> s.begun);
                unplaced.add(new Unplaced(modules.get(m).id(), team.id(), needed,
                        over ? Reason.SESSIONS_OVER : Reason.NO_SESSION_WITH_ROOM));
                return;
            }
            // where most of the team already is: newcomers and those let go join them when there is room
            Optional<Slot> home = home(team, m);
            if (home.isPresent() && home.get().room() >= needed.size() && fits(home.get(), needed, m)) {
                put(home.get(), needed, team, m);
                return;
            }
            int largest = usable.stream().mapToInt(s -> s.session.capacity()).max().orElse(1);
            if (needed.size() <= largest) {
                Choice choice = choose(needed, team, m, Map.of());
                if (choice.slot != null) {
                    put(choice.slot, needed, team, m);
                } else {
                    unplaced.add(new Unplaced(modules.get(m).id(), team.id(), needed, choice.reason));
                }
                return;
            }
            int fewest = (needed.size() + largest - 1) / largest;
            for (int k = fewest; k <= fewest + EXTRA_PARTS && k <= needed.size(); k++) {
                List<List<UUID>> parts = parts(needed, team, k);
                Map<Slot, Integer> trial = new HashMap<>();
                List<Slot> chosen = new ArrayList<>();
                for (List<UUID> part : parts) {
                    Choice choice = choose(part, team, m, trial);
                    if (choice.slot == null) {
                        break;
                    }
                    chosen.add(choice.slot);
                    trial.merge(choice.slot, part.size(), Integer::sum);
                }
                if (chosen.size() == parts.size()) {
                    for (int i = 0; i < parts.size(); i++) {
                        put(chosen.get(i), parts.get(i), team, m);
                    }
                    return;
                }
            }
            // not every part found room: place what fits of the fewest parts, report the rest
            for (List<UUID> part : parts(needed, team, fewest)) {
                Choice choice = choose(part, team, m, Map.of());
                if (choice.slot != null) {
                    put(choice.slot, part, team, m);
                } else {
                    unplaced.add(new Unplaced(modules.get(m).id(), team.id(), part, choice.reason));
                }
            }
        }

        /** Even parts of the people in their order, the support person first so they are in the first part. */
        private static List<List<UUID>> parts(List<UUID> people, Team team, int k) {
            List<UUID> ordered = new ArrayList<>(people);
            team.supportPerson().filter(ordered::remove).ifPresent(s -> ordered.add(0, s));
            List<List<UUID>> parts = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < k; i++) {
                int size = ordered.size() / k + (i < ordered.size() % k ? 1 : 0);
                parts.add(ordered.subList(from, from + size));
                from += size;
            }
            return parts;
        }

        private Optional<Slot> home(Team team, int m) {
            Map<UUID, Integer> count = new LinkedHashMap<>();
            for (UUID member : team.members()) {
                Placed p = placed.get(m).get(member);
                if (p != null) {
                    count.merge(p.session(), 1, Integer::sum);
                }
            }
            return count.entrySet().stream()
                    .map(e -> Map.entry(slots.get(e.getKey()), e.getValue()))
                    .filter(e -> e.getKey().usable && !e.getKey().begun)
                    .max(Comparator.comparingInt((Map.Entry<Slot, Integer> e) -> e.getValue())
                            .thenComparing(e -> e.getKey().session.start(), Comparator.reverseOrder()))
                    .map(Map.Entry::getKey);
        }

        private record Choice(Slot slot, Reason reason) {
        }

        /**
         * The session for a group: in order with their sessions before and after, if possible one from which the
         * later modules can still be reached, then the fewest busy within the horizon, the earliest, by id.
         */
        private Choice choose(List<UUID> group, Team team, int m, Map<Slot, Integer> trial) {
            long lower = Long.MIN_VALUE;
            long upper = Long.MAX_VALUE;
            for (UUID person : group) {
                for (int j = m - 1; j >= 0; j--) {
                    Placed p = placed.get(j).get(person);
                    if (p != null) {
                        lower = Math.max(lower, slots.get(p.session()).day + gap);
                        break;
                    }
                }
                for (int j = m + 1; j < modules.size(); j++) {
                    Placed p = placed.get(j).get(person);
                    if (p != null) {
                        upper = Math.min(upper, slots.get(p.session()).day - gap);
                        break;
                    }
                }
            }
            long reachable = latestReachable(group, m);
            List<Slot> withRoom = new ArrayList<>();
            for (Slot s : slotsByModule.get(m)) {
                if (s.usable && !s.begun && s.room() - trial.getOrDefault(s, 0) >= group.size()) {
                    withRoom.add(s);
                }
            }
            if (withRoom.isEmpty()) {
                return new Choice(null, Reason.NO_SESSION_WITH_ROOM);
            }
            long lo = lower;
            long hi = Math.min(upper, reachable);
            List<Slot> candidates = withRoom.stream().filter(s -> s.day >= lo && s.day <= hi).toList();
            if (candidates.isEmpty()) {
                long kept = upper;
                candidates = withRoom.stream().filter(s -> s.day >= lo && s.day <= kept).toList();
            }
            if (candidates.isEmpty()) {
                return new Choice(null, Reason.NO_ORDER_POSSIBLE);
            }
            long horizon = candidates.get(0).day + HORIZON_DAYS;
            Slot best = null;
            int fewest = Integer.MAX_VALUE;
            for (Slot s : candidates) {
                if (s.day > horizon) {
                    break;
                }
                int busyHere = busy(group, s.session);
                if (busyHere < fewest) {
                    best = s;
                    fewest = busyHere;
                }
            }
            return new Choice(best, null);
        }

        /**
         * The latest day a group's session of module {@code m} may have so that its later modules can still follow
         * in order: worked out backwards from the last module, through the sessions with room for the group (or
         * through the group's own later places, where they have them).
         */
        private long latestReachable(List<UUID> group, int m) {
            long bound = Long.MAX_VALUE;
            for (int j = modules.size() - 1; j > m; j--) {
                Long anchor = null;
                for (UUID person : group) {
                    Placed p = placed.get(j).get(person);
                    if (p != null) {
                        long day = slots.get(p.session()).day;
                        anchor = anchor == null ? day : Math.min(anchor, day);
                    }
                }
                if (anchor != null) {
                    bound = anchor;
                    continue;
                }
                if (!modules.get(j).allocated()) {
                    continue;
                }
                long limit = bound == Long.MAX_VALUE ? Long.MAX_VALUE : bound - gap;
                long latest = Long.MIN_VALUE;
                long latestAny = Long.MIN_VALUE;
                int need = Math.min(group.size(), largest(j));
                for (Slot s : slotsByModule.get(j)) {
                    if (s.usable && !s.begun && s.room() >= need) {
                        latestAny = Math.max(latestAny, s.day);
                        if (s.day <= limit) {
                            latest = Math.max(latest, s.day);
                        }
                    }
                }
                // a module without room does not bound the ones before it: it is reported on its own
                bound = latest != Long.MIN_VALUE ? latest : latestAny != Long.MIN_VALUE ? latestAny : bound;
            }
            return bound == Long.MAX_VALUE ? Long.MAX_VALUE : bound - gap;
        }

        private int largest(int m) {
            int largest = 1;
            for (Slot s : slotsByModule.get(m)) {
                if (s.usable && !s.begun) {
                    largest = Math.max(largest, s.session.capacity());
                }
            }
            return largest;
        }

        private boolean fits(Slot slot, List<UUID> group, int m) {
            long lower = Long.MIN_VALUE;
            long upper = Long.MAX_VALUE;
            for (UUID person : group) {
                for (int j = m - 1; j >= 0; j--) {
                    Placed p = placed.get(j).get(person);
                    if (p != null) {
                        lower = Math.max(lower, slots.get(p.session()).day + gap);
                        break;
                    }
                }
                for (int j = m + 1; j < modules.size(); j++) {
                    Placed p = placed.get(j).get(person);
                    if (p != null) {
                        upper = Math.min(upper, slots.get(p.session()).day - gap);
                        break;
                    }
                }
            }
            return slot.day >= lower && slot.day <= upper;
        }

        private void put(Slot slot, List<UUID> group, Team team, int m) {
            for (UUID person : group) {
                placed.get(m).put(person, new Placed(slot.session.id(), team.id(), false));
            }
            slot.taken += group.size();
        }

        private int busy(List<UUID> group, Session session) {
            int count = 0;
            for (UUID person : group) {
                if (busyOf(person).overlaps(session.start().getEpochSecond(), session.end().getEpochSecond())) {
                    count++;
                }
            }
            return count;
        }

        private Busy busyOf(UUID person) {
            return busy.computeIfAbsent(person, p -> Busy.of(request.busy().getOrDefault(p, List.of())));
        }

        // ---- the outcome

        private Outcome outcome() {
            Map<UUID, Map<UUID, Placed>> placement = new LinkedHashMap<>();
            List<Part> parts = new ArrayList<>();
            Set<UUID> split = new LinkedHashSet<>();
            List<Move> moves = new ArrayList<>();
            for (int m = 0; m < modules.size(); m++) {
                Module module = modules.get(m);
                Map<UUID, Placed> here = new LinkedHashMap<>();
                for (Team team : order) {
                    for (UUID person : team.members()) {
                        Placed p = placed.get(m).get(person);
                        if (p != null && teamOf.get(person) == team) {
                            here.put(person, p);
                        }
                    }
                }
                placement.put(module.id(), here);
                for (Team team : order) {
                    Map<UUID, List<UUID>> bySession = new LinkedHashMap<>();
                    for (UUID person : team.members()) {
                        Placed p = here.get(person);
                        if (p != null && p.team().equals(team.id())) {
                            bySession.computeIfAbsent(p.session(), s -> new ArrayList<>()).add(person);
                        }
                    }
                    if (bySession.size() > 1) {
                        split.add(team.id());
                    }
                    bySession.forEach((session, members) -> parts.add(new Part(module.id(), session, team.id(),
                            members, team.supportPerson().map(members::contains).orElse(false),
                            busy(members, slots.get(session).session))));
                }
                Map<UUID, Prior> before = request.previous().getOrDefault(module.id(), Map.of());
                for (Team team : request.teams()) {
                    for (UUID person : team.members()) {
                        Prior prior = before.get(person);
                        if (prior == null || teamOf.get(person) != team) {
                            continue;
                        }
                        Placed now = here.get(person);
                        if (now == null || !now.session().equals(prior.session())) {
                            moves.add(new Move(person, team.id(), module.id(), prior.session(),
                                    now == null ? null : now.session()));
                        }
                    }
                }
            }
            Map<UUID, Integer> position = new HashMap<>();
            for (int m = 0; m < modules.size(); m++) {
                position.put(modules.get(m).id(), m);
            }
            Map<UUID, Integer> rank = new HashMap<>();
            for (int t = 0; t < order.size(); t++) {
                rank.putIfAbsent(order.get(t).id(), t);
            }
            parts.sort(Comparator.comparing((Part p) -> position.get(p.module()))
                    .thenComparing(p -> slots.get(p.session()).session.start())
                    .thenComparing(Part::session)
                    .thenComparing(p -> rank.get(p.team())));
            List<Unplaced> sortedUnplaced = new ArrayList<>(unplaced);
            sortedUnplaced.sort(Comparator.comparing((Unplaced u) -> position.get(u.module()))
                    .thenComparing(u -> rank.get(u.team())));
            return new Outcome(placement, parts, sortedUnplaced, moves, List.copyOf(onHolidays), split);
        }
    }

    /** A session as the run sees it: its module, its Danish date, whether it can be used, and the places taken. */
    private static final class Slot {
        final Session session;
        final int module;
        final long day;
        final boolean usable;
        final boolean begun;
        int taken;

        Slot(Session session, int module, long day, boolean usable, boolean begun) {
            this.session = session;
            this.module = module;
            this.day = day;
            this.usable = usable;
            this.begun = begun;
        }

        int room() {
            return session.capacity() == UNLIMITED ? UNLIMITED : session.capacity() - taken;
        }
    }

    /** A person's busy time merged into sorted, disjoint intervals (epoch seconds), for a quick overlap test. */
    private record Busy(long[] starts, long[] ends) {

        static Busy of(List<TimeRange> ranges) {
            List<TimeRange> sorted = new ArrayList<>(ranges);
            sorted.sort(Comparator.naturalOrder());
            long[] starts = new long[sorted.size()];
            long[] ends = new long[sorted.size()];
            int n = 0;
            for (TimeRange r : sorted) {
                long s = r.start().getEpochSecond();
                long e = r.end().getEpochSecond();
                if (n > 0 && s <= ends[n - 1]) {
                    ends[n - 1] = Math.max(ends[n - 1], e);
                } else {
                    starts[n] = s;
                    ends[n] = e;
                    n++;
                }
            }
            return new Busy(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
        }

        /** Whether any interval overlaps {@code [from, to)}: the last interval starting before {@code to} decides. */
        boolean overlaps(long from, long to) {
            int i = Arrays.binarySearch(starts, to);
            int last = i >= 0 ? i - 1 : -i - 2;
            return last >= 0 && ends[last] > from;
        }
    }
}
