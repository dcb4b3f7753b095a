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

    /**
     * One allocation, with its working state. People and sessions are numbered once, so the run works on arrays:
     * {@code at[m][p]} is person {@code p}'s session (an index into {@code slots}) in module {@code m}, or -1.
     */
    private static final class Run {

        private final Request request;
        private final List<Module> modules;
        private final int gap;
        /** Teams in placing order; {@code members[t]} their people as person numbers. */
        private final List<Team> order;
        private final int[][] members;
        private final int[] supportOf;
        private final List<UUID> people = new ArrayList<>();
        private final Map<UUID, Integer> personIndex = new HashMap<>();
        private final int[] teamOfPerson;
        private final List<Slot> slots = new ArrayList<>();
        private final Map<UUID, Integer> slotIndex = new HashMap<>();
        /** Per module: its slots in time order. */
        private final int[][] slotsOf;
        private final int[][] at;
        private final boolean[][] pinned;
        private final Busy[] busy;
        private final List<Unplaced> unplaced = new ArrayList<>();
        private final List<OnHoliday> onHolidays = new ArrayList<>();

        Run(Request request) {
            this.request = request;
            this.modules = request.modules().stream().sorted(Comparator.comparingInt(Module::position)).toList();
            this.gap = request.minimumGapDays();
            List<Team> teams = request.teams();
            Map<UUID, Integer> given = new HashMap<>();
            for (int i = 0; i < teams.size(); i++) {
                given.put(teams.get(i).id(), i);
            }
            this.order = teams.stream().sorted(Comparator.comparingInt((Team t) -> -t.members().size())
                    .thenComparing(t -> given.get(t.id()))).toList();
            List<Integer> teamOf = new ArrayList<>();
            this.members = new int[order.size()][];
            this.supportOf = new int[order.size()];
            for (int t = 0; t < order.size(); t++) {
                Team team = order.get(t);
                List<Integer> mine = new ArrayList<>();
                for (UUID member : team.members()) {
                    if (!personIndex.containsKey(member)) {
                        // a person is in one team only: the first that names them
                        personIndex.put(member, people.size());
                        people.add(member);
                        teamOf.add(t);
                        mine.add(personIndex.get(member));
                    }
                }
                members[t] = mine.stream().mapToInt(Integer::intValue).toArray();
                int self = t;
                supportOf[t] = team.supportPerson().map(personIndex::get).filter(p -> teamOf.get(p) == self)
                        .orElse(-1);
            }
            this.teamOfPerson = teamOf.stream().mapToInt(Integer::intValue).toArray();
            DanishHolidays holidays = DanishHolidays.instance();
            this.slotsOf = new int[modules.size()][];
            for (int m = 0; m < modules.size(); m++) {
                List<Session> sorted = modules.get(m).sessions().stream()
                        .sorted(Comparator.comparing(Session::start).thenComparing(Session::id)).toList();
                slotsOf[m] = new int[sorted.size()];
                for (int i = 0; i < sorted.size(); i++) {
                    Session s = sorted.get(i);
                    LocalDate date = ProgrammeTime.wallTime(s.start()).toLocalDate();
                    String holiday = holidays.holidays(date.getYear()).get(date);
                    if (holiday != null) {
                        onHolidays.add(new OnHoliday(modules.get(m).id(), s.id(), date, holiday));
                    }
                    slotsOf[m][i] = slots.size();
                    slotIndex.put(s.id(), slots.size());
                    slots.add(new Slot(s, m, date.toEpochDay(), holiday == null, s.start().isBefore(request.now())));
                }
            }
            onHolidays.sort(Comparator.comparing(OnHoliday::date).thenComparing(OnHoliday::session));
            this.at = new int[modules.size()][people.size()];
            this.pinned = new boolean[modules.size()][people.size()];
            for (int[] row : at) {
                Arrays.fill(row, -1);
            }
            this.busy = new Busy[people.size()];
            for (int p = 0; p < people.size(); p++) {
                busy[p] = Busy.of(request.busy().getOrDefault(people.get(p), List.of()));
            }
        }

        Outcome run() {
            keep();
            for (int t = 0; t < order.size(); t++) {
                for (int m = 0; m < modules.size(); m++) {
                    if (modules.get(m).allocated()) {
                        place(t, m);
                    }
                }
            }
            return outcome();
        }

        // ---- step 1: keep what can stay

        private void keep() {
            int[][] kept = new int[modules.size()][people.size()];
            for (int m = 0; m < modules.size(); m++) {
                Arrays.fill(kept[m], -1);
                Map<UUID, Prior> before = request.previous().getOrDefault(modules.get(m).id(), Map.of());
                for (Map.Entry<UUID, Prior> e : before.entrySet()) {
                    Integer p = personIndex.get(e.getKey());
                    Integer s = slotIndex.get(e.getValue().session());
                    if (p == null || s == null) {
                        continue;
                    }
                    Slot slot = slots.get(s);
                    if (slot.module == m && (slot.usable || slot.begun)) {
                        kept[m][p] = s;
                        pinned[m][p] = e.getValue().pinned();
                    }
                }
            }
            // order: a placement too soon after the one before goes, unless it is pinned or has begun
            for (int p = 0; p < people.size(); p++) {
                long last = Long.MIN_VALUE;
                for (int m = 0; m < modules.size(); m++) {
                    if (kept[m][p] < 0) {
                        continue;
                    }
                    Slot slot = slots.get(kept[m][p]);
                    if (!slot.begun && !pinned[m][p] && last != Long.MIN_VALUE && slot.day < last + gap) {
                        kept[m][p] = -1;
                        continue;
                    }
                    last = slot.day;
                }
            }
            // capacity: whole team groups in placing order, until the session is full
            for (int m = 0; m < modules.size(); m++) {
                for (int t = 0; t < order.size(); t++) {
                    Map<Integer, List<Integer>> bySession = new LinkedHashMap<>();
                    for (int p : members[t]) {
                        if (kept[m][p] >= 0) {
                            bySession.computeIfAbsent(kept[m][p], s -> new ArrayList<>()).add(p);
                        }
                    }
                    for (Map.Entry<Integer, List<Integer>> group : bySession.entrySet()) {
                        Slot slot = slots.get(group.getKey());
                        if (slot.begun || group.getValue().size() <= slot.room()) {
                            for (int p : group.getValue()) {
                                at[m][p] = group.getKey();
                            }
                            slot.taken += group.getValue().size();
                        }
                    }
                }
            }
        }

        // ---- step 2: place the others

        private void place(int t, int m) {
            int[] needed = Arrays.stream(members[t]).filter(p -> at[m][p] < 0).toArray();
            if (needed.length == 0) {
                return;
            }
            boolean anyUsable = false;
            boolean anyBegun = false;
            int largest = 0;
            for (int s : slotsOf[m]) {
                Slot slot = slots.get(s);
                anyBegun |= slot.begun;
                if (slot.open()) {
                    anyUsable = true;
                    largest = Math.max(largest, slot.session.capacity());
                }
            }
            if (!anyUsable) {
                report(m, t, needed, anyBegun ? Reason.SESSIONS_OVER : Reason.NO_SESSION_WITH_ROOM);
                return;
            }
            // where most of the team already is: newcomers and those let go join them when there is room
            int home = home(t, m);
            if (home >= 0 && slots.get(home).room() >= needed.length && inOrder(slots.get(home), needed, m)) {
                put(home, needed, m);
                return;
            }
            if (needed.length <= largest) {
                Choice choice = choose(needed, m, null);
                if (choice.slot >= 0) {
                    put(choice.slot, needed, m);
                } else {
                    report(m, t, needed, choice.reason);
                }
                return;
            }
            int fewest = (needed.length + largest - 1) / largest;
            for (int k = fewest; k <= fewest + EXTRA_PARTS && k <= needed.length; k++) {
                List<int[]> parts = parts(needed, t, k);
                int[] trial = new int[slots.size()];
                int[] chosen = new int[parts.size()];
                int found = 0;
                for (int[] part : parts) {
                    Choice choice = choose(part, m, trial);
                    if (choice.slot < 0) {
                        break;
                    }
                    chosen[found++] = choice.slot;
                    trial[choice.slot] += part.length;
                }
                if (found == parts.size()) {
                    for (int i = 0; i < parts.size(); i++) {
                        put(chosen[i], parts.get(i), m);
                    }
                    return;
                }
            }
            // not every part found room: place what fits of the fewest parts, report the rest
            for (int[] part : parts(needed, t, fewest)) {
                Choice choice = choose(part, m, null);
                if (choice.slot >= 0) {
                    put(choice.slot, part, m);
                } else {
                    report(m, t, part, choice.reason);
                }
            }
        }

        private void report(int m, int t, int[] group, Reason reason) {
            unplaced.add(new Unplaced(modules.get(m).id(), order.get(t).id(),
                    Arrays.stream(group).mapToObj(people::get).toList(), reason));
        }

        /** Even parts of the people in their order, the support person first so they are in the first part. */
        private List<int[]> parts(int[] group, int t, int k) {
            List<Integer> ordered = new ArrayList<>(Arrays.stream(group).boxed().toList());
            if (supportOf[t] >= 0 && ordered.remove((Integer) supportOf[t])) {
                ordered.add(0, supportOf[t]);
            }
            List<int[]> parts = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < k; i++) {
                int size = ordered.size() / k + (i < ordered.size() % k ? 1 : 0);
                parts.add(ordered.subList(from, from + size).stream().mapToInt(Integer::intValue).toArray());
                from += size;
            }
            return parts;
        }

        /** The open session holding most of the team in the module (the earliest of equals), or -1. */
        private int home(int t, int m) {
            Map<Integer, Integer> count = new LinkedHashMap<>();
            for (int p : members[t]) {
                if (at[m][p] >= 0) {
                    count.merge(at[m][p], 1, Integer::sum);
                }
            }
            int best = -1;
            int most = 0;
            for (Map.Entry<Integer, Integer> e : count.entrySet()) {
                Slot slot = slots.get(e.getKey());
                if (!slot.open()) {
                    continue;
                }
                if (e.getValue() > most || e.getValue() == most
                        && slot.session.start().isBefore(slots.get(best).session.start())) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            return best;
        }

        private record Choice(int slot, Reason reason) {
        }

        /** The earliest day the group's session may have (after their sessions before), or Long.MIN_VALUE. */
        private long lower(int[] group, int m) {
            long lower = Long.MIN_VALUE;
            for (int p : group) {
                for (int j = m - 1; j >= 0; j--) {
                    if (at[j][p] >= 0) {
                        lower = Math.max(lower, slots.get(at[j][p]).day + gap);
                        break;
                    }
                }
            }
            return lower;
        }

        /** The latest day the group's session may have (before their sessions after), or Long.MAX_VALUE. */
        private long upper(int[] group, int m) {
            long upper = Long.MAX_VALUE;
            for (int p : group) {
                for (int j = m + 1; j < modules.size(); j++) {
                    if (at[j][p] >= 0) {
                        upper = Math.min(upper, slots.get(at[j][p]).day - gap);
                        break;
                    }
                }
            }
            return upper;
        }

        private boolean inOrder(Slot slot, int[] group, int m) {
            return slot.day >= lower(group, m) && slot.day <= upper(group, m);
        }

        /**
         * The session for a group: in order with their sessions before and after, if possible one from which the
         * later modules can still be reached, then one that has people already (so sessions fill up before others
         * are opened and little room is left scattered), the fewest busy within the horizon, the earliest.
         */
        private Choice choose(int[] group, int m, int[] trial) {
            long lower = lower(group, m);
            long upper = upper(group, m);
            long reachable = latestReachable(group, m);
            boolean anyRoom = false;
            int first = -1;
            int firstKept = -1;
            for (int s : slotsOf[m]) {
                Slot slot = slots.get(s);
                if (!slot.open() || slot.room() - (trial == null ? 0 : trial[s]) < group.length) {
                    continue;
                }
                anyRoom = true;
                if (slot.day >= lower && slot.day <= upper) {
                    if (firstKept < 0) {
                        firstKept = s;
                    }
                    if (first < 0 && slot.day <= reachable) {
                        first = s;
                    }
                }
            }
            if (!anyRoom) {
                return new Choice(-1, Reason.NO_SESSION_WITH_ROOM);
            }
            boolean chain = first >= 0;
            int start = chain ? first : firstKept;
            if (start < 0) {
                return new Choice(-1, Reason.NO_ORDER_POSSIBLE);
            }
            long horizon = slots.get(start).day + HORIZON_DAYS;
            long limit = chain ? Math.min(upper, reachable) : upper;
            int best = -1;
            long bestCost = Long.MAX_VALUE;
            for (int s : slotsOf[m]) {
                Slot slot = slots.get(s);
                if (slot.day < slots.get(start).day) {
                    continue;
                }
                if (slot.day > horizon || slot.day > limit) {
                    break;
                }
                int extra = trial == null ? 0 : trial[s];
                if (!slot.open() || slot.room() - extra < group.length || slot.day < lower) {
                    continue;
                }
                long cost = (slot.taken + extra == 0 ? 1L << 32 : 0) + busy(group, slot.session);
                if (cost < bestCost) {
                    best = s;
                    bestCost = cost;
                }
            }
            return new Choice(best, null);
        }

        /**
         * The latest day a group's session of module {@code m} may have so that its later modules can still follow
         * in order: worked out backwards from the last module, through the sessions with room for the group (or
         * through the group's own later places, where they have them).
         */
        private long latestReachable(int[] group, int m) {
            long bound = Long.MAX_VALUE;
            for (int j = modules.size() - 1; j > m; j--) {
                long anchor = Long.MAX_VALUE;
                for (int p : group) {
                    if (at[j][p] >= 0) {
                        anchor = Math.min(anchor, slots.get(at[j][p]).day);
                    }
                }
                if (anchor != Long.MAX_VALUE) {
                    bound = anchor;
                    continue;
                }
                if (!modules.get(j).allocated()) {
                    continue;
                }
                long limit = bound == Long.MAX_VALUE ? Long.MAX_VALUE : bound - gap;
                long latest = Long.MIN_VALUE;
                long latestAny = Long.MIN_VALUE;
                int largest = 1;
                for (int s : slotsOf[j]) {
                    if (slots.get(s).open()) {
                        largest = Math.max(largest, slots.get(s).session.capacity());
                    }
                }
                int need = Math.min(group.length, largest);
                for (int s : slotsOf[j]) {
                    Slot slot = slots.get(s);
                    if (slot.open() && slot.room() >= need) {
                        latestAny = Math.max(latestAny, slot.day);
                        if (slot.day <= limit) {
                            latest = Math.max(latest, slot.day);
                        }
                    }
                }
                // a module without room does not bound the ones before it: it is reported on its own
                bound = latest != Long.MIN_VALUE ? latest : latestAny != Long.MIN_VALUE ? latestAny : bound;
            }
            return bound == Long.MAX_VALUE ? Long.MAX_VALUE : bound - gap;
        }

        private void put(int s, int[] group, int m) {
            for (int p : group) {
                at[m][p] = s;
            }
            slots.get(s).taken += group.length;
        }

        private int busy(int[] group, Session session) {
            long from = session.start().getEpochSecond();
            long to = session.end().getEpochSecond();
            int count = 0;
            for (int p : group) {
                if (busy[p].overlaps(from, to)) {
                    count++;
                }
            }
            return count;
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
                List<Part> partsHere = new ArrayList<>();
                for (int t = 0; t < order.size(); t++) {
                    UUID team = order.get(t).id();
                    Map<Integer, List<Integer>> bySession = new LinkedHashMap<>();
                    for (int p : members[t]) {
                        if (at[m][p] >= 0) {
                            here.put(people.get(p), new Placed(slots.get(at[m][p]).session.id(), team, pinned[m][p]
                                    && request.previous().getOrDefault(module.id(), Map.of()).get(people.get(p))
                                    .session().equals(slots.get(at[m][p]).session.id())));
                            bySession.computeIfAbsent(at[m][p], s -> new ArrayList<>()).add(p);
                        }
                    }
                    if (bySession.size() > 1) {
                        split.add(team);
                    }
                    for (Map.Entry<Integer, List<Integer>> e : bySession.entrySet()) {
                        int[] group = e.getValue().stream().mapToInt(Integer::intValue).toArray();
                        Session session = slots.get(e.getKey()).session;
                        partsHere.add(new Part(module.id(), session.id(), team,
                                Arrays.stream(group).mapToObj(people::get).toList(),
                                supportOf[t] >= 0 && e.getValue().contains(supportOf[t]), busy(group, session)));
                    }
                }
                partsHere.sort(Comparator.comparing((Part p) -> slots.get(slotIndex.get(p.session())).session.start())
                        .thenComparing(Part::session));
                parts.addAll(partsHere);
                placement.put(module.id(), here);
                Map<UUID, Prior> before = request.previous().getOrDefault(module.id(), Map.of());
                for (Team team : request.teams()) {
                    for (UUID person : team.members()) {
                        Prior prior = before.get(person);
                        Integer p = personIndex.get(person);
                        if (prior == null || order.get(teamOfPerson[p]) != team) {
                            continue;
                        }
                        UUID now = at[m][p] < 0 ? null : slots.get(at[m][p]).session.id();
                        if (!prior.session().equals(now)) {
                            moves.add(new Move(person, team.id(), module.id(), prior.session(), now));
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

        /** Can take new people: not on a holiday and not begun. */
        boolean open() {
            return usable && !begun;
        }
    }

    /** A person's busy time merged into sorted, disjoint intervals (epoch seconds), for a quick overlap test. */
    private record Busy(long[] starts, long[] ends) {

        /** Room for a million intervals a person; the start in epoch seconds stays far below 2^43 in this design. */
        private static final int INDEX_BITS = 20;
        private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

        static Busy of(List<TimeRange> ranges) {
            // sorted by start through one primitive key per interval: the start (seconds) above the interval's index
            long[] keys = new long[ranges.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = (ranges.get(i).start().getEpochSecond() << INDEX_BITS) | i;
            }
            if (keys.length > INDEX_MASK) {
                return ofMany(ranges);
            }
            Arrays.sort(keys);
            long[] starts = new long[keys.length];
            long[] ends = new long[keys.length];
            int n = 0;
            for (long key : keys) {
                TimeRange r = ranges.get((int) (key & INDEX_MASK));
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

        private static Busy ofMany(List<TimeRange> ranges) {
            List<TimeRange> sorted = new ArrayList<>(ranges);
            sorted.sort(Comparator.naturalOrder());
            List<TimeRange> merged = new ArrayList<>();
            for (TimeRange r : sorted) {
                TimeRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (last != null && !r.start().isAfter(last.end())) {
                    merged.set(merged.size() - 1, new TimeRange(last.start(),
                            r.end().isAfter(last.end()) ? r.end() : last.end()));
                } else {
                    merged.add(r);
                }
            }
            return new Busy(merged.stream().mapToLong(r -> r.start().getEpochSecond()).toArray(),
                    merged.stream().mapToLong(r -> r.end().getEpochSecond()).toArray());
        }

        /** Whether any interval overlaps {@code [from, to)}: the last interval starting before {@code to} decides. */
        boolean overlaps(long from, long to) {
            int i = Arrays.binarySearch(starts, to);
            int last = i >= 0 ? i - 1 : -i - 2;
            return last >= 0 && ends[last] > from;
        }
    }
}
