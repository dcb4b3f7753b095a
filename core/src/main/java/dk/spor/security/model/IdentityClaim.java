package dk.spor.security.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which claim of the identity provider's ID token names the person, and which of Spor's fields it is compared with:
 * the e-mail (claims such as {@code email}, {@code preferred_username}, {@code upn}) or the employee number (any other
 * claim the operator names, e.g. {@code employee_number}). Only a text value counts; an e-mail is compared without
 * regard to case, an employee number exactly (leading and trailing spaces dropped).
 */
public record IdentityClaim(String claim, Field field) {

    /** The person's fields a claim can be matched against. */
    public enum Field { EMAIL, EMPLOYEE_NUMBER }

    /** Claims that carry an e-mail-like sign-in name in the common providers (Entra ID, Keycloak, OS2faktor). */
    static final Set<String> EMAIL_LIKE = Set.of("email", "preferred_username", "upn", "unique_name", "mail");

    /** What Spor matches on when the operator says nothing: the e-mail claim. */
    public static final IdentityClaim DEFAULT = new IdentityClaim("email", Field.EMAIL);

    public IdentityClaim {
        if (claim == null || claim.isBlank()) {
            throw new IllegalArgumentException("A claim to match people by must be named");
        }
        claim = claim.strip();
    }

    /**
     * The operator's words: a claim name and, optionally, the field ({@code email} or {@code employee-number}); without
     * a field, e-mail-like claims match the e-mail and any other claim the employee number.
     */
    public static IdentityClaim of(String claim, String field) {
        Field said = field == null || field.isBlank() ? null : field(field);
        if (claim == null || claim.isBlank()) {
            if (said == Field.EMPLOYEE_NUMBER) {
                throw new IllegalArgumentException("employee-number needs the name of the claim that carries it,"
                        + " e.g. employee_number");
            }
            return DEFAULT;
        }
        String name = claim.strip();
        if (said == null) {
            return new IdentityClaim(name, EMAIL_LIKE.contains(name.toLowerCase(Locale.ROOT))
                    ? Field.EMAIL : Field.EMPLOYEE_NUMBER);
        }
        return new IdentityClaim(name, said);
    }

    private static Field field(String field) {
        return switch (field.strip().toUpperCase(Locale.ROOT).replace('-', '_')) {
            case "EMAIL", "E_MAIL", "MAIL" -> Field.EMAIL;
            case "EMPLOYEE_NUMBER", "EMPLOYEENUMBER", "MEDARBEJDERNUMMER" -> Field.EMPLOYEE_NUMBER;
            default -> throw new IllegalArgumentException("Unknown field to match people by: " + field
                    + " (email or employee-number)");
        };
    }

    /** The value to look the person up by, normalised; empty when the token has no usable value. */
    public Optional<String> valueIn(Map<String, ?> claims) {
        Object value = claims.get(claim);
        if (value instanceof Collection<?> several) {
            // one value is a value; several are no answer to "who is this"
            value = several.size() == 1 ? several.iterator().next() : null;
        }
        if (!(value instanceof CharSequence || value instanceof Number)) {
            return Optional.empty();
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(field == Field.EMAIL ? text.toLowerCase(Locale.ROOT) : text);
    }
}
