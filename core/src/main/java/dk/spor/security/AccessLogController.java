package dk.spor.security;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;

import java.util.List;

/** The employee's own view of who read their individual data. */
@Controller("/api/me/access-log")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class AccessLogController {

    private final PersonalDataReads reads;
    private final Viewers viewers;

    public AccessLogController(PersonalDataReads reads, Viewers viewers) {
        this.reads = reads;
        this.viewers = viewers;
    }

    @Operation(summary = "Who read your learning goals or your shared profile, why and when, newest first.")
    @Get
    public List<PersonalDataReads.Read> mine(Authentication authentication) {
        Viewer viewer = viewers.of(authentication);
        return viewer.person().map(reads::of).orElse(List.of());
    }
}
