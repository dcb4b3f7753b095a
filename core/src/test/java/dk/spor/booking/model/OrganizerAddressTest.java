package dk.spor.booking.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which addresses can organise invitations: a table of addresses and whether they are refused, and why. */
class OrganizerAddressTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "kalender@kommune.dk|",
            "spor@example.dk|",
            "aktionslaering@rk.dk|",
            "spor@localhost|never a real mailbox",
            "spor@spor.localhost|never a real mailbox",
            "spor@server.local|never a real mailbox",
            "spor@example.com|never a real mailbox",
            "spor@kommune.test|never a real mailbox",
            "spor@intranet|not a mail domain",
            "spor@127.0.0.1|IP address",
            "spor@[10.0.0.1]|IP address",
            "Spor <spor@kommune.dk>|not an e-mail address",
            "spor|not an e-mail address",
            "NULL|no organiser address",
            "'  '|no organiser address"})
    void an_organiser_must_be_a_real_mailbox(String address, String refusal) {
        // when
        var said = OrganizerAddress.refusal(address);
        // then
        if (refusal == null) {
            assertEquals(java.util.Optional.empty(), said, address);
        } else {
            assertTrue(said.orElse("").contains(refusal), address + ": " + said);
        }
    }
}
