package dk.spor.placement.web;

import dk.spor.placement.application.PlacingByHand;
import dk.spor.placement.application.PlacingTeams;
import dk.spor.placement.application.ReadingPlacement;
import dk.spor.security.Role;
import dk.spor.security.Viewers;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Set;
import java.util.UUID;

/**
 * Placing a programme's people into module sessions (HR): whole teams, within capacity, in module order; moving a
 * team (or a person) by hand; placing those who have not chosen an elective; the placement per module.
 */
@Controller("/api/programmes/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.HR)
public class PlacementController {

    private final PlacingTeams placing;
    private final PlacingByHand byHand;
    private final ReadingPlacement reading;
    private final Viewers viewers;

    public PlacementController(PlacingTeams placing, PlacingByHand byHand, ReadingPlacement reading,
                               Viewers viewers) {
        this.placing = placing;
        this.byHand = byHand;
        this.reading = reading;
        this.viewers = viewers;
    }

    @Serdeable
    public record SessionChoice(@NotNull UUID sessionId) {
    }

    @Operation(summary = "Place everyone taking part into one session of each progressive module, or place them again"
            + " after changes: whole teams, within capacity, in module order, keeping everyone who can stay. The"
            + " report says who could not be placed and why.")
    @Post("/placement")
    public PlacingTeams.PlacementReport place(UUID id, Authentication authentication) {
        viewers.requireAny(authentication, Role.HR);
        return placing.place(id);
    }

    @Operation(summary = "The placement per module: sessions with how full they are and the teams in them, the"
            + " unplaced with reasons, and for an elective who has not chosen.")
    @Get("/placement")
    public ReadingPlacement.ProgrammePlacement placement(UUID id, Authentication authentication) {
        viewers.requireAny(authentication, Role.HR);
        return reading.of(id);
    }

    @Operation(summary = "Move a whole team into a session of a module by hand; refused when the session lacks room.")
    @Put("/modules/{moduleId}/teams/{unitId}/session")
    public ReadingPlacement.ProgrammePlacement moveTeam(UUID id, UUID moduleId, UUID unitId,
                                                        @Valid @Body SessionChoice body, Authentication authentication) {
        viewers.requireAny(authentication, Role.HR);
        byHand.moveTeam(id, moduleId, unitId, body.sessionId());
        return reading.of(id);
    }

    @Operation(summary = "Place one person into a session of a module by hand, e.g. someone who has not chosen.")
    @Put("/modules/{moduleId}/people/{personId}/session")
    public ReadingPlacement.ProgrammePlacement placePerson(UUID id, UUID moduleId, UUID personId,
                                                           @Valid @Body SessionChoice body,
                                                           Authentication authentication) {
        viewers.requireAny(authentication, Role.HR);
        byHand.placePerson(id, moduleId, personId, body.sessionId());
        return reading.of(id);
    }

    @Operation(summary = "Place everyone of an elective module who has not chosen, with their team where there is"
            + " room.")
    @Post("/modules/{moduleId}/place-unchosen")
    public PlacingTeams.PlacementReport placeUnchosen(UUID id, UUID moduleId, Authentication authentication) {
        viewers.requireAny(authentication, Role.HR);
        return placing.place(id, Set.of(moduleId), false);
    }
}
