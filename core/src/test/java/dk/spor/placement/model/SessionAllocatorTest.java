package dk.spor.placement.model;

import dk.spor.calendars.TimeRange;
import dk.spor.placement.model.SessionAllocator.Module;
import dk.spor.placement.model.SessionAllocator.Outcome;
import dk.spor.placement.model.SessionAllocator.Prior;
import dk.spor.placement.model.SessionAllocator.Request;
import dk.spor.placement.model.SessionAllocator.Session;
import dk.spor.placement.model.SessionAllocator.Team;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Placing teams into module sessions, as a table. Each case is written as a small programme (modules of named
 * sessions, teams of named sizes, what happened before) and the placement it must give, in a line per team:
 * {@code A: M1=a M2=b} is team A in session a of module 1 and b of module 2; {@code a(16*)+b(15)} a team split in two
 * parts, the first with the support person; {@code -NO_SESSION_WITH_ROOM} no session, and why. Moves are listed
 * after the teams ({@code moved A×5 M2 a>b}). 2027-03-01 is a Monday; 6 May 2027 is Kristi Himmelfartsdag.
 */
class SessionAllocatorTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final Instant BEFORE_IT_ALL = at("2027-01-04T08:00");

    static Stream<Arguments> programmes() {
        return Stream.of(
                // ---- capacity edges
                arguments("a team that exactly fills a session goes into it",
                        programme().module("M1", s("a", "2027-03-01T09:00", 30)).team("A", 30),
                        "A: M1=a"),
                arguments("a team one larger than the session is split into the fewest even parts, two",
                        programme().module("M1", s("a", "2027-03-01T09:00", 30), s("b", "2027-03-02T09:00", 30))
                                .team("A", 31),
                        "A: M1=a(16*)+b(15)"),
                arguments("a session fills to its last place and no further",
                        programme().module("M1", s("a", "2027-03-01T09:00", 30), s("b", "2027-03-02T09:00", 30))
                                .team("A", 20).team("B", 10).team("C", 1),
                        "A: M1=a | B: M1=a | C: M1=b"),
                arguments("a team that fits a session but finds none with room left is reported, not split",
                        programme().module("M1", s("a", "2027-03-01T09:00", 30), s("b", "2027-03-02T09:00", 30))
                                .team("A", 20).team("B", 20).team("C", 20),
                        "A: M1=a | B: M1=b | C: M1=-NO_SESSION_WITH_ROOM(20)"),
                arguments("the largest teams are placed first, so the small ones fill the corners",
                        programme().module("M1", s("a", "2027-03-01T09:00", 30), s("b", "2027-03-02T09:00", 30))
                                .team("A", 10).team("B", 25).team("C", 20).team("D", 5),
                        "A: M1=b | B: M1=a | C: M1=b | D: M1=a"),
                arguments("a session without a capacity takes everyone",
                        programme().module("M1", s("online", "2027-03-01T09:00", SessionAllocator.UNLIMITED))
                                .team("A", 120).team("B", 3),
                        "A: M1=online | B: M1=online"),

                // ---- a team larger than a session
                arguments("a team of 65 in sessions of 30 takes three parts, the support person in the first",
                        programme().module("M1", s("a", "2027-03-01T09:00", 30), s("b", "2027-03-02T09:00", 30),
                                s("c", "2027-03-03T09:00", 30)).team("A", 65),
                        "A: M1=a(22*)+b(22)+c(21)"),
                arguments("a large team takes one more part when the room left is scattered",
                        programme().module("M1", s("a", "2027-03-01T09:00", 30), s("b", "2027-03-02T09:00", 30),
                                s("c", "2027-03-03T09:00", 30)).team("X", 12).team("Y", 12).team("Z", 12)
                                .team("B", 45).was("X", "M1", "a").was("Y", "M1", "b").was("Z", "M1", "c"),
                        "X: M1=a | Y: M1=b | Z: M1=c | B: M1=a(15*)+b(15)+c(15)"),
                arguments("a large team keeps the same parts in every module",
                        programme().module("M1", s("a", "2027-03-01T09:00", 20), s("b", "2027-03-02T09:00", 20))
                                .module("M2", s("a", "2027-03-15T09:00", 20), s("b", "2027-03-16T09:00", 20))
                                .team("A", 40),
                        "A: M1=a(20*)+b(20) M2=a(20*)+b(20)"),

                // ---- order between modules
                arguments("the next module's session lies at least the minimum gap after the first one",
                        programme().module("M1", s("a", "2027-03-01T09:00", 30))
                                .module("M2", s("a", "2027-03-03T09:00", 30), s("b", "2027-03-08T09:00", 30))
                                .team("A", 5),
                        "A: M1=a M2=b"),
                arguments("exactly the minimum gap is enough",
                        programme().module("M1", s("a", "2027-03-01T15:00", 30))
                                .module("M2", s("a", "2027-03-08T08:00", 30)).team("A", 5),
                        "A: M1=a M2=a"),
                arguments("a team is reported when no session of the next module comes late enough",
                        programme().module("M1", s("a", "2027-03-08T09:00", 30))
                                .module("M2", s("a", "2027-03-01T09:00", 30)).team("A", 5),
                        "A: M1=a M2=-NO_ORDER_POSSIBLE(5)"),
                arguments("teams take the modules in waves: early in the first, early in the next",
                        programme().module("M1", s("a", "2027-03-01T09:00", 10), s("b", "2027-03-08T09:00", 10))
                                .module("M2", s("a", "2027-03-08T13:00", 10), s("b", "2027-03-15T09:00", 10))
                                .team("A", 10).team("B", 10),
                        "A: M1=a M2=a | B: M1=b M2=b"),
                arguments("a quieter session is not taken when the next module could no longer follow it",
                        programme().module("M1", s("a", "2027-03-01T09:00", 30), s("b", "2027-03-05T09:00", 30))
                                .module("M2", s("a", "2027-03-08T09:00", 30))
                                .team("A", 4).busy("A", "2027-03-01T08:00", "2027-03-01T16:00"),
                        "A: M1=a M2=a"),

                // ---- busy time and holidays
                arguments("the team goes to the session where fewer of its members are busy",
                        programme().module("M1", s("a", "2027-03-01T09:00", 30), s("b", "2027-03-02T09:00", 30))
                                .team("A", 4).busy("A", "2027-03-01T10:00", "2027-03-01T11:00"),
                        "A: M1=b"),
                arguments("busy time only counts when it overlaps the session",
                        programme().module("M1", s("a", "2027-03-01T09:00", 30), s("b", "2027-03-02T09:00", 30))
                                .team("A", 4).busy("A", "2027-03-01T12:00", "2027-03-01T13:00"),
                        "A: M1=a"),
                arguments("a quieter session further than the horizon is not worth breaking the waves",
                        programme().module("M1", s("a", "2027-03-01T09:00", 30), s("b", "2027-03-15T09:00", 30))
                                .team("A", 4).busy("A", "2027-03-01T10:00", "2027-03-01T11:00"),
                        "A: M1=a"),
                arguments("a session on Kristi Himmelfartsdag is not used",
                        programme().module("M1", s("a", "2027-05-06T09:00", 30), s("b", "2027-05-07T09:00", 30))
                                .team("A", 5),
                        "A: M1=b | holiday a Kristi Himmelfartsdag"),
                arguments("a module whose only session lies on Grundlovsdag leaves the team unplaced",
                        programme().module("M1", s("a", "2029-06-05T09:00", 30)).team("A", 5),
                        "A: M1=-NO_SESSION_WITH_ROOM(5) | holiday a Grundlovsdag"),

                // ---- re-placing after a session is added, moved or cancelled
                arguments("when a session of the next module moves too close, its people move to a later one",
                        programme().module("M1", s("a", "2027-03-01T09:00", 30))
                                .module("M2", s("a", "2027-03-03T09:00", 30), s("b", "2027-03-09T09:00", 30))
                                .team("A", 5).team("B", 5).was("A", "M1", "a").was("A", "M2", "a")
                                .was("B", "M1", "a").was("B", "M2", "b"),
                        "A: M1=a M2=b | B: M1=a M2=b | moved A×5 M2 a>b"),
                arguments("a session that moves but keeps the order keeps its people",
                        programme().module("M1", s("a", "2027-03-01T09:00", 30))
                                .module("M2", s("a", "2027-03-17T09:00", 30), s("b", "2027-03-09T09:00", 30))
                                .team("A", 5).was("A", "M1", "a").was("A", "M2", "a"),
                        "A: M1=a M2=a"),
                arguments("when a session is cancelled its teams move, and the others stay",
                        programme().module("M1", s("b", "2027-03-02T09:00", 30), s("c", "2027-03-03T09:00", 30))
                                .team("A", 10).team("B", 10).team("C", 10)
                                .was("A", "M1", "a").was("B", "M1", "b").was("C", "M1", "c"),
                        "A: M1=b | B: M1=b | C: M1=c | moved A×10 M1 a>b"),
                arguments("an added session takes the team that had no room",
                        programme().module("M1", s("a", "2027-03-01T09:00", 30), s("b", "2027-03-02T09:00", 30),
                                        s("c", "2027-03-04T09:00", 30))
                                .team("A", 20).team("B", 20).team("C", 20)
                                .was("A", "M1", "b").was("B", "M1", "a"),
                        "A: M1=b | B: M1=a | C: M1=c"),
                arguments("a session moved onto a holiday sends its people elsewhere",
                        programme().module("M1", s("a", "2027-05-06T09:00", 30), s("b", "2027-05-10T09:00", 30))
                                .team("A", 6).was("A", "M1", "a"),
                        "A: M1=b | holiday a Kristi Himmelfartsdag | moved A×6 M1 a>b"),
                arguments("a session made smaller lets go of the last team placed, whole",
                        programme().module("M1", s("a", "2027-03-01T09:00", 20), s("b", "2027-03-02T09:00", 30))
                                .team("A", 12).team("B", 10).was("A", "M1", "a").was("B", "M1", "a"),
                        "A: M1=a | B: M1=b | moved B×10 M1 a>b"),
                arguments("a newcomer joins their team's session when it has room",
                        programme().module("M1", s("a", "2027-03-01T09:00", 30), s("b", "2027-03-02T09:00", 30))
                                .team("A", 6).wasExceptLast("A", "M1", "a"),
                        "A: M1=a"),
                arguments("a newcomer whose team's session is full gets the next session, the team stays",
                        programme().module("M1", s("a", "2027-03-01T09:00", 5), s("b", "2027-03-02T09:00", 30))
                                .team("A", 6).wasExceptLast("A", "M1", "a"),
                        "A: M1=a(5*)+b(1)"),
                arguments("sessions that have begun are history: nobody moves out, nobody new comes in",
                        programme().now("2027-03-01T10:00")
                                .module("M1", s("a", "2027-03-01T09:00", 30))
                                .module("M2", s("a", "2027-03-15T09:00", 30))
                                .team("A", 6).wasExceptLast("A", "M1", "a"),
                        "A: M1=a(5*)+-SESSIONS_OVER(1) M2=a"),
                arguments("a pinned place (chosen, or set by HR) stays even out of order",
                        programme().module("M1", s("a", "2027-03-01T09:00", 30))
                                .module("M2", s("a", "2027-03-03T09:00", 30), s("b", "2027-03-09T09:00", 30))
                                .team("A", 5).was("A", "M1", "a").pinned("A", "M2", "a"),
                        "A: M1=a M2=a"),

                // ---- electives: chosen, not allocated
                arguments("an elective keeps the choices and places nobody, and the next module follows the choices",
                        programme().elective("E1", s("a", "2027-03-01T09:00", 30), s("b", "2027-03-08T09:00", 30))
                                .module("M2", s("a", "2027-03-09T09:00", 30), s("b", "2027-03-15T09:00", 30))
                                .team("A", 3).team("B", 3).pinned("A", "E1", "b"),
                        "A: E1=b M2=b | B: M2=b"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programmes")
    void teams_are_placed_whole_in_order_within_capacity(String name, Programme programme, String expected) {
        // when
        Outcome outcome = SessionAllocator.place(programme.request());

        // then
        assertEquals(expected, programme.describe(outcome));
        programme.assertInvariants(outcome);
    }

    @Test
    void the_same_request_gives_the_same_placement_whatever_order_busy_time_comes_in() {
        // given: twelve teams of varied sizes, four sessions a module, busy time in random order
        Programme programme = programme()
                .module("M1", s("a", "2027-03-01T09:00", 30), s("b", "2027-03-01T13:00", 30),
                        s("c", "2027-03-02T09:00", 30), s("d", "2027-03-03T09:00", 30))
                .module("M2", s("a", "2027-03-15T09:00", 30), s("b", "2027-03-15T13:00", 30),
                        s("c", "2027-03-16T09:00", 30), s("d", "2027-03-17T09:00", 30));
        Random random = new Random(7);
        for (int t = 0; t < 12; t++) {
            programme.team("T" + t, 3 + random.nextInt(12));
            String day = "2027-03-0" + (1 + random.nextInt(3));
            programme.busy("T" + t, day + "T" + String.format("%02d", 8 + random.nextInt(8)) + ":00", day + "T23:00");
        }
        Request request = programme.request();
        Map<UUID, List<TimeRange>> shuffled = new HashMap<>();
        request.busy().forEach((person, ranges) -> {
            List<TimeRange> copy = new ArrayList<>(ranges);
            Collections.shuffle(copy, new Random(person.hashCode()));
            shuffled.put(person, copy);
        });

        // when
        Outcome first = SessionAllocator.place(request);
        Outcome again = SessionAllocator.place(new Request(request.modules(), request.teams(), shuffled,
                request.previous(), request.minimumGapDays(), request.now()));

        // then
        assertEquals(first, again);
        programme.assertInvariants(first);
    }

    @Test
    void placing_again_what_was_placed_keeps_everyone_and_moves_nobody() {
        // given
        Programme programme = programme()
                .module("M1", s("a", "2027-03-01T09:00", 30), s("b", "2027-03-02T09:00", 30))
                .module("M2", s("a", "2027-03-15T09:00", 30), s("b", "2027-03-16T09:00", 30))
                .team("A", 31).team("B", 12).team("C", 9).busy("C", "2027-03-01T08:00", "2027-03-01T17:00");
        Outcome first = SessionAllocator.place(programme.request());

        // when
        Outcome again = SessionAllocator.place(programme.withPrevious(first));

        // then
        assertEquals(first.placement(), again.placement());
        assertEquals(List.of(), again.moves());
    }

    // ---- the little language of the table

    static Programme programme() {
        return new Programme();
    }

    static NamedSession s(String name, String start, int capacity) {
        return new NamedSession(name, at(start), capacity);
    }

    record NamedSession(String name, Instant start, int capacity) {
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(COPENHAGEN).toInstant();
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** A programme written as the table writes it; names become ids and back. */
    static final class Programme {
        private final List<Module> modules = new ArrayList<>();
        private final List<Team> teams = new ArrayList<>();
        private final Map<UUID, String> names = new HashMap<>();
        private final Map<UUID, List<TimeRange>> busy = new LinkedHashMap<>();
        private final Map<UUID, Map<UUID, Prior>> previous = new LinkedHashMap<>();
        private final Map<String, Map<String, UUID>> sessionIds = new HashMap<>();
        private Instant now = BEFORE_IT_ALL;

        Programme module(String name, NamedSession... sessions) {
            return add(name, true, sessions);
        }

        Programme elective(String name, NamedSession... sessions) {
            return add(name, false, sessions);
        }

        private Programme add(String name, boolean allocated, NamedSession... sessions) {
            UUID module = named(name, "module " + name);
            List<Session> list = new ArrayList<>();
            for (NamedSession s : sessions) {
                UUID session = named(s.name(), name + "/" + s.name());
                sessionIds.computeIfAbsent(name, k -> new HashMap<>()).put(s.name(), session);
                list.add(new Session(session, s.start(), s.start().plusSeconds(3 * 3600), s.capacity()));
            }
            modules.add(new Module(module, modules.size() + 1, allocated, list));
            return this;
        }

        /** A team of {@code size} people, {@code A1} … {@code A<size>}; the first one is its support person. */
        Programme team(String name, int size) {
            List<UUID> members = IntStream.rangeClosed(1, size).mapToObj(i -> named(name + i, "person " + name + i))
                    .toList();
            teams.add(new Team(named(name, "team " + name), members, Optional.of(members.get(0))));
            return this;
        }

        /** Every member of the team busy from … to. */
        Programme busy(String team, String from, String to) {
            for (UUID member : team(team).members()) {
                busy.computeIfAbsent(member, p -> new ArrayList<>()).add(new TimeRange(at(from), at(to)));
            }
            return this;
        }

        /** The whole team was in the session before (which may no longer exist). */
        Programme was(String team, String module, String session) {
            return was(team, module, session, false, team(team).members());
        }

        Programme pinned(String team, String module, String session) {
            return was(team, module, session, true, team(team).members());
        }

        /** The team was in the session, all but its newest member. */
        Programme wasExceptLast(String team, String module, String session) {
            List<UUID> members = team(team).members();
            return was(team, module, session, false, members.subList(0, members.size() - 1));
        }

        private Programme was(String team, String module, String session, boolean pinned, List<UUID> people) {
            UUID sessionId = sessionIds.getOrDefault(module, Map.of()).getOrDefault(session,
                    named(session, module + "/" + session));
            for (UUID person : people) {
                previous.computeIfAbsent(id("module " + module), m -> new LinkedHashMap<>())
                        .put(person, new Prior(sessionId, pinned));
            }
            return this;
        }

        Programme now(String local) {
            now = at(local);
            return this;
        }

        Request request() {
            return new Request(modules, teams, busy, previous, 7, now);
        }

        Request withPrevious(Outcome outcome) {
            Map<UUID, Map<UUID, Prior>> prior = new LinkedHashMap<>();
            outcome.placement().forEach((module, people) -> people.forEach((person, placed) ->
                    prior.computeIfAbsent(module, m -> new LinkedHashMap<>())
                            .put(person, new Prior(placed.session(), placed.pinned()))));
            return new Request(modules, teams, busy, prior, 7, now);
        }

        private Team team(String name) {
            return teams.stream().filter(t -> t.id().equals(id("team " + name))).findFirst().orElseThrow();
        }

        private UUID named(String name, String key) {
            UUID id = id(key);
            names.put(id, name);
            return id;
        }

        /** The outcome in the table's words: a line per team, then the holiday sessions, then the moves. */
        String describe(Outcome outcome) {
            StringJoiner lines = new StringJoiner(" | ");
            for (Team team : teams) {
                StringJoiner line = new StringJoiner(" ", names.get(team.id()) + ": ", "");
                for (Module module : modules) {
                    List<String> where = new ArrayList<>();
                    List<SessionAllocator.Part> parts = outcome.parts().stream()
                            .filter(p -> p.team().equals(team.id()) && p.module().equals(module.id())).toList();
                    List<SessionAllocator.Unplaced> missing = outcome.unplaced().stream()
                            .filter(u -> u.team().equals(team.id()) && u.module().equals(module.id())).toList();
                    boolean sizes = parts.size() + missing.size() > 1;
                    for (SessionAllocator.Part p : parts) {
                        where.add(names.get(p.session()) + (sizes
                                ? "(" + p.members().size() + (p.withSupportPerson() ? "*" : "") + ")" : ""));
                    }
                    for (SessionAllocator.Unplaced u : missing) {
                        where.add("-" + u.reason() + "(" + u.people().size() + ")");
                    }
                    if (!where.isEmpty()) {
                        line.add(names.get(module.id()) + "=" + String.join("+", where));
                    }
                }
                lines.add(line.toString());
            }
            for (SessionAllocator.OnHoliday h : outcome.onHolidays()) {
                lines.add("holiday " + names.get(h.session()) + " " + h.holiday());
            }
            Map<String, Integer> moves = new LinkedHashMap<>();
            for (SessionAllocator.Move m : outcome.moves()) {
                moves.merge(names.get(m.team()) + "\t" + names.get(m.module()) + " " + names.get(m.from()) + ">"
                        + (m.to() == null ? "-" : names.get(m.to())), 1, Integer::sum);
            }
            moves.forEach((move, count) -> {
                String[] w = move.split("\t", 2);
                lines.add("moved " + w[0] + "×" + count + " " + w[1]);
            });
            return lines.toString();
        }

        /** What every placement must hold: within capacity, one session per person and module, in order. */
        void assertInvariants(Outcome outcome) {
            Map<UUID, Session> sessions = new HashMap<>();
            modules.forEach(m -> m.sessions().forEach(s -> sessions.put(s.id(), s)));
            for (Module module : modules) {
                Map<UUID, Integer> taken = new HashMap<>();
                outcome.placement().get(module.id()).values().forEach(p -> taken.merge(p.session(), 1, Integer::sum));
                taken.forEach((session, people) -> assertTrue(people <= sessions.get(session).capacity()
                        || sessions.get(session).start().isBefore(now), "over capacity: " + names.get(session)));
            }
            for (Team team : teams) {
                for (UUID person : team.members()) {
                    Instant last = null;
                    for (Module module : modules) {
                        SessionAllocator.Placed p = outcome.placement().get(module.id()).get(person);
                        if (p == null || p.pinned()) {
                            continue;
                        }
                        Instant start = sessions.get(p.session()).start();
                        if (last != null && !start.isBefore(now)) {
                            assertTrue(!start.atZone(COPENHAGEN).toLocalDate()
                                    .isBefore(last.atZone(COPENHAGEN).toLocalDate().plusDays(7)),
                                    "out of order: " + names.get(person));
                        }
                        last = start;
                    }
                }
            }
        }
    }
}
