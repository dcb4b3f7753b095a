package dk.spor.booking.model;

import dk.spor.booking.model.SupersedingInvitations.SentVersion;
import dk.spor.booking.model.SupersedingInvitations.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dk.spor.booking.model.InvitationMethod.CANCEL;
import static dk.spor.booking.model.InvitationMethod.REQUEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Whether an outbox row is sent: a table of rows, what is newer, what reached the person last, and the verdict. */
class SupersedingInvitationsTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // the defect: the original (row 1) and the update (row 2) would both send SEQUENCE 1
                arguments("the original invitation, with its update waiting behind it", 1L, 2L, null, REQUEST, 1,
                        Verdict.NEWER_ROW),
                arguments("the update itself", 2L, 2L, null, REQUEST, 1, Verdict.SEND),
                arguments("an update whose version already reached the person", 3L, 3L, new SentVersion(REQUEST, 1),
                        REQUEST, 1, Verdict.ALREADY_SENT),
                arguments("a newer version than the one that reached them", 3L, 3L, new SentVersion(REQUEST, 1),
                        REQUEST, 2, Verdict.SEND),
                arguments("a cancellation after the invitation", 4L, 4L, new SentVersion(REQUEST, 2), CANCEL, 3,
                        Verdict.SEND),
                arguments("a cancellation already sent", 5L, 5L, new SentVersion(CANCEL, 3), CANCEL, 3,
                        Verdict.ALREADY_SENT),
                arguments("an invitation after the person's own uninvitation, same SEQUENCE", 6L, 6L,
                        new SentVersion(CANCEL, 2), REQUEST, 2, Verdict.SEND),
                arguments("a newer row that was refused still supersedes", 7L, 9L, null, CANCEL, 4,
                        Verdict.NEWER_ROW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void a_row_is_sent_only_when_nothing_newer_says_more_and_its_version_is_not_already_there(
            String row, long id, long newest, SentVersion lastSent, InvitationMethod method, int sequence,
            Verdict expected) {
        // when
        Verdict verdict = SupersedingInvitations.of(id, newest, lastSent, method, sequence);
        // then
        assertEquals(expected, verdict, row);
    }
}
