package dk.spor.booking.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether an address can be the ORGANIZER of invitations. Calendar clients send every answer to the organiser, and
 * Outlook, Google and Apple do not treat an invitation as a meeting when the organiser is not a mailbox they can
 * reach; so it must be a real mailbox on a real domain — the one Spor reads answers from — never {@code @localhost}.
 */
public final class OrganizerAddress {

    /** Domains that are never a mailbox on the internet (RFC 2606, RFC 6761, RFC 6762). */
    private static final List<String> NOT_REAL = List.of("localhost", "local", "invalid", "test", "example",
            "localdomain", "internal", "lan", "home.arpa", "example.com", "example.net", "example.org");

    private OrganizerAddress() {
    }

    /** @return why the address cannot organise invitations, or empty when it can */
    public static Optional<String> refusal(String address) {
        if (address == null || address.isBlank()) {
            return Optional.of("no organiser address is set");
        }
        String a = address.strip();
        int at = a.lastIndexOf('@');
        if (at <= 0 || at == a.length() - 1 || a.indexOf('@') != at
                || a.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>' || c == ',' || c == ';')) {
            return Optional.of("'" + a + "' is not an e-mail address");
        }
        String domain = a.substring(at + 1).toLowerCase(Locale.ROOT);
        if (domain.startsWith("[") || domain.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
            return Optional.of("'" + a + "' names a computer by its IP address, not a mail domain");
        }
        for (String notReal : NOT_REAL) {
            if (domain.equals(notReal) || domain.endsWith("." + notReal)) {
                return Optional.of("'" + domain + "' is never a real mailbox: answers sent there are lost");
            }
        }
        if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
            return Optional.of("'" + domain + "' is not a mail domain on the internet");
        }
        return Optional.empty();
    }
}
