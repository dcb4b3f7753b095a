package dk.spor.calendars;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Micro benchmark of {@link SlotFinder}: a team of 12 plus a support person, 15 busy events per
 * person per week, over an 8-week window. Prints the median time per search, a baseline (sorting
 * and merging the same busy intervals only) and the ratio. Not a test; run with
 * {@code mvn -q -pl calendars -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dk.spor.calendars.SlotFinderBenchmark}, or see the module README.
 */
public final class SlotFinderBenchmark {

    private SlotFinderBenchmark() {
    }

    /**
     * Random busy events of 30–180 minutes in working hours, {@code perWeek} per week.
     *
     * @param random  the random source
     * @param window  the window
     * @param perWeek events per week
     * @return the busy intervals
     */
    static List<TimeRange> randomBusy(Random random, TimeRange window, int perWeek) {
        long weeks = Math.max(1, Duration.between(window.start(), window.end()).toDays() / 7);
        LocalDate first = window.start().atZone(SlotRequest.COPENHAGEN).toLocalDate();
        List<TimeRange> out = new ArrayList<>();
        for (int i = 0; i < weeks * perWeek; i++) {
            LocalDate day = first.plusDays(random.nextInt((int) (weeks * 7)));
            LocalTime start = LocalTime.of(7, 0).plusMinutes(15L * random.nextInt(40));
            Instant s = day.atTime(start).atZone(SlotRequest.COPENHAGEN).toInstant();
            out.add(new TimeRange(s, s.plus(Duration.ofMinutes(30L + 30L * random.nextInt(6)))));
        }
        return out;
    }

    /**
     * Runs the benchmark.
     *
     * @param args optional: number of measured iterations (default 2000)
     */
    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        TimeRange window = new TimeRange(
                LocalDate.of(2026, 3, 2).atStartOfDay(SlotRequest.COPENHAGEN).toInstant(),
                LocalDate.of(2026, 4, 27).atStartOfDay(SlotRequest.COPENHAGEN).toInstant());
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
        SlotFinder finder = new SlotFinder();
        int scenarios = 16;
        List<SlotRequest> requests = new ArrayList<>();
        for (int sc = 0; sc < scenarios; sc++) {
            Random random = new Random(1000 + sc);
            List<Attendee> team = new ArrayList<>();
            for (int p = 0; p < 12; p++) {
                team.add(Attendee.of("employee-" + p, randomBusy(random, window, 15)));
            }
            team.add(Attendee.required("support", randomBusy(random, window, 15)));
            requests.add(SlotRequest.builder(team, window).duration(Duration.ofMinutes(90))
                    .buffers(Duration.ofMinutes(15), Duration.ofMinutes(15)).clock(clock).build());
        }
        // a harder variant: half the team is away Mon-Wed, the other half Thu-Fri, so the team must be split
        List<SlotRequest> splitRequests = new ArrayList<>();
        for (SlotRequest r : requests) {
            List<Attendee> team = new ArrayList<>();
            for (int p = 0; p < r.attendees().size(); p++) {
                Attendee a = r.attendees().get(p);
                List<TimeRange> b = new ArrayList<>(a.busy());
                if (!a.required()) {
                    for (LocalDate d = LocalDate.of(2026, 3, 2); d.isBefore(LocalDate.of(2026, 4, 27)); d = d.plusDays(1)) {
                        boolean early = d.getDayOfWeek().getValue() <= 3;
                        if (early == (p % 2 == 0) && d.getDayOfWeek().getValue() <= 5) {
                            b.add(new TimeRange(d.atStartOfDay(SlotRequest.COPENHAGEN).toInstant(),
                                    d.plusDays(1).atStartOfDay(SlotRequest.COPENHAGEN).toInstant()));
                        }
                    }
                }
                team.add(new Attendee(a.id(), b, null, a.required()));
            }
            splitRequests.add(SlotRequest.builder(team, window).duration(r.duration())
                    .buffers(r.bufferBefore(), r.bufferAfter()).clock(clock).build());
        }
        long sink = 0;
        // warm-up
        for (int i = 0; i < 5000; i++) {
            sink += finder.find(requests.get(i % scenarios)).groups().size();
            sink += baseline(requests.get(i % scenarios));
        }
        long[] search = new long[iterations];
        long[] base = new long[iterations];
        int split = 0;
        for (int i = 0; i < iterations; i++) {
            SlotRequest r = requests.get(i % scenarios);
            long t0 = System.nanoTime();
            SlotResult result = finder.find(r);
            long t1 = System.nanoTime();
            sink += baseline(r);
            long t2 = System.nanoTime();
            search[i] = t1 - t0;
            base[i] = t2 - t1;
            if (result.outcome() == SlotResult.Outcome.SPLIT) {
                split++;
            }
        }
        for (int i = 0; i < 2000; i++) {
            sink += finder.find(splitRequests.get(i % scenarios)).groups().size();
        }
        long[] splitTimes = new long[iterations];
        int splitGroups = 0;
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            SlotResult result = finder.find(splitRequests.get(i % scenarios));
            splitTimes[i] = System.nanoTime() - t0;
            splitGroups += result.groups().size();
        }
        double medSearch = median(search) / 1000.0;
        double medBase = median(base) / 1000.0;
        System.out.printf("SlotFinder: 12+1 attendees, 15 busy events/week each, 8 weeks, %d iterations%n", iterations);
        System.out.printf("  median search:            %8.1f µs  (p90 %8.1f µs)%n", medSearch, percentile(search, 0.9) / 1000.0);
        System.out.printf("  median baseline sort/merge: %6.1f µs%n", medBase);
        System.out.printf("  ratio search/baseline:    %8.2f%n", medSearch / medBase);
        System.out.printf("  searches that split the team: %d of %d (sink %d)%n", split, iterations, sink);
        System.out.printf("  forced split (half away Mon-Wed, half Thu-Fri): median %8.1f µs, %.1f sub-groups on average%n",
                median(splitTimes) / 1000.0, splitGroups / (double) iterations);
    }

    /** Sorts and merges every attendee's busy intervals, nothing else. */
    private static long baseline(SlotRequest r) {
        long total = 0;
        for (Attendee a : r.attendees()) {
            long[] b = new long[a.busy().size() * 2];
            int k = 0;
            for (TimeRange t : a.busy()) {
                b[k++] = t.start().toEpochMilli();
                b[k++] = t.end().toEpochMilli();
            }
            total += SlotFinder.merge(b, k).length;
        }
        return total;
    }

    private static double median(long[] v) {
        return percentile(v, 0.5);
    }

    private static double percentile(long[] v, double p) {
        long[] c = v.clone();
        Arrays.sort(c);
        return c[(int) Math.min(c.length - 1, Math.round(p * (c.length - 1)))];
    }
}
