package dk.spor.programme.web;

import dk.spor.programme.application.Programmes;
import dk.spor.programme.model.Delivery;
import dk.spor.programme.model.ModuleKind;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.security.Viewers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Programmes (forløb): planned by HR, read by the people they concern. Times are Europe/Copenhagen wall time. */
@Controller("/api/programmes")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProgrammeController {

    private final Programmes programmes;
    private final Viewers viewers;

    public ProgrammeController(Programmes programmes, Viewers viewers) {
        this.programmes = programmes;
        this.viewers = viewers;
    }

    @Serdeable
    public record CreateProgramme(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 4000) String description,
                                  @NotEmpty List<@NotNull UUID> unitIds,
                                  @Nullable @Min(60) @Max(120) Integer actionLearningMinutes) {
    }

    @Serdeable
    public record SessionBody(@NotNull LocalDateTime start, @NotNull LocalDateTime end,
                              @Nullable @Size(max = 300) String location, @Nullable @Min(1) Integer capacity) {
    }

    @Serdeable
    public record ModuleBody(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 4000) String description,
                             @NotNull ModuleKind kind, @NotNull Delivery delivery,
                             @NotNull List<@Valid @NotNull SessionBody> sessions) {
    }

    @Serdeable
    public record SessionsBody(@NotEmpty List<@Valid @NotNull SessionBody> sessions) {
    }

    @Serdeable
    public record StateChange(@NotNull ProgrammeState to, @Nullable @Size(max = 1000) String reason) {
    }

    @Serdeable
    public record UnitBody(@NotNull UUID unitId) {
    }

    @Operation(summary = "Create a programme for whole units (HR). Everyone in them and their sub-units is enrolled.")
    @Post
    @Secured(Role.Names.HR)
    public HttpResponse<Programmes.ProgrammeView> create(@Valid @Body CreateProgramme body, Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        UUID id = programmes.create(body.name(), body.description(), body.unitIds(),
                body.actionLearningMinutes() == null ? 90 : body.actionLearningMinutes(), viewer.accountId());
        return HttpResponse.created(programmes.get(viewer, id), URI.create("/api/programmes/" + id));
    }

    @Operation(summary = "The programmes you may see.")
    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<Programmes.ProgrammeView> list(Authentication authentication) {
        return programmes.visibleTo(viewers.of(authentication));
    }

    @Operation(summary = "One programme with its four tracks, units, modules and sessions.")
    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public Programmes.ProgrammeView get(UUID id, Authentication authentication) {
        return programmes.get(viewers.of(authentication), id);
    }

    @Operation(summary = "Who takes part (HR: everyone; managers: people in the units they manage).")
    @Get("/{id}/participants")
    @Secured({Role.Names.HR, Role.Names.MANAGER})
    public List<Programmes.Participant> participants(UUID id, Authentication authentication) {
        return programmes.participants(viewers.of(authentication), id);
    }

    @Operation(summary = "Add a unit (HR); its people and its sub-units' people are enrolled.")
    @Post("/{id}/units")
    @Secured(Role.Names.HR)
    public Programmes.ProgrammeView addUnit(UUID id, @Valid @Body UnitBody body, Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        programmes.addUnit(id, body.unitId(), viewer.accountId());
        return programmes.get(viewer, id);
    }

    @Operation(summary = "Add a training module at the end of the sequence (HR).")
    @Post("/{id}/modules")
    @Secured(Role.Names.HR)
    public HttpResponse<Programmes.ProgrammeView> addModule(UUID id, @Valid @Body ModuleBody body,
                                                            Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        UUID module = programmes.addModule(id, new Programmes.NewModule(body.title(), body.description(), body.kind(),
                body.delivery(), sessions(body.sessions())), viewer.accountId());
        return HttpResponse.created(programmes.get(viewer, id), URI.create("/api/programmes/" + id + "#" + module));
    }

    @Operation(summary = "Move a module: replace its sessions (HR). Bookings around it follow.")
    @Put("/{id}/modules/{moduleId}/sessions")
    @Secured(Role.Names.HR)
    public Programmes.ProgrammeView moveModule(UUID id, UUID moduleId, @Valid @Body SessionsBody body,
                                               Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        programmes.replaceSessions(id, moduleId, sessions(body.sessions()), viewer.accountId());
        return programmes.get(viewer, id);
    }

    @Operation(summary = "Change the programme's state (HR); an illegal transition is refused with the reason.")
    @Post("/{id}/state")
    @Secured(Role.Names.HR)
    public Programmes.ProgrammeView changeState(UUID id, @Valid @Body StateChange body, Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        programmes.changeState(id, body.to(), body.reason(), viewer.accountId());
        return programmes.get(viewer, id);
    }

    private static List<Programmes.NewSession> sessions(List<SessionBody> bodies) {
        return bodies.stream().map(s -> new Programmes.NewSession(s.start(), s.end(), s.location(), s.capacity())).toList();
    }
}
