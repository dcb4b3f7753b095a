package dk.spor.booking.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a new plan changes in the bookings a programme already has — the rule that keeps people's calendars calm:
 * <ul>
 *   <li>a block at a place that holds a confirmed booking with the same start, end and people is <em>unchanged</em>:
 *       nothing is written and nobody is told;</li>
 *   <li>a block at a place that holds a booking otherwise (another time, other people, or cancelled before) is
 *       <em>moved</em>: same id and UID, SEQUENCE one higher, confirmed; whoever left the block gets a
 *       cancellation;</li>
 *   <li>a block at a new place is <em>created</em> with the place's UID and SEQUENCE 0;</li>
 *   <li>a confirmed booking at a place the plan no longer wants is <em>cancelled</em> (SEQUENCE one higher, its
 *       people told); one already cancelled stays as it is.</li>
 * </ul>
 * Roles are not compared: the same people at the same time is the same block.
 */
public record PlanDiff(List<Created> created, List<Moved> moved, List<ExistingBooking> cancelled, int unchanged) {

    public PlanDiff {
        created = List.copyOf(created);
        moved = List.copyOf(moved);
        cancelled = List.copyOf(cancelled);
    }

    /** A block at a new place, with the UID it gets. */
    public record Created(String uid, PlannedBlock block) {
    }

    /** A booking that takes the block's time and people. */
    public record Moved(ExistingBooking before, PlannedBlock after) {

        /** The people who were in the booking and are not in the block. */
        public Set<UUID> removed() {
            Set<UUID> removed = new HashSet<>(before.attendees());
            removed.removeAll(after.attendees().keySet());
            return removed;
        }
    }

    /** The changes from {@code existing} (every booking of the programme) to {@code plan}. */
    public static PlanDiff between(UUID programme, Collection<ExistingBooking> existing, List<PlannedBlock> plan) {
        Map<BookingKey, ExistingBooking> byKey = new LinkedHashMap<>();
        existing.forEach(b -> byKey.put(b.key(), b));
        Set<BookingKey> wanted = new HashSet<>();
        List<Created> created = new ArrayList<>();
        List<Moved> moved = new ArrayList<>();
        int unchanged = 0;
        for (PlannedBlock block : plan) {
            wanted.add(block.key());
            ExistingBooking old = byKey.get(block.key());
            if (old == null) {
                created.add(new Created(block.key().uid(programme), block));
            } else if (old.status() == BookingStatus.CONFIRMED && old.slot().equals(block.slot())
                    && old.attendees().equals(block.attendees().keySet())) {
                unchanged++;
            } else {
                moved.add(new Moved(old, block));
            }
        }
        List<ExistingBooking> cancelled = byKey.values().stream()
                .filter(b -> !wanted.contains(b.key()) && b.status() == BookingStatus.CONFIRMED).toList();
        return new PlanDiff(created, moved, cancelled, unchanged);
    }

    /** Whom to tell what: created and moved blocks in plan order, then the cancellations. */
    public List<Notice> notices() {
        List<Notice> notices = new ArrayList<>();
        for (Created c : created) {
            PlannedBlock b = c.block();
            notices.add(new Notice(c.uid(), 0, b.key().gap(), b.slot(), false, List.copyOf(b.attendees().keySet()),
                    Set.of()));
        }
        for (Moved m : moved) {
            PlannedBlock b = m.after();
            notices.add(new Notice(m.before().uid(), m.before().sequence() + 1, b.key().gap(), b.slot(), false,
                    List.copyOf(b.attendees().keySet()), m.removed()));
        }
        for (ExistingBooking old : cancelled) {
            notices.add(new Notice(old.uid(), old.sequence() + 1, old.key().gap(), old.slot(), true,
                    List.copyOf(old.attendees()), Set.of()));
        }
        return notices;
    }
}
