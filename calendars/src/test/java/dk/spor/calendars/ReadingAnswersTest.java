package dk.spor.calendars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.spor.calendars.AnswerReader.Answer;
import dk.spor.calendars.AnswerReader.PartStat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Attendees' answers as Outlook, Google Calendar and Apple Calendar mail them back, and as a CalDAV calendar holds them
 * once a client set PARTSTAT; one file per pattern under {@code src/test/resources/answers/} (see the README there).
 */
class ReadingAnswersTest {

    private static final String UID = "5f0c1e9a-3b7d-3c61-9a52-0d5e8b1f2a44@spor";
    private static final Optional<String> REPLY = Optional.of("REPLY");

    private final AnswerReader reader = new AnswerReader();

    static String file(String name) {
        try (InputStream in = ReadingAnswersTest.class.getResourceAsStream("/answers/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Answer answer(Optional<String> method, String email, PartStat said, String stamp) {
        return new Answer(method, UID, Optional.of(2), Optional.empty(), Optional.of(Instant.parse(stamp)), email, said);
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("outlook-decline.ics", List.of(answer(REPLY, "anne.leder@kommune.example",
                        PartStat.DECLINED, "2026-02-24T08:12:45Z"))),
                Arguments.of("google-accept.ics", List.of(answer(REPLY, "cecilie@kommune.example",
                        PartStat.ACCEPTED, "2026-02-24T09:01:12Z"))),
                Arguments.of("apple-tentative.ics", List.of(answer(REPLY, "bo@kommune.example",
                        PartStat.TENTATIVE, "2026-02-24T09:15:30Z"))),
                // the CalDAV copy lists everyone: no PARTSTAT is NEEDS-ACTION; an x-value and a room are left out
                Arguments.of("caldav-resource-after-the-client-declined.ics", List.of(
                        answer(Optional.empty(), "anne.leder@kommune.example", PartStat.NEEDS_ACTION,
                                "2026-02-24T07:00:00Z"),
                        answer(Optional.empty(), "bo@kommune.example", PartStat.DECLINED, "2026-02-24T07:00:00Z"),
                        answer(Optional.empty(), "cecilie@kommune.example", PartStat.NEEDS_ACTION,
                                "2026-02-24T07:00:00Z"))),
                Arguments.of("odd-reply-without-uid-and-with-broken-values.ics", List.of(new Answer(REPLY,
                        "second@spor", Optional.empty(), Optional.of("20260303T080000Z"), Optional.empty(),
                        "anne.leder@kommune.example", PartStat.ACCEPTED))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void each_client_s_answer_is_read_as_who_said_what_to_which_version(String file, List<Answer> expected) {
        // when
        List<Answer> read = reader.read(file(file));
        // then
        assertEquals(expected, read);
    }

    @Test
    void a_text_that_is_not_icalendar_is_refused_naming_the_line() {
        // when
        IcsFormatException e = assertThrows(IcsFormatException.class, () -> reader.read("Hej\r\nTak for sidst\r\n"));
        // then
        assertEquals(1, e.lineNumber());
    }

    @Test
    void partstat_values_are_read_in_any_case_and_unknown_ones_are_not_guessed() {
        // then
        assertEquals(Optional.of(PartStat.DECLINED), PartStat.of(" declined"));
        assertEquals(Optional.of(PartStat.NEEDS_ACTION), PartStat.of("Needs-Action"));
        assertEquals(Optional.empty(), PartStat.of("X-MAYBE"));
        assertEquals(Optional.empty(), PartStat.of("COMPLETED"));
    }
}
