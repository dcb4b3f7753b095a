package dk.spor.booking.model;

import dk.spor.calendars.TimeRange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the calendars of the people in module sessions must be told — the same calm rules as for action-learning
 * blocks ({@link PlanDiff}), for one event per session whose attendees are the people placed in it:
 * <ul>
 *   <li>a session with people and no event yet gets one: SEQUENCE 0, an invitation to everyone in it;</li>
 *   <li>an event whose session is as it was, with the same people, is <em>unchanged</em>: nobody is told;</li>
 *   <li>otherwise SEQUENCE rises by one: newcomers are invited; people moved out get a cancellation that takes
 *       only them off the event (which goes on); the people who stay are sent the update only when the time, the
 *       place or the title changed — a colleague moving in or out is no news to them;</li>
 *   <li>an event whose session is gone, has nobody left, or whose programme is on hold is <em>cancelled</em>
 *       (SEQUENCE one higher, everyone in it told); it keeps its UID, so if the session gets people again it comes
 *       back with a higher SEQUENCE, not as a new event.</li>
 * </ul>
 * The UID is the session's for life: {@code <session id>@spor}.
 */
public final class SessionInvitationDiff {

    private SessionInvitationDiff() {
    }

    /** A session as the calendars should show it now; {@code people} placed in it (possibly none). */
    public record Wanted(UUID session, int afterModule, String summary, String location, TimeRange slot,
                         Set<UUID> people) {
        public Wanted {
            people = Set.copyOf(people);
        }
    }

    /** A session's event as it was last sent; {@code attendees} the people it was for. */
    public record Existing(UUID session, String uid, int sequence, BookingStatus status, String summary,
                           String location, TimeRange slot, Set<UUID> attendees) {
        public Existing {
            attendees = Set.copyOf(attendees);
        }
    }

    /**
     * One event's change: its new state ({@code attendees} the people it is for now; for a cancelled event, those it
     * was cancelled for), whom to invite (REQUEST) and whom to take off while it goes on (CANCEL).
     */
    public record Change(UUID session, String uid, boolean created, int sequence, BookingStatus status, int afterModule,
                         String summary, String location, TimeRange slot, Set<UUID> attendees, Set<UUID> invite,
                         Set<UUID> uninvite) {
        public Change {
            attendees = Set.copyOf(attendees);
            invite = Set.copyOf(invite);
            uninvite = Set.copyOf(uninvite);
        }

        /** What to tell whom, in the planner's terms: a cancelled event tells everyone it was for. */
        public Notice notice() {
            boolean cancelled = status == BookingStatus.CANCELLED;
            return new Notice(uid, sequence, afterModule, slot, cancelled,
                    List.copyOf(cancelled ? attendees : invite), cancelled ? Set.of() : uninvite);
        }
    }

    /** The UID of a session's event, the same on every server and for the session's whole life. */
    public static String uid(UUID session) {
        return session + "@spor";
    }

    /**
     * @param existing every event of the programme, by session
     * @param wanted   the programme's sessions as they should be in calendars now; none while it is on hold
     */
    public static List<Change> between(Map<UUID, Existing> existing, List<Wanted> wanted) {
        List<Change> changes = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Wanted w : wanted) {
            seen.add(w.session());
            Existing old = existing.get(w.session());
            if (old == null) {
                if (!w.people().isEmpty()) {
                    changes.add(new Change(w.session(), uid(w.session()), true, 0, BookingStatus.CONFIRMED,
                            w.afterModule(), w.summary(), w.location(), w.slot(), w.people(), w.people(), Set.of()));
                }
                continue;
            }
            if (w.people().isEmpty()) {
                cancel(old, w.afterModule()).ifPresent(changes::add);
                continue;
            }
            boolean revived = old.status() == BookingStatus.CANCELLED;
            boolean details = !old.slot().equals(w.slot()) || !Objects.equals(old.summary(), w.summary())
                    || !Objects.equals(old.location(), w.location());
            Set<UUID> before = revived ? Set.of() : old.attendees();
            Set<UUID> added = new LinkedHashSet<>(w.people());
            added.removeAll(before);
            Set<UUID> removed = new LinkedHashSet<>(before);
            removed.removeAll(w.people());
            if (!revived && !details && added.isEmpty() && removed.isEmpty()) {
                continue;
            }
            Set<UUID> invite = revived || details ? w.people() : added;
            changes.add(new Change(w.session(), old.uid(), false, old.sequence() + 1, BookingStatus.CONFIRMED,
                    w.afterModule(), w.summary(), w.location(), w.slot(), w.people(), invite, removed));
        }
        for (Existing old : existing.values()) {
            if (!seen.contains(old.session())) {
                cancel(old, 0).ifPresent(changes::add);
            }
        }
        return changes;
    }

    private static java.util.Optional<Change> cancel(Existing old, int afterModule) {
        if (old.status() == BookingStatus.CANCELLED) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Change(old.session(), old.uid(), false, old.sequence() + 1,
                BookingStatus.CANCELLED, afterModule, old.summary(), old.location(), old.slot(), old.attendees(),
                Set.of(), Set.of()));
    }
}
