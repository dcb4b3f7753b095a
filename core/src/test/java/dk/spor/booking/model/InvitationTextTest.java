package dk.spor.booking.model;

import dk.spor.booking.model.InvitationText.Facts;
import dk.spor.booking.model.InvitationText.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The human part of an invitation: Danish weekday, date and time in Copenhagen across the daylight-saving edges. */
class InvitationTextTest {

    private static Facts facts(Kind kind, String startUtc, String place) {
        Instant start = Instant.parse(startUtc);
        return new Facts(kind, "AI i Jobcentret", 1, start, start.plusSeconds(5400), place, "Team Ung",
                "Bo Medarbejder", false, "https://spor.kommune.dk");
    }

    static Stream<Arguments> times() {
        return Stream.of(
                // the Friday before summer time (UTC+1), the Monday after (UTC+2), the Monday after winter time
                arguments("2026-03-27T08:00:00Z", "fredag den 27. marts 2026 kl. 9.00–10.30"),
                arguments("2026-03-30T07:00:00Z", "mandag den 30. marts 2026 kl. 9.00–10.30"),
                arguments("2026-10-26T08:00:00Z", "mandag den 26. oktober 2026 kl. 9.00–10.30"),
                arguments("2026-03-03T12:15:00Z", "tirsdag den 3. marts 2026 kl. 13.15–14.45"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("times")
    void when_is_said_in_danish_in_copenhagen_time_whatever_the_season(String startUtc, String said) {
        // when
        InvitationText.Text text = InvitationText.of(facts(Kind.INVITED, startUtc, "Mødelokale 2.14"));
        // then
        assertTrue(text.plain().contains("Hvornår: " + said + " (dansk tid)"), text.plain());
        assertTrue(text.html().contains(said), text.html());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "INVITED|Aktionslæring: AI i Jobcentret, tirsdag 3. marts kl. 9.00",
            "CHANGED|Ændret: Aktionslæring: AI i Jobcentret, tirsdag 3. marts kl. 9.00",
            "CANCELLED|Aflyst: Aktionslæring: AI i Jobcentret, tirsdag 3. marts kl. 9.00",
            "UNINVITED|Aflyst: Aktionslæring: AI i Jobcentret, tirsdag 3. marts kl. 9.00"})
    void the_subject_says_whether_it_is_new_changed_or_cancelled(Kind kind, String subject) {
        // then
        assertEquals(subject, InvitationText.of(facts(kind, "2026-03-03T08:00:00Z", "Mødelokale 2.14")).subject());
    }

    @Test
    void an_invitation_says_what_when_where_team_support_person_and_where_the_goals_are_but_no_goal() {
        // when
        InvitationText.Text text = InvitationText.of(facts(Kind.INVITED, "2026-03-03T08:00:00Z", "Mødelokale 2.14"));
        // then
        for (String line : new String[]{"Hvad: Aktionslæring", "Hvor: Mødelokale 2.14", "Team: Team Ung",
                "Støtteperson: Bo Medarbejder", "»Mit forløb«: https://spor.kommune.dk", "Afvis"}) {
            assertTrue(text.plain().contains(line), line + " in " + text.plain());
        }
        assertTrue(text.html().contains("<a href=\"https://spor.kommune.dk\">"), text.html());
        assertTrue(text.html().startsWith("<!DOCTYPE html>") && text.html().contains("lang=\"da\""), text.html());
        assertFalse(text.plain().toLowerCase(java.util.Locale.ROOT).contains("mål:"), "no goal is listed");
    }

    @Test
    void an_online_place_is_a_link_and_html_is_escaped() {
        // when
        InvitationText.Text text = InvitationText.of(new Facts(Kind.CHANGED, "R&D <i>", 2,
                Instant.parse("2026-03-03T08:00:00Z"), Instant.parse("2026-03-03T09:30:00Z"),
                "https://meet.kommune.dk/j/123?x=1&y=2", "Team \"Ung\"", null, true, null));
        // then
        assertTrue(text.plain().contains("Online: https://meet.kommune.dk/j/123?x=1&y=2"), text.plain());
        assertTrue(text.html().contains("<a href=\"https://meet.kommune.dk/j/123?x=1&amp;y=2\">"), text.html());
        assertTrue(text.html().contains("R&amp;D &lt;i&gt;") && !text.html().contains("<i>"), text.html());
        assertTrue(text.plain().contains("Støtteperson: dig (du er teamets støtteperson)"), text.plain());
        assertTrue(text.plain().contains("under »Mit forløb«."), "no address when the public one is not set");
    }

    @Test
    void a_cancellation_says_what_is_cancelled_and_that_nothing_is_to_be_done() {
        // when
        InvitationText.Text text = InvitationText.of(facts(Kind.CANCELLED, "2026-03-03T08:00:00Z", "Mødelokale"));
        // then
        assertTrue(text.plain().startsWith("Aktionslæringen i forløbet »AI i Jobcentret« tirsdag den 3. marts 2026"
                + " kl. 9.00–10.30 er aflyst."), text.plain());
        assertFalse(text.plain().contains("Hvor:"), text.plain());
    }

    @ParameterizedTest(name = "{0} after {2} gives {3}")
    @CsvSource(nullValues = "NULL", value = {
            "REQUEST, false, NULL, INVITED",
            "REQUEST, false, REQUEST, CHANGED",
            "REQUEST, false, CANCEL, INVITED",
            "CANCEL, true, REQUEST, CANCELLED",
            "CANCEL, false, REQUEST, UNINVITED"})
    void which_message_it_is_follows_what_reached_the_person_last(InvitationMethod method, boolean cancelled,
                                                                 InvitationMethod lastSent, Kind kind) {
        // then
        assertEquals(kind, Kind.of(method, cancelled, lastSent));
    }
}
