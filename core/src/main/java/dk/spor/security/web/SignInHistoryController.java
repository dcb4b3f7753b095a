package dk.spor.security.web;

import dk.spor.security.Viewers;
import dk.spor.security.application.ReadingMySignIns;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;

import java.util.List;

/** The signed-in person's own sign-ins, for "Mine data". */
@Controller("/api/me/sign-ins")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class SignInHistoryController {

    private final ReadingMySignIns reading;
    private final Viewers viewers;

    public SignInHistoryController(ReadingMySignIns reading, Viewers viewers) {
        this.reading = reading;
        this.viewers = viewers;
    }

    @Operation(summary = "Your sign-ins, newest first: when, with a password or through which identity provider,"
            + " from a browser or a program (API), and whether it linked your account to the provider.")
    @Get
    public List<ReadingMySignIns.SignIn> mine(Authentication authentication) {
        return reading.mine(viewers.of(authentication));
    }
}
