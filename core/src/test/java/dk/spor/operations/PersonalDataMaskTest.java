package dk.spor.operations;

import dk.spor.operations.logging.PersonalDataMask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The log's last line of defence: an e-mail address written by anyone is masked; the demo's made-up ones are not. */
class PersonalDataMaskTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Delivery failed: 550 5.1.1 <jane.doe@kommune.dk>: Recipient address rejected | Delivery failed: 550 5.1.1 <<e-mail>>: Recipient address rejected",
        "PUT https://caldav.example.dk/bo+ai@example.dk/calendar/1.ics failed | PUT https://caldav.example.dk/<e-mail>/calendar/1.ics failed",
        "two: a@b.dk and c.d@e.f.com | two: <e-mail> and <e-mail>",
        "sign in as hr@demo.spor.dk (HR) | sign in as hr@demo.spor.dk (HR)",
        "not an address: spor@localhost, x@y | not an address: spor@localhost, x@y",
        "{\"formattedMessage\":\"to jens@aarhus.dk\"} | {\"formattedMessage\":\"to <e-mail>\"}",
        "no at sign at all | no at sign at all",
    })
    void e_mail_addresses_are_masked(String line, String logged) {
        assertEquals(logged, PersonalDataMask.mask(line));
    }
}
