package dk.spor.programme.model;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Whether replacing a module's sessions moved the module: only the times count. New session ids, another order or a
 * changed room with the same times are not a move, so bookings around the module stay where they are.
 */
public final class ModuleMove {

    /** When a session starts and ends. */
    public record Slot(Instant start, Instant end) {
    }

    private static final Comparator<Slot> ORDER = Comparator.comparing(Slot::start).thenComparing(Slot::end);

    private ModuleMove() {
    }

    public static boolean moved(Collection<Slot> before, Collection<Slot> after) {
        return !sorted(before).equals(sorted(after));
    }

    private static List<Slot> sorted(Collection<Slot> slots) {
        return slots.stream().sorted(ORDER).toList();
    }
}
