package dk.spor.booking.model;

import dk.spor.calendars.TimeRange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where a team's action-learning block between module n and module n+1 may lie: after each person's own session of
 * module n and before their own session of module n+1 — not between the modules' overall spans, which for a module
 * spread over weeks leave little or no room. Pure.
 * <ul>
 *   <li>A person placed in no session of a module counts from that module's span: its end before, its start after.</li>
 *   <li>When the people's own windows share time, the team gets one window, the time they all share, and is booked
 *       together.</li>
 *   <li>When they share none (a team split over sessions in a different order), the people with the same own window
 *       are grouped, each group with its window, in time order.</li>
 *   <li>A person whose own session of module n+1 does not come after their session of module n has no window, and is
 *       named.</li>
 * </ul>
 */
public final class TeamWindows {

    private TeamWindows() {
    }

    /** A window and the people to book in it, in the team's order. */
    public record Window(TimeRange window, List<UUID> people) {
        public Window {
            people = List.copyOf(people);
        }
    }

    /** The windows, and the people without one. */
    public record Outcome(List<Window> windows, List<UUID> withoutWindow) {
        public Outcome {
            windows = List.copyOf(windows);
            withoutWindow = List.copyOf(withoutWindow);
        }
    }

    /**
     * @param people       the team's people to book, in the team's order
     * @param before       each person's own session of module n, for those placed in one
     * @param after        each person's own session of module n+1, for those placed in one
     * @param moduleBefore module n's span, first session's start to last session's end
     * @param moduleAfter  module n+1's span
     */
    public static Outcome of(List<UUID> people, Map<UUID, TimeRange> before, Map<UUID, TimeRange> after,
                             TimeRange moduleBefore, TimeRange moduleAfter) {
        Map<UUID, Instant> from = new LinkedHashMap<>();
        Map<UUID, Instant> to = new LinkedHashMap<>();
        List<UUID> without = new ArrayList<>();
        for (UUID person : people) {
            Instant f = before.containsKey(person) ? before.get(person).end() : moduleBefore.end();
            Instant t = after.containsKey(person) ? after.get(person).start() : moduleAfter.start();
            if (t.isAfter(f)) {
                from.put(person, f);
                to.put(person, t);
            } else {
                without.add(person);
            }
        }
        if (from.isEmpty()) {
            return new Outcome(List.of(), without);
        }
        Instant latestFrom = from.values().stream().max(Instant::compareTo).orElseThrow();
        Instant earliestTo = to.values().stream().min(Instant::compareTo).orElseThrow();
        if (earliestTo.isAfter(latestFrom)) {
            return new Outcome(List.of(new Window(new TimeRange(latestFrom, earliestTo), List.copyOf(from.keySet()))),
                    without);
        }
        Map<TimeRange, List<UUID>> groups = new LinkedHashMap<>();
        for (UUID person : from.keySet()) {
            groups.computeIfAbsent(new TimeRange(from.get(person), to.get(person)), w -> new ArrayList<>()).add(person);
        }
        List<Window> windows = new ArrayList<>();
        groups.forEach((window, members) -> windows.add(new Window(window, members)));
        windows.sort((a, b) -> a.window().compareTo(b.window()));
        return new Outcome(windows, without);
    }
}
