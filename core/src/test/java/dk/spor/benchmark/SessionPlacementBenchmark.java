package dk.spor.benchmark;

import dk.spor.calendars.TimeRange;
import dk.spor.placement.model.SessionAllocator;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

public final class SessionPlacementBenchmark {
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    public static void main(String[] args) {
        Random random = new Random(42);
        LocalDate monday = LocalDate.of(2027, 8, 30);
        List<SessionAllocator.Module> modules = new ArrayList<>();
        for (int m = 0; m < 5; m++) {
            List<SessionAllocator.Session> sessions = new ArrayList<>();
            LocalDate first = monday.plusWeeks(4L * m);
            int day = 0;
            for (LocalDate d = first; sessions.size() < 240; d = d.plusDays(1)) {
                if (!dk.spor.calendars.DanishHolidays.instance().isWorkingDay(d)) continue;
                for (int room = 0; room < 8 && sessions.size() < 240; room++) {
                    for (int half = 0; half < 2 && sessions.size() < 240; half++) {
                        Instant start = d.atTime(half == 0 ? 9 : 13, 0).atZone(COPENHAGEN).toInstant();
                        sessions.add(new SessionAllocator.Session(UUID.randomUUID(), start, start.plusSeconds(3 * 3600), 30));
                    }
                }
            }
            modules.add(new SessionAllocator.Module(UUID.randomUUID(), m + 1, true, sessions));
        }
        List<SessionAllocator.Team> teams = new ArrayList<>();
        Map<UUID, List<TimeRange>> busy = new HashMap<>();
        int people = 0;
        int[] sizes = new int[700];
        int sum = 0;
        for (int t = 0; t < 700; t++) {
            sizes[t] = t % 140 == 7 ? 45 : 4 + random.nextInt(13);
            sum += sizes[t];
        }
        while (sum != 7000) {
            int t = random.nextInt(700);
            if (sizes[t] == 45) continue;
            if (sum > 7000 && sizes[t] > 3) { sizes[t]--; sum--; }
            else if (sum < 7000 && sizes[t] < 17) { sizes[t]++; sum++; }
        }
        for (int t = 0; t < 700; t++) {
            int size = sizes[t];
            List<UUID> members = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                UUID p = UUID.randomUUID();
                members.add(p);
                List<TimeRange> b = new ArrayList<>();
                for (int week = 0; week < 20; week++) {
                    for (int e = 0; e < 15; e++) {
                        LocalDate d = monday.plusWeeks(week).plusDays(random.nextInt(5));
                        Instant s = d.atTime(8 + random.nextInt(8), random.nextBoolean() ? 0 : 30).atZone(COPENHAGEN).toInstant();
                        b.add(new TimeRange(s, s.plusSeconds(1800L * (1 + random.nextInt(3)))));
                    }
                }
                busy.put(p, b);
            }
            people += size;
            teams.add(new SessionAllocator.Team(UUID.randomUUID(), members, Optional.of(members.get(0))));
        }
        System.out.println("people " + people + " teams " + teams.size());
        SessionAllocator.Request request = new SessionAllocator.Request(modules, teams, busy, Map.of(), 7,
                monday.minusWeeks(1).atStartOfDay(COPENHAGEN).toInstant());
        {
            SessionAllocator.Outcome o = SessionAllocator.place(request);
            for (SessionAllocator.Module m : modules) {
                java.util.List<Integer> us = o.unplaced().stream().filter(u -> u.module().equals(m.id())).map(u -> u.people().size()).sorted().toList();
                java.util.Map<UUID, Integer> taken = new HashMap<>();
                o.placement().get(m.id()).values().forEach(p -> taken.merge(p.session(), 1, Integer::sum));
                int[] hist = new int[31];
                for (SessionAllocator.Session ss : m.sessions()) hist[30 - taken.getOrDefault(ss.id(), 0)]++;
                System.out.println("module " + m.position() + " unplaced sizes " + us + " free-seat histogram " + java.util.Arrays.toString(hist));
            }
        }
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            SessionAllocator.Outcome o = SessionAllocator.place(request);
            long ns = System.nanoTime() - start;
            int unplacedPeople = o.unplaced().stream().mapToInt(u -> u.people().size()).sum();
            long busyPeople = o.parts().stream().mapToLong(SessionAllocator.Part::busy).sum();
            System.out.printf("%.3f s: split %d, unplaced groups %d (%d people), busy seats %d of %d, reasons %s%n", ns / 1e9,
                    o.splitTeams().size(), o.unplaced().size(), unplacedPeople, busyPeople, people * 5,
                    o.unplaced().stream().collect(java.util.stream.Collectors.groupingBy(SessionAllocator.Unplaced::reason, java.util.stream.Collectors.counting())));
        }
    }
}
