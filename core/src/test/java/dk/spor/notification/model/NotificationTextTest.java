package dk.spor.notification.model;

import dk.spor.programme.model.ProgrammeState;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationTextTest {

    static Stream<Arguments> stateChanges() {
        return Stream.of(
                Arguments.of("DRAFT", "PLANNED", NotificationText.PROGRAMME_PLANNED),
                Arguments.of("PLANNED", "RUNNING", null),
                Arguments.of("PLANNED", "DRAFT", null),
                Arguments.of("RUNNING", "PAUSED", NotificationText.PROGRAMME_PAUSED),
                Arguments.of("PAUSED", "RUNNING", NotificationText.PROGRAMME_RESUMED),
                Arguments.of("PLANNED", "POSTPONED", NotificationText.PROGRAMME_POSTPONED),
                Arguments.of("POSTPONED", "PLANNED", NotificationText.PROGRAMME_RESUMED),
                Arguments.of("DRAFT", "POSTPONED", null),
                Arguments.of("RUNNING", "COMPLETED", NotificationText.PROGRAMME_COMPLETED),
                Arguments.of("PAUSED", "COMPLETED", NotificationText.PROGRAMME_COMPLETED));
    }

    @ParameterizedTest(name = "{0} -> {1} tells participants {2}")
    @MethodSource("stateChanges")
    void participants_hear_of_the_changes_that_touch_their_calendar(ProgrammeState from, ProgrammeState to,
                                                                   String expected) {
        assertEquals(Optional.ofNullable(expected), NotificationText.forStateChange(from, to));
    }

    @Test
    void a_detail_such_as_hrs_reason_follows_the_sentence_in_both_languages() {
        // when
        NotificationText.Text text = NotificationText.of(NotificationText.PROGRAMME_PAUSED, "AI i Jobcentret",
                "Travlt med årsopgørelser");

        // then
        assertEquals("Forløbet »AI i Jobcentret« er sat på pause. Dine bookinger er aflyst indtil videre."
                + " Travlt med årsopgørelser", text.da());
        assertTrue(text.en().startsWith("»AI i Jobcentret« is paused."), text.en());
    }

    @Test
    void an_unknown_kind_still_says_which_programme() {
        assertEquals(new NotificationText.Text("Nyt i »X«.", "News in »X«."), NotificationText.of("Later", "X", ""));
    }

    @Test
    void a_mail_has_the_first_danish_sentence_as_subject_and_both_languages_with_the_address_in_the_body() {
        // given
        NotificationText.Text text = NotificationText.of(NotificationText.FRAME_CHANGED, "AI i Borgerservice", "");

        // when
        String subject = NotificationText.subject(text);
        String body = NotificationText.mailBody(text, "https://spor.kommune.dk");
        String withoutAddress = NotificationText.mailBody(text, "");

        // then
        assertEquals("Rammen for »AI i Borgerservice« er ændret.", subject);
        assertTrue(body.startsWith(text.da() + "\n\n" + text.en()), body);
        assertTrue(body.contains("https://spor.kommune.dk"), body);
        assertTrue(!withoutAddress.contains("Read more"), withoutAddress);
    }
}
