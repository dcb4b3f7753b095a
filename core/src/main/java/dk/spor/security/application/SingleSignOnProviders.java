package dk.spor.security.application;

import dk.spor.security.model.IdentityClaim;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.oauth2.configuration.OauthClientConfiguration;
import io.micronaut.security.oauth2.configuration.OpenIdClientConfiguration;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The identity providers this installation signs people in with: every OpenID Connect client in
 * {@code micronaut.security.oauth2.clients.<id>} (found from its issuer's discovery document), with what Spor adds in
 * {@code spor.sign-in.providers.<id>}: the name people know it by, the claim that names the person, and the audience
 * of access tokens the JSON API accepts from it (none: the API takes only Spor's own tokens).
 */
@Singleton
public class SingleSignOnProviders {

    static final String PREFIX = "spor.sign-in.providers.";

    /** A provider as Spor uses it; {@code issuer} is the configured issuer address. */
    public record Provider(String id, String name, String clientId, String issuer, IdentityClaim claim,
                           @Nullable String apiAudience) {
    }

    private final List<Provider> providers;

    public SingleSignOnProviders(List<OauthClientConfiguration> clients, Environment environment) {
        this.providers = clients.stream()
                .filter(c -> c.getOpenid().flatMap(OpenIdClientConfiguration::getIssuer).isPresent())
                .map(c -> provider(c, environment))
                .sorted(Comparator.comparing(Provider::id))
                .toList();
    }

    private static Provider provider(OauthClientConfiguration client, Environment environment) {
        String id = client.getName();
        String name = setting(environment, id, "name").orElse(id);
        IdentityClaim claim = IdentityClaim.of(setting(environment, id, "claim").orElse(null),
                setting(environment, id, "match").orElse(null));
        String issuer = client.getOpenid().flatMap(OpenIdClientConfiguration::getIssuer).orElseThrow().toString();
        return new Provider(id, name, client.getClientId(), issuer, claim,
                setting(environment, id, "api-audience").orElse(null));
    }

    private static Optional<String> setting(Environment environment, String id, String key) {
        return environment.getProperty(PREFIX + id + "." + key, String.class).filter(v -> !v.isBlank()).map(String::strip);
    }

    public List<Provider> all() {
        return providers;
    }

    public Optional<Provider> byId(String id) {
        return providers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The provider whose tokens carry this issuer ({@code iss}), ignoring a trailing slash. */
    public Optional<Provider> byIssuer(String issuer) {
        String wanted = trimmed(issuer);
        return providers.stream().filter(p -> trimmed(p.issuer()).equals(wanted)).findFirst();
    }

    /** The operator's name for the provider, or its id when the provider is no longer configured. */
    public String nameOf(String id) {
        return byId(id).map(Provider::name).orElse(id);
    }

    private static String trimmed(String issuer) {
        return issuer == null ? "" : issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }
}
