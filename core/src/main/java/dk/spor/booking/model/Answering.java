package dk.spor.booking.model;

import dk.spor.calendars.AnswerReader.PartStat;

import java.time.Instant;
import java.util.Optional;

/**
 * The rules for an attendee's answer (an iTIP REPLY by mail, or PARTSTAT read back from CalDAV).
 * <ul>
 *   <li>An answer counts only for the version it answers: one to an older SEQUENCE (the booking moved since) or to a
 *       SEQUENCE Spor never sent is ignored; an answer without SEQUENCE is taken as an answer to the current one.</li>
 *   <li>An answer given before the one recorded (mail arrives out of order) does not undo it.</li>
 *   <li>Declining or delegating means not coming; a tentative answer still counts as coming.</li>
 *   <li>Action learning is done together: when a decline leaves a block with fewer than
 *       {@link #FEWEST_TO_LEARN_TOGETHER} participants coming, its support person is told.</li>
 * </ul>
 */
public final class Answering {

    /** Fewer than two cannot try use cases together and reflect on them as a team. */
    public static final int FEWEST_TO_LEARN_TOGETHER = 2;

    private Answering() {
    }

    /** Why an answer is not recorded, or empty when it is. */
    public static Optional<String> ignored(Optional<Integer> answeredSequence, int currentSequence,
                                           Optional<Instant> answeredAt, Instant lastAnsweredAt) {
        if (answeredSequence.isPresent() && answeredSequence.get() < currentSequence) {
            return Optional.of("answers SEQUENCE " + answeredSequence.get() + ", but the booking has changed since"
                    + " (now " + currentSequence + ")");
        }
        if (answeredSequence.isPresent() && answeredSequence.get() > currentSequence) {
            return Optional.of("answers SEQUENCE " + answeredSequence.get() + ", which Spor never sent (now "
                    + currentSequence + ")");
        }
        if (answeredAt.isPresent() && lastAnsweredAt != null && !answeredAt.get().isAfter(lastAnsweredAt)) {
            return Optional.of("was given before the answer already recorded");
        }
        return Optional.empty();
    }

    /** Whether someone with this answer is expected in the block. */
    public static boolean coming(PartStat said) {
        return said != PartStat.DECLINED && said != PartStat.DELEGATED;
    }

    /** Whether the support person is told: this answer left fewer than two participants coming. */
    public static boolean tellSupportPerson(int comingBefore, int comingAfter) {
        return comingAfter < comingBefore && comingAfter < FEWEST_TO_LEARN_TOGETHER;
    }
}
