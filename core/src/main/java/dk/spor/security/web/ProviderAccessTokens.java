package dk.spor.security.web;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dk.spor.security.application.SigningInWithProvider;
import dk.spor.security.application.SingleSignOnProviders;
import dk.spor.site.Pages;
import io.micronaut.context.BeanContext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.oauth2.client.OpenIdProviderMetadata;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * Lets the JSON API take the identity provider's access tokens, for integrations, where the operator asked for it
 * with {@code spor.sign-in.providers.<id>.api-audience} ({@code SPOR_OIDC_<ID>_API_AUDIENCE}). A token counts when
 * the provider signed it (keys from the {@code jwks_uri} of its discovery document, fetched and cached), it is meant
 * for that audience ({@code aud}), and it has not expired; it then acts for the person its configured claim names,
 * with that person's roles in Spor's organisation. Pages never take them: a page's session is Spor's own.
 */
@Singleton
public class ProviderAccessTokens implements TokenValidator<HttpRequest<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderAccessTokens.class);
    private static final Set<JWSAlgorithm> SIGNATURES = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.ES256, JWSAlgorithm.ES384);

    private final SingleSignOnProviders providers;
    private final SigningInWithProvider signingIn;
    private final BeanContext beans;
    private final Scheduler blocking;
    private final Map<String, JWKSource<SecurityContext>> keys = new ConcurrentHashMap<>();

    public ProviderAccessTokens(SingleSignOnProviders providers, SigningInWithProvider signingIn, BeanContext beans,
                                @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.providers = providers;
        this.signingIn = signingIn;
        this.beans = beans;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    @Override
    public Publisher<Authentication> validateToken(String token, @Nullable HttpRequest<?> request) {
        if (request == null || PageRequests.isPage(request)) {
            return Mono.empty();
        }
        Optional<SingleSignOnProviders.Provider> provider = issuer(token).flatMap(providers::byIssuer)
                .filter(p -> p.apiAudience() != null);
        if (provider.isEmpty()) {
            return Mono.empty();
        }
        // the keys may have to be fetched, and the person is read from the database: off the event loop
        return Mono.fromCallable(() -> authenticate(token, provider.get())).subscribeOn(blocking)
                .flatMap(a -> a.map(Mono::just).orElseGet(Mono::empty));
    }

    private Optional<Authentication> authenticate(String token, SingleSignOnProviders.Provider provider) {
        JWTClaimsSet claims;
        try {
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(SIGNATURES, keysOf(provider)));
            // mutable sets: the verifier asks them whether they contain null, which Set.of answers with an exception
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                    new java.util.HashSet<>(Set.of(provider.apiAudience())), new JWTClaimsSet.Builder().build(),
                    new java.util.HashSet<>(Set.of("exp")), new java.util.HashSet<>()));
            claims = processor.process(token, null);
        } catch (Exception refused) {
            LOG.debug("An access token of {} was refused: {}", provider.id(), refused.toString());
            return Optional.empty();
        }
        SigningInWithProvider.Outcome outcome = signingIn.identifyApiCaller(provider.id(), claims.getClaims());
        return outcome.signedIn().map(s -> Authentication.build(s.accountId().toString(),
                s.roles().stream().map(Enum::name).sorted().toList(),
                Map.of(SingleSignOnMapper.PROVIDER, provider.id(), SingleSignOnMapper.USERNAME, s.username())));
    }

    private JWKSource<SecurityContext> keysOf(SingleSignOnProviders.Provider provider) {
        return keys.computeIfAbsent(provider.id(), id -> {
            String jwks = beans.getBean(OpenIdProviderMetadata.class, Qualifiers.byName(id)).getJwksUri();
            try {
                return JWKSourceBuilder.<SecurityContext>create(URI.create(jwks).toURL()).retrying(true).build();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException("The provider " + id + " names no usable jwks_uri: " + jwks, e);
            }
        });
    }

    private static Optional<String> issuer(String token) {
        try {
            return Optional.ofNullable(SignedJWT.parse(token).getJWTClaimsSet().getIssuer());
        } catch (Exception notAJwt) {
            return Optional.empty();
        }
    }
}
