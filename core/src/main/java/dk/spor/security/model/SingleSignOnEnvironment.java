package dk.spor.security.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Identity providers set up by environment variables alone, turned into the settings Micronaut and Spor read:
 *
 * <pre>
 * SPOR_OIDC_PROVIDERS=aarhus                       the providers' ids, comma-separated
 * SPOR_OIDC_AARHUS_ISSUER=https://login.microsoftonline.com/&lt;tenant&gt;/v2.0
 * SPOR_OIDC_AARHUS_CLIENT_ID=…    SPOR_OIDC_AARHUS_CLIENT_SECRET=…
 * SPOR_OIDC_AARHUS_NAME=Aarhus Kommune             the button says "Log ind med Aarhus Kommune"
 * SPOR_OIDC_AARHUS_CLAIM=preferred_username        which claim names the person (default email)
 * SPOR_OIDC_AARHUS_MATCH=email                     compared with the e-mail or the employee-number
 * SPOR_OIDC_AARHUS_SCOPES=openid profile email     (the default)
 * SPOR_OIDC_AARHUS_API_AUDIENCE=api://spor         the JSON API also takes this provider's access tokens for it
 * </pre>
 *
 * An id is written in lower case in settings and addresses ({@code /oauth/login/aarhus}) and in upper case, with
 * {@code _} for {@code -}, in the variables' names. The same can be written directly as
 * {@code micronaut.security.oauth2.clients.<id>.*} and {@code spor.sign-in.providers.<id>.*} settings.
 */
public final class SingleSignOnEnvironment {

    static final String PROVIDERS = "SPOR_OIDC_PROVIDERS";
    static final String CLIENTS = "micronaut.security.oauth2.clients.";
    static final String SPOR = "spor.sign-in.providers.";
    static final List<String> DEFAULT_SCOPES = List.of("openid", "profile", "email");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private SingleSignOnEnvironment() {
    }

    /** The settings the variables make; none without {@code SPOR_OIDC_PROVIDERS}. */
    public static Map<String, Object> settings(Map<String, String> environment) {
        Map<String, Object> settings = new LinkedHashMap<>();
        String listed = environment.getOrDefault(PROVIDERS, "");
        for (String raw : listed.split(",")) {
            String id = raw.strip().toLowerCase(Locale.ROOT);
            if (id.isEmpty()) {
                continue;
            }
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException(PROVIDERS + " names '" + raw.strip() + "': an id is a lower-case"
                        + " letter followed by letters, digits or -, e.g. aarhus");
            }
            String prefix = "SPOR_OIDC_" + id.toUpperCase(Locale.ROOT).replace('-', '_') + "_";
            String issuer = required(environment, prefix + "ISSUER");
            String clientId = required(environment, prefix + "CLIENT_ID");
            String client = CLIENTS + id + ".";
            settings.put(client + "client-id", clientId);
            optional(environment, prefix + "CLIENT_SECRET").ifPresent(v -> settings.put(client + "client-secret", v));
            settings.put(client + "openid.issuer", issuer);
            settings.put(client + "scopes", optional(environment, prefix + "SCOPES")
                    .map(v -> Arrays.stream(v.split("[\\s,]+")).filter(s -> !s.isBlank()).toList())
                    .orElse(DEFAULT_SCOPES));
            String spor = SPOR + id + ".";
            optional(environment, prefix + "NAME").ifPresent(v -> settings.put(spor + "name", v));
            optional(environment, prefix + "CLAIM").ifPresent(v -> settings.put(spor + "claim", v));
            optional(environment, prefix + "MATCH").ifPresent(v -> settings.put(spor + "match", v));
            optional(environment, prefix + "API_AUDIENCE").ifPresent(v -> settings.put(spor + "api-audience", v));
            // the claim and field are checked now, so a typo stops the start with a sentence, not the first sign-in
            try {
                IdentityClaim.of((String) settings.get(spor + "claim"), (String) settings.get(spor + "match"));
            } catch (IllegalArgumentException badMatch) {
                throw new IllegalArgumentException(prefix + "MATCH: " + badMatch.getMessage(), badMatch);
            }
        }
        return settings;
    }

    private static String required(Map<String, String> environment, String name) {
        return optional(environment, name).orElseThrow(() -> new IllegalArgumentException(
                name + " is missing: every provider in " + PROVIDERS + " needs its _ISSUER and _CLIENT_ID"));
    }

    private static java.util.Optional<String> optional(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value.strip());
    }
}
