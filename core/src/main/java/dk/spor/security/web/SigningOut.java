package dk.spor.security.web;

import dk.spor.security.Accounts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Signing out ends the session's token at once, for the API ({@code POST /api/logout}) as for pages
 * ({@code /log-ud}, {@code SignInPages}): a copy of the token is worth nothing afterwards.
 */
@Controller("/api/logout")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class SigningOut {

    /** Kept at least this long when a token says nothing of when it runs out: longer than any token lives. */
    private static final Duration LONGEST_SESSION = Duration.ofDays(1);

    private final Ending ending;

    public SigningOut(Ending ending) {
        this.ending = ending;
    }

    @Operation(summary = "Sign out: the bearer token of this session stops working now.")
    @ApiResponse(responseCode = "204", description = "Signed out")
    @Post
    public HttpResponse<Void> signOut(Authentication authentication) {
        ending.end(authentication);
        return HttpResponse.noContent();
    }

    /** Ends the session of a request's token, if it has one. */
    @Singleton
    public static class Ending {

        private final Accounts accounts;

        public Ending(Accounts accounts) {
            this.accounts = accounts;
        }

        public void end(HttpRequest<?> request) {
            request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class).ifPresent(this::end);
        }

        public void end(@Nullable Authentication authentication) {
            if (authentication == null || !(authentication.getAttributes().get("jti") instanceof String jti)) {
                return;
            }
            Object exp = authentication.getAttributes().get("exp");
            Instant runsOut = exp instanceof Date date ? date.toInstant()
                    : exp instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue())
                    : exp instanceof Instant instant ? instant
                    : Instant.now().plus(LONGEST_SESSION);
            accounts.endSession(jti, runsOut);
        }
    }
}
