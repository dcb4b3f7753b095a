package dk.spor.placement.web;

import dk.spor.placement.application.ChoosingSession;
import dk.spor.placement.application.ReadingMySessions;
import dk.spor.security.Viewers;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.UUID;

/** A participant's own module sessions, and choosing the session of an elective module. Only ever about the caller. */
@Controller("/api/me")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class MySessionsController {

    private final ReadingMySessions reading;
    private final ChoosingSession choosing;
    private final Viewers viewers;

    public MySessionsController(ReadingMySessions reading, ChoosingSession choosing, Viewers viewers) {
        this.reading = reading;
        this.choosing = choosing;
        this.viewers = viewers;
    }

    @Serdeable
    public record SessionChoice(@NotNull UUID sessionId) {
    }

    @Operation(summary = "Your sessions in every programme you take part in; for an elective its sessions to choose"
            + " from.")
    @Get("/sessions")
    public List<ReadingMySessions.MyProgrammeSessions> all(Authentication authentication) {
        return reading.all(viewers.of(authentication));
    }

    @Operation(summary = "Your sessions in one programme.")
    @Get("/programmes/{id}/sessions")
    public ReadingMySessions.MyProgrammeSessions of(UUID id, Authentication authentication) {
        return reading.of(viewers.of(authentication), id);
    }

    @Operation(summary = "Choose a session of an elective module: a place when it has room (a place you had in another"
            + " session of the module is freed), otherwise the end of its waiting list.")
    @Put("/programmes/{id}/modules/{moduleId}/choice")
    public ChoosingSession.Choice choose(UUID id, UUID moduleId, @Valid @Body SessionChoice body,
                                         Authentication authentication) {
        return choosing.choose(viewers.of(authentication), id, moduleId, body.sessionId());
    }

    @Operation(summary = "Give up your place and your place on a waiting list in an elective module.")
    @Delete("/programmes/{id}/modules/{moduleId}/choice")
    public HttpResponse<Void> withdraw(UUID id, UUID moduleId, Authentication authentication) {
        choosing.withdraw(viewers.of(authentication), id, moduleId);
        return HttpResponse.noContent();
    }
}
