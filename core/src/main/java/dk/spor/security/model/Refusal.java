package dk.spor.security.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a sign-in through the identity provider gave no session. Each reason has its own page text, saying what to do
 * and whom to ask; {@link #code} is the reason's name in the address of that page.
 */
public enum Refusal {
    /** The provider knows the person, Spor's organisation does not. */
    UNKNOWN("ukendt"),
    /** The person is in Spor's organisation, marked as having left. */
    LEFT("fratraadt"),
    /** The provider did not send the claim Spor matches people by: a setting at the provider or in Spor. */
    NO_CLAIM("mangler-oplysning"),
    /** Several people in Spor's organisation have what the provider sent (e.g. the same e-mail). */
    AMBIGUOUS("flere"),
    /** The person's Spor account is already linked to another user at this provider. */
    LINKED_TO_ANOTHER("anden-bruger"),
    /** The answer from the provider failed a check (state, nonce, audience, expiry, signature) or did not come. */
    FAILED("fejl"),
    /** Spor cannot reach the provider now (its discovery document could not be read): nobody can sign in with it. */
    UNREACHABLE("utilgaengelig");

    private final String code;

    Refusal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Refusal> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
