package dk.spor.calendars;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Output of {@link SlotFinder#find(SlotRequest)}.
 *
 * @param outcome       what kind of answer this is
 * @param groups        one group with everyone for {@link Outcome#COMMON_SLOT}, several for
 *                      {@link Outcome#SPLIT}, none for {@link Outcome#NO_SLOT}
 * @param unschedulable ids of attendees with no possible slot at all in the window
 * @param reason        a human-readable explanation (English)
 */
public record SlotResult(Outcome outcome, List<GroupSlot> groups, List<String> unschedulable, String reason) {

    /** Kind of answer. */
    public enum Outcome {
        /** Everyone shares one slot. */
        COMMON_SLOT,
        /** No slot fits everyone; the attendees are split into sub-groups that each have a slot. */
        SPLIT,
        /** Nobody can be booked. */
        NO_SLOT
    }

    /** Copies lists. */
    public SlotResult {
        Objects.requireNonNull(outcome, "outcome");
        groups = List.copyOf(groups);
        unschedulable = List.copyOf(unschedulable);
        Objects.requireNonNull(reason, "reason");
    }

    /** @return the common slot, when everyone shares one */
    public Optional<TimeRange> commonSlot() {
        return outcome == Outcome.COMMON_SLOT ? Optional.of(groups.get(0).slot()) : Optional.empty();
    }

    /**
     * A sub-group and its slot.
     *
     * @param attendeeIds the attendees, in request order
     * @param slot        the slot they share
     */
    public record GroupSlot(List<String> attendeeIds, TimeRange slot) {
        /** Copies the id list. */
        public GroupSlot {
            attendeeIds = List.copyOf(attendeeIds);
            Objects.requireNonNull(slot, "slot");
        }
    }
}
