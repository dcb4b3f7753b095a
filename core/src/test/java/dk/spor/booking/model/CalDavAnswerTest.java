package dk.spor.booking.model;

import dk.spor.booking.model.CalDavAnswer.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** What a CalDAV server's answer means for an outbox row: a table of statuses and bodies as servers send them. */
class CalDavAnswerTest {

    private static final String RADICALE_UID_CONFLICT = "<?xml version='1.0' encoding='utf-8'?>\n<error xmlns=\"DAV:\""
            + " xmlns:C=\"urn:ietf:params:xml:ns:caldav\"><C:no-uid-conflict /></error>";
    private static final String SABRE_UID_CONFLICT = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<d:error"
            + " xmlns:d=\"DAV:\" xmlns:s=\"http://sabredav.org/ns\" xmlns:cal=\"urn:ietf:params:xml:ns:caldav\">\n"
            + "  <s:exception>Sabre\\DAV\\Exception\\Forbidden</s:exception>\n  <s:message>Calendar object with uid"
            + " already exists in this calendar collection.</s:message>\n  <cal:no-uid-conflict>"
            + "<d:href>/remote.php/dav/calendars/anne/personal/abc.ics</d:href></cal:no-uid-conflict>\n</d:error>";
    private static final String ICLOUD_SCHEDULING = "<error xmlns='DAV:'><unique-scheduling-object-resource"
            + " xmlns='urn:ietf:params:xml:ns:caldav'/></error>";

    static Stream<Arguments> answers() {
        return Stream.of(
                arguments("created", 201, "", false, Kind.DONE, null),
                arguments("replaced", 204, "", false, Kind.DONE, null),
                arguments("deleted", 204, "", true, Kind.DONE, null),
                arguments("already gone", 404, "", true, Kind.DONE, null),
                arguments("Radicale: the UID is filed already", 409, RADICALE_UID_CONFLICT, false, Kind.REFUSED,
                        "no-uid-conflict"),
                arguments("Nextcloud/SabreDAV: the UID is filed already", 403, SABRE_UID_CONFLICT, false,
                        Kind.REFUSED, "no-uid-conflict"),
                arguments("iCloud: one scheduling object per UID", 403, ICLOUD_SCHEDULING, false, Kind.REFUSED,
                        "unique-scheduling-object-resource"),
                arguments("forbidden without a reason", 403, "", false, Kind.REFUSED, "may not write"),
                arguments("invalid data", 400, "", false, Kind.REFUSED, "refused the event"),
                arguments("too large", 413, "", false, Kind.REFUSED, "larger than"),
                arguments("server error", 500, "", false, Kind.RETRY, "answered 500"),
                arguments("unavailable", 503, "", false, Kind.RETRY, "answered 503"),
                arguments("wrong credentials, which an operator can fix", 401, "", false, Kind.RETRY,
                        "spor.caldav.username"),
                arguments("too many requests", 429, "", false, Kind.RETRY, "answered 429"),
                arguments("locked for a moment", 423, "", false, Kind.RETRY, "answered 423"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void a_refusal_that_trying_again_cannot_change_ends_the_row_with_its_reason(
            String what, int status, String body, boolean deleting, Kind expected, String reason) {
        // when
        CalDavAnswer.Verdict verdict = CalDavAnswer.of(status, body, deleting);
        // then
        assertEquals(expected, verdict.kind(), what);
        if (reason != null) {
            assertTrue(verdict.reason().contains(reason), what + ": " + verdict.reason());
        }
        if (expected == Kind.REFUSED) {
            assertTrue(verdict.reason().contains("not tried again"), verdict.reason());
        }
    }
}
