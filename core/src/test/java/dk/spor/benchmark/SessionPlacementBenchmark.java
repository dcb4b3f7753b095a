package dk.spor.benchmark;

import dk.spor.calendars.DanishHolidays;
import dk.spor.calendars.TimeRange;
import dk.spor.placement.model.SessionAllocator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The allocator alone ({@link SessionAllocator}, no database): 7,000 people in 700 teams (4 to 17 people, and five
 * teams of 45 that must be split) into 5 modules of 240 sessions of 30 places, each module over three weeks and four
 * weeks apart, a minimum gap of 7 days, 15 busy events a week for everyone over 20 weeks. The baseline, measured in
 * the same run, is the least any placer must do with that input: sort and merge every person's busy intervals once.
 * Not a test: run with {@code mvn -q -pl core exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dk.spor.benchmark.SessionPlacementBenchmark -Dexec.args="7"}.
 */
public final class SessionPlacementBenchmark {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final int PEOPLE = 7000;
    private static final int TEAMS = 700;
    private static final int MODULES = 5;
    private static final int SESSIONS = 240;
    private static final int PLACES = 30;

    private SessionPlacementBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Random random = new Random(42);
        LocalDate monday = LocalDate.of(2027, 8, 30);
        List<SessionAllocator.Module> modules = modules(monday);
        Map<UUID, List<TimeRange>> busy = new HashMap<>();
        List<SessionAllocator.Team> teams = teams(random, monday, busy);
        SessionAllocator.Request request = new SessionAllocator.Request(modules, teams, busy, Map.of(), 7,
                monday.minusWeeks(1).atStartOfDay(COPENHAGEN).toInstant());

        SessionAllocator.Outcome first = SessionAllocator.place(request);
        for (SessionAllocator.Module m : modules) {
            Map<UUID, Integer> taken = new HashMap<>();
            first.placement().get(m.id()).values().forEach(p -> taken.merge(p.session(), 1, Integer::sum));
            int[] freeSeats = new int[PLACES + 1];
            m.sessions().forEach(s -> freeSeats[PLACES - taken.getOrDefault(s.id(), 0)]++);
            System.out.println("module " + m.position() + ": sessions by free places (0.." + PLACES + ") "
                    + Arrays.toString(freeSeats));
        }

        List<Long> placing = new ArrayList<>();
        List<Long> baseline = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            long merged = sortAndMerge(busy);
            baseline.add(System.nanoTime() - start);
            start = System.nanoTime();
            SessionAllocator.Outcome o = SessionAllocator.place(request);
            placing.add(System.nanoTime() - start);
            int unplacedPeople = o.unplaced().stream().mapToInt(u -> u.people().size()).sum();
            System.out.printf("run %d: placing %.3f s, baseline %.3f s (%d merged intervals); %d teams split,"
                            + " %d unplaced groups (%d people) %s%n", run + 1, placing.get(run) / 1e9,
                    baseline.get(run) / 1e9, merged, o.splitTeams().size(), o.unplaced().size(), unplacedPeople,
                    o.unplaced().stream().collect(Collectors.groupingBy(SessionAllocator.Unplaced::reason,
                            Collectors.counting())));
        }
        double p = Medians.of(placing) / 1e9;
        double b = Medians.of(baseline) / 1e9;
        System.out.printf("%d people in %d teams, %d modules of %d sessions of %d: median placing %.3f s,"
                        + " median baseline %.3f s, ratio %.1fx; %d teams split, %d people unplaced%n", PEOPLE, TEAMS,
                MODULES, SESSIONS, PLACES, p, b, p / b, first.splitTeams().size(),
                first.unplaced().stream().mapToInt(u -> u.people().size()).sum());
    }

    /** Five modules, each 240 sessions on working days: 8 rooms, morning and afternoon, three hours each. */
    private static List<SessionAllocator.Module> modules(LocalDate monday) {
        List<SessionAllocator.Module> modules = new ArrayList<>();
        for (int m = 0; m < MODULES; m++) {
            List<SessionAllocator.Session> sessions = new ArrayList<>();
            for (LocalDate d = monday.plusWeeks(4L * m); sessions.size() < SESSIONS; d = d.plusDays(1)) {
                if (!DanishHolidays.instance().isWorkingDay(d)) {
                    continue;
                }
                for (int slot = 0; slot < 16 && sessions.size() < SESSIONS; slot++) {
                    Instant start = d.atTime(slot % 2 == 0 ? 9 : 13, 0).atZone(COPENHAGEN).toInstant();
                    sessions.add(new SessionAllocator.Session(UUID.randomUUID(), start, start.plusSeconds(3 * 3600),
                            PLACES));
                }
            }
            modules.add(new SessionAllocator.Module(UUID.randomUUID(), m + 1, true, sessions));
        }
        return modules;
    }

    /** 700 teams of 4–17 (five of 45) adding up to 7,000, the first member the support person; busy time each. */
    private static List<SessionAllocator.Team> teams(Random random, LocalDate monday, Map<UUID, List<TimeRange>> busy) {
        int[] sizes = new int[TEAMS];
        int sum = 0;
        for (int t = 0; t < TEAMS; t++) {
            sizes[t] = t % 140 == 7 ? 45 : 4 + random.nextInt(13);
            sum += sizes[t];
        }
        while (sum != PEOPLE) {
            int t = random.nextInt(TEAMS);
            if (sizes[t] == 45) {
                continue;
            }
            if (sum > PEOPLE && sizes[t] > 4) {
                sizes[t]--;
                sum--;
            } else if (sum < PEOPLE && sizes[t] < 17) {
                sizes[t]++;
                sum++;
            }
        }
        List<SessionAllocator.Team> teams = new ArrayList<>();
        for (int t = 0; t < TEAMS; t++) {
            List<UUID> members = new ArrayList<>();
            for (int i = 0; i < sizes[t]; i++) {
                UUID person = UUID.randomUUID();
                members.add(person);
                List<TimeRange> events = new ArrayList<>();
                for (int week = 0; week < 20; week++) {
                    for (int e = 0; e < 15; e++) {
                        LocalDate d = monday.plusWeeks(week).plusDays(random.nextInt(5));
                        Instant s = d.atTime(8 + random.nextInt(8), random.nextBoolean() ? 0 : 30)
                                .atZone(COPENHAGEN).toInstant();
                        events.add(new TimeRange(s, s.plusSeconds(1800L * (1 + random.nextInt(3)))));
                    }
                }
                busy.put(person, events);
            }
            teams.add(new SessionAllocator.Team(UUID.randomUUID(), members, Optional.of(members.get(0))));
        }
        return teams;
    }

    /** The baseline: every person's busy intervals sorted and merged; answers how many merged intervals there are. */
    private static long sortAndMerge(Map<UUID, List<TimeRange>> busy) {
        long count = 0;
        for (List<TimeRange> intervals : busy.values()) {
            List<TimeRange> sorted = new ArrayList<>(intervals);
            sorted.sort(Comparator.comparing(TimeRange::start));
            Instant end = null;
            for (TimeRange r : sorted) {
                if (end == null || r.start().isAfter(end)) {
                    count++;
                    end = r.end();
                } else if (r.end().isAfter(end)) {
                    end = r.end();
                }
            }
        }
        return count;
    }
}
