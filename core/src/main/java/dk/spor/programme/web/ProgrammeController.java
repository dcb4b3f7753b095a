package dk.spor.programme.web;

import dk.spor.programme.application.AddingModule;
import dk.spor.programme.application.AddingSession;
import dk.spor.programme.application.CancellingSession;
import dk.spor.programme.application.ChangingSession;
import dk.spor.programme.application.SettingChoiceDeadline;
import dk.spor.programme.application.AddingUnit;
import dk.spor.programme.application.ChangingProgrammeState;
import dk.spor.programme.application.MovingModule;
import dk.spor.programme.application.NewModule;
import dk.spor.programme.application.NewSession;
import dk.spor.programme.application.PlanningProgramme;
import dk.spor.programme.application.ProgrammeView;
import dk.spor.programme.application.ReadingParticipants;
import dk.spor.programme.application.ReadingProgrammes;
import dk.spor.programme.model.ActionLearningBlock;
import dk.spor.programme.model.Delivery;
import dk.spor.programme.model.ModuleGap;
import dk.spor.programme.model.ModuleKind;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.security.Viewers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
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

    private final PlanningProgramme planning;
    private final AddingUnit addingUnit;
    private final AddingModule addingModule;
    private final MovingModule movingModule;
    private final ChangingProgrammeState changingState;
    private final ReadingProgrammes reading;
    private final ReadingParticipants participants;
    private final Viewers viewers;
    private final AddingSession addingSession;
    private final ChangingSession changingSession;
    private final CancellingSession cancellingSession;
    private final SettingChoiceDeadline settingDeadline;

    public ProgrammeController(PlanningProgramme planning, AddingUnit addingUnit, AddingModule addingModule,
                               MovingModule movingModule, ChangingProgrammeState changingState,
                               ReadingProgrammes reading, ReadingParticipants participants, Viewers viewers,
                               AddingSession addingSession, ChangingSession changingSession,
                               CancellingSession cancellingSession, SettingChoiceDeadline settingDeadline) {
        this.addingSession = addingSession;
        this.changingSession = changingSession;
        this.cancellingSession = cancellingSession;
        this.settingDeadline = settingDeadline;
        this.planning = planning;
        this.addingUnit = addingUnit;
        this.addingModule = addingModule;
        this.movingModule = movingModule;
        this.changingState = changingState;
        this.reading = reading;
        this.participants = participants;
        this.viewers = viewers;
    }

    /** {@code minimumGapDays}: the least days between a person's session of one module and of the next. */
    @Serdeable
    public record CreateProgramme(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 4000) String description,
                                  @NotEmpty List<@NotNull UUID> unitIds,
                                  @Nullable @Min(ActionLearningBlock.MIN_MINUTES) @Max(ActionLearningBlock.MAX_MINUTES)
                                  Integer actionLearningMinutes,
                                  @Nullable @Min(ModuleGap.MIN_DAYS) @Max(ModuleGap.MAX_DAYS) Integer minimumGapDays) {
    }

    /** In a room ({@code roomId}) the capacity is the room's unless a smaller one is given. */
    @Serdeable
    public record SessionBody(@NotNull LocalDateTime start, @NotNull LocalDateTime end,
                              @Nullable @Size(max = 300) String location, @Nullable @Min(1) Integer capacity,
                              @Nullable UUID roomId) {
    }

    /** {@code choiceDeadline}: for an elective, by when participants choose their session (Copenhagen time). */
    @Serdeable
    public record ModuleBody(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 4000) String description,
                             @NotNull ModuleKind kind, @NotNull Delivery delivery,
                             @NotNull List<@Valid @NotNull SessionBody> sessions,
                             @Nullable LocalDateTime choiceDeadline) {
    }

    @Serdeable
    public record DeadlineBody(@Nullable LocalDateTime deadline) {
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
    @Status(HttpStatus.CREATED)
    @Post
    @Secured(Role.Names.HR)
    public HttpResponse<ProgrammeView> create(@Valid @Body CreateProgramme body, Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        UUID id = planning.create(body.name(), body.description(), body.unitIds(),
                body.actionLearningMinutes() == null ? ActionLearningBlock.DEFAULT_MINUTES : body.actionLearningMinutes(),
                body.minimumGapDays() == null ? ModuleGap.DEFAULT_DAYS : body.minimumGapDays(), viewer.accountId());
        return HttpResponse.created(reading.get(viewer, id), URI.create("/api/programmes/" + id));
    }

    @Operation(summary = "The programmes you may see.")
    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<ProgrammeView> list(Authentication authentication) {
        return reading.visibleTo(viewers.of(authentication));
    }

    @Operation(summary = "One programme with its four tracks, units, modules and sessions.")
    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ProgrammeView get(UUID id, Authentication authentication) {
        return reading.get(viewers.of(authentication), id);
    }

    @Operation(summary = "Who takes part (HR: everyone; managers: people in the units they manage).")
    @Get("/{id}/participants")
    @Secured({Role.Names.HR, Role.Names.MANAGER})
    public List<ReadingParticipants.Participant> participants(UUID id, Authentication authentication) {
        return participants.participants(viewers.of(authentication), id);
    }

    @Operation(summary = "Add a unit (HR); its people and its sub-units' people are enrolled.")
    @Post("/{id}/units")
    @Secured(Role.Names.HR)
    public ProgrammeView addUnit(UUID id, @Valid @Body UnitBody body, Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        addingUnit.add(id, body.unitId(), viewer.accountId());
        return reading.get(viewer, id);
    }

    @Operation(summary = "Add a training module at the end of the sequence (HR).")
    @Status(HttpStatus.CREATED)
    @Post("/{id}/modules")
    @Secured(Role.Names.HR)
    public HttpResponse<ProgrammeView> addModule(UUID id, @Valid @Body ModuleBody body,
                                                            Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        UUID module = addingModule.add(id, new NewModule(body.title(), body.description(), body.kind(),
                body.delivery(), sessions(body.sessions()), body.choiceDeadline()), viewer.accountId());
        return HttpResponse.created(reading.get(viewer, id), URI.create("/api/programmes/" + id + "#" + module));
    }

    @Operation(summary = "Move a module: replace its sessions (HR). Bookings around it follow.")
    @Put("/{id}/modules/{moduleId}/sessions")
    @Secured(Role.Names.HR)
    public ProgrammeView moveModule(UUID id, UUID moduleId, @Valid @Body SessionsBody body,
                                               Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        movingModule.move(id, moduleId, sessions(body.sessions()), viewer.accountId());
        return reading.get(viewer, id);
    }

    @Operation(summary = "Add a session to a module (HR); the people placed in the module follow.")
    @Post("/{id}/modules/{moduleId}/sessions")
    @Secured(Role.Names.HR)
    public HttpResponse<ProgrammeView> addSession(UUID id, UUID moduleId, @Valid @Body SessionBody body,
                                                  Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        UUID session = addingSession.add(id, moduleId, session(body), viewer.accountId());
        return HttpResponse.created(reading.get(viewer, id), URI.create("/api/programmes/" + id + "#" + session));
    }

    @Operation(summary = "Move one session or change its room or capacity (HR). It keeps its id; the people in it stay"
            + " where they can, and those who move are told.")
    @Put("/{id}/modules/{moduleId}/sessions/{sessionId}")
    @Secured(Role.Names.HR)
    public ProgrammeView changeSession(UUID id, UUID moduleId, UUID sessionId, @Valid @Body SessionBody body,
                                       Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        changingSession.change(id, moduleId, sessionId, session(body), viewer.accountId());
        return reading.get(viewer, id);
    }

    @Operation(summary = "Cancel a session that has not taken place (HR); its people are placed in the others and told.")
    @Delete("/{id}/modules/{moduleId}/sessions/{sessionId}")
    @Secured(Role.Names.HR)
    public ProgrammeView cancelSession(UUID id, UUID moduleId, UUID sessionId, Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        cancellingSession.cancel(id, moduleId, sessionId, viewer.accountId());
        return reading.get(viewer, id);
    }

    @Operation(summary = "Set or clear an elective module's deadline for choosing a session (HR).")
    @Put("/{id}/modules/{moduleId}/choice-deadline")
    @Secured(Role.Names.HR)
    public ProgrammeView setChoiceDeadline(UUID id, UUID moduleId, @Valid @Body DeadlineBody body,
                                           Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        settingDeadline.set(id, moduleId, body.deadline(), viewer.accountId());
        return reading.get(viewer, id);
    }

    @Operation(summary = "Change the programme's state (HR); an illegal transition is refused with the reason.")
    @Post("/{id}/state")
    @Secured(Role.Names.HR)
    public ProgrammeView changeState(UUID id, @Valid @Body StateChange body, Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        changingState.change(id, body.to(), body.reason(), viewer.accountId());
        return reading.get(viewer, id);
    }

    private static List<NewSession> sessions(List<SessionBody> bodies) {
        return bodies.stream().map(ProgrammeController::session).toList();
    }

    private static NewSession session(SessionBody s) {
        return new NewSession(s.start(), s.end(), s.location(), s.capacity(), s.roomId());
    }
}
