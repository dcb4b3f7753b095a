package dk.spor.booking.model;

import java.util.Objects;

/**
 * Whether an outbox row is still to be sent — the rule that makes each person receive each version of a booking at
 * most once. Every row is rendered from the booking as it is when sent, so two waiting rows for the same person,
 * channel and booking would both send the newest version (40 people once received the same REQUEST, same UID and
 * SEQUENCE, twice after the mail server had been away while a module moved).
 * <ul>
 *   <li>A row with a newer row (higher id) for the same person, channel and booking is <em>superseded</em>: the newer
 *       one will tell the person everything, whether it is waiting, sent or refused.</li>
 *   <li>A row whose method and rendered SEQUENCE are what last reached the person on that channel is superseded
 *       too: that version is in their calendar already. (What reached them before something else did may be sent
 *       again: a REQUEST after the person's own uninvitation puts the event back.)</li>
 *   <li>Otherwise it is sent.</li>
 * </ul>
 */
public final class SupersedingInvitations {

    private SupersedingInvitations() {
    }

    /** A version that reached a person: the method and SEQUENCE sent. */
    public record SentVersion(InvitationMethod method, int sequence) {
        public SentVersion {
            Objects.requireNonNull(method, "method");
        }
    }

    /** What to do with a row, and why when it is not sent. */
    public enum Verdict {
        SEND(null),
        NEWER_ROW("a newer invitation or cancellation for the same person and booking replaces this one"),
        ALREADY_SENT("this version of the booking is what last reached the person");

        private final String reason;

        Verdict(String reason) {
            this.reason = reason;
        }

        /** @return why the row is not sent, or null when it is */
        public String reason() {
            return reason;
        }
    }

    /**
     * @param rowId    the row about to be sent
     * @param newestId the highest row id for the same person, channel and booking (the row's own id when none is newer)
     * @param lastSent what last reached the person on that channel for that booking, or null for nothing
     * @param method   the method the row renders to now
     * @param sequence the SEQUENCE the row renders to now
     */
    public static Verdict of(long rowId, long newestId, SentVersion lastSent, InvitationMethod method, int sequence) {
        if (newestId > rowId) {
            return Verdict.NEWER_ROW;
        }
        if (new SentVersion(method, sequence).equals(lastSent)) {
            return Verdict.ALREADY_SENT;
        }
        return Verdict.SEND;
    }
}
