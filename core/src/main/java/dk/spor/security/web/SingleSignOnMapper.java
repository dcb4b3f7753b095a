package dk.spor.security.web;

import dk.spor.security.application.SigningInWithProvider;
import dk.spor.security.model.Refusal;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationFailed;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.DefaultOpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Turns a checked ID token into Spor's own sign-in: the account and roles from Spor's organisation
 * ({@link SigningInWithProvider}), never the provider's groups. The session that follows is Spor's JWT, as for a
 * password; the ID token is kept beside it only to end the provider's session at sign-out ({@link SignInHandler}).
 */
@Singleton
@Replaces(DefaultOpenIdAuthenticationMapper.class)
public class SingleSignOnMapper implements OpenIdAuthenticationMapper {

    /** The authentication's attributes: the provider signed in with, and its ID token (not put in Spor's JWT). */
    public static final String PROVIDER = "provider";
    public static final String ID_TOKEN = OPENID_TOKEN_KEY;
    static final String USERNAME = "username";

    /** A sign-in refused with the reason the person is told. */
    public static final class Refused extends AuthenticationFailed {
        private final Refusal refusal;
        private final String provider;

        Refused(Refusal refusal, String provider) {
            super("Refused: " + refusal);
            this.refusal = refusal;
            this.provider = provider;
        }

        public Refusal refusal() {
            return refusal;
        }

        public String provider() {
            return provider;
        }
    }

    private final SigningInWithProvider signingIn;
    private final Scheduler blocking;

    public SingleSignOnMapper(SigningInWithProvider signingIn,
                              @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.signingIn = signingIn;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String providerName,
                                                                         OpenIdTokenResponse tokenResponse,
                                                                         OpenIdClaims claims, @Nullable State state) {
        // the database is asked: off the event loop
        return Mono.fromCallable(() -> answer(providerName, tokenResponse, claims)).subscribeOn(blocking);
    }

    private AuthenticationResponse answer(String provider, OpenIdTokenResponse tokenResponse, OpenIdClaims claims) {
        Instant expires = claims.getExpirationTime() == null ? null : claims.getExpirationTime().toInstant();
        SigningInWithProvider.Outcome outcome = signingIn.signIn(provider, claims.getSubject(), claims.getClaims(),
                claims.getNonce(), expires);
        if (outcome.signedIn().isEmpty()) {
            return new Refused(outcome.refusal().orElse(Refusal.FAILED), provider);
        }
        SigningInWithProvider.SignedIn signedIn = outcome.signedIn().get();
        return AuthenticationResponse.success(signedIn.accountId().toString(),
                signedIn.roles().stream().map(Enum::name).sorted().toList(),
                Map.of(USERNAME, signedIn.username(), PROVIDER, provider, ID_TOKEN, tokenResponse.getIdToken()));
    }
}
