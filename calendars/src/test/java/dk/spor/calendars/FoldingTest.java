package dk.spor.calendars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.spor.calendars.CalendarEntry.Person;
import dk.spor.calendars.CalendarEntry.Status;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Lines are folded once, at 75 octets of UTF-8, never inside a character (RFC 5545 section 3.1). */
class FoldingTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-20T09:00:00Z"), ZoneOffset.UTC);

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("ASCII", "Action learning with the team, round two; bring the use case list ".repeat(4)),
                Arguments.of("Danish letters (two octets each)", "Aktionslæring på rådhuset, øvelse for ældreplejen ".repeat(5)),
                Arguments.of("three-octet dashes", "Modul – AI – hverdag – ".repeat(12)),
                Arguments.of("four-octet emoji", "Godt gået 👍🏽 ".repeat(20)),
                Arguments.of("74 ASCII then æ at the fold", "x".repeat(66) + "æøå".repeat(10)),
                Arguments.of("exactly 75 octets with the name", "y".repeat(75 - "SUMMARY:".length())),
                Arguments.of("one octet more than fits", "z".repeat(76 - "SUMMARY:".length())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void every_line_is_at_most_75_octets_and_broken_only_where_the_next_character_would_not_fit(String kind,
                                                                                               String text)
            throws Exception {
        // given
        CalendarEntry entry = new CalendarEntry("fold@spor", 0, text, text, text, SlotFinderTest.cph("2026-03-30T08:00"),
                SlotFinderTest.cph("2026-03-30T09:00"), "spor@kommune.dk", text.strip(),
                List.of(new Person("anne@kommune.dk", text.strip())), Status.CONFIRMED);
        // when
        String ics = new IcsWriter(FIXED).write(IcsWriter.Method.REQUEST, List.of(entry));
        // then
        String[] lines = ics.split("\r\n");
        for (int i = 0; i < lines.length; i++) {
            int octets = octets(lines[i]);
            assertTrue(octets <= 75, "line of " + octets + " octets: " + lines[i]);
            if (i + 1 < lines.length && lines[i + 1].startsWith(" ")) {
                // folded once: the continuation's first character would not have fitted on this line
                String next = lines[i + 1].substring(1, lines[i + 1].offsetByCodePoints(1, 1));
                assertTrue(octets + octets(next) > 75, "folded early: '" + lines[i] + "' / '" + lines[i + 1] + "'");
            }
        }
        VEvent ev = InvitationsTest.event(InvitationsTest.parse(ics));
        String keptByParser = text.stripTrailing(); // iCal4j's parser drops trailing spaces of a value
        assertEquals(keptByParser, ev.getProperty(Property.SUMMARY).orElseThrow().getValue().stripTrailing());
        assertEquals(keptByParser, ev.getProperty(Property.DESCRIPTION).orElseThrow().getValue().stripTrailing());
        assertEquals(text.strip(), InvitationsTest.param(ev.getProperty(Property.ATTENDEE).orElseThrow(), "CN"));
    }

    @Test
    void text_folded_before_is_unfolded_first_so_it_is_folded_only_once() {
        // given: what iCal4j's outputter writes, folded at 75 characters, for a line of æ
        String line = "SUMMARY:" + "æ".repeat(100);
        String foldedByCharacters = line.substring(0, 75) + "\r\n " + line.substring(75) + "\r\n";
        // when
        String once = ContentLines.fold(foldedByCharacters);
        // then
        assertEquals(ContentLines.fold(line + "\r\n"), once);
        for (String l : once.split("\r\n")) {
            assertTrue(octets(l) > 2, "a continuation line left over from folding twice: '" + l + "'");
        }
    }

    private static int octets(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
