package dk.spor.security.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.oauth2.endpoint.authorization.pkce.DefaultPkceFactory;
import io.micronaut.security.oauth2.endpoint.authorization.pkce.PkceChallenge;
import io.micronaut.security.oauth2.endpoint.authorization.pkce.PkceFactory;
import io.micronaut.security.oauth2.endpoint.authorization.pkce.PkceGenerator;
import io.micronaut.security.oauth2.endpoint.authorization.pkce.persistence.PkcePersistence;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * PKCE (S256) on every sign-in. Micronaut sends a code challenge only when the discovery document lists
 * {@code code_challenge_methods_supported}; Microsoft Entra ID supports PKCE without listing it. A provider that does
 * not support it ignores the parameter, as OAuth 2.0 asks of unknown parameters.
 */
@Singleton
@Replaces(DefaultPkceFactory.class)
public class AlwaysPkce implements PkceFactory {

    static final List<String> S256 = List.of("S256");

    private final DefaultPkceFactory pkce;

    public AlwaysPkce(List<PkceGenerator> generators, PkcePersistence persistence) {
        this.pkce = new DefaultPkceFactory(generators, persistence);
    }

    @Override
    public Optional<PkceChallenge> buildChallenge(HttpRequest<?> request, MutableHttpResponse<?> response,
                                                  @Nullable List<String> supported) {
        return pkce.buildChallenge(request, response, supported == null || supported.isEmpty() ? S256 : supported);
    }
}
