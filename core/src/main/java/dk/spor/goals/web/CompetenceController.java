package dk.spor.goals.web;

import dk.spor.goals.application.CompetenceView;
import dk.spor.goals.application.ProgressRow;
import dk.spor.goals.application.ReadingCompetenceProgress;
import dk.spor.goals.application.ReadingProgrammeCompetences;
import dk.spor.goals.application.ReplacingProgrammeCompetences;
import dk.spor.goals.model.CompetenceLevel;
import dk.spor.goals.model.CompetenceList;
import dk.spor.security.Role;
import dk.spor.security.Viewers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
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
import java.util.Map;
import java.util.UUID;

/** A programme's competences (kende / kunne / mestre per role) and the manager's progress per competence. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CompetenceController {

    private final ReplacingProgrammeCompetences replacing;
    private final ReadingProgrammeCompetences reading;
    private final ReadingCompetenceProgress progress;
    private final Viewers viewers;

    public CompetenceController(ReplacingProgrammeCompetences replacing, ReadingProgrammeCompetences reading,
                                ReadingCompetenceProgress progress, Viewers viewers) {
        this.replacing = replacing;
        this.reading = reading;
        this.progress = progress;
        this.viewers = viewers;
    }

    /**
     * One competence. Its fields are checked by {@link CompetenceList} rather than by annotations, so that one answer
     * names every bad entry, duplicates included.
     */
    @Serdeable
    public record CompetenceBody(@Nullable String key, @Nullable String nameDa, @Nullable String nameEn,
                                 @Nullable String description, @Nullable Map<String, CompetenceLevel> targets) {
        CompetenceList.Entry toEntry() {
            return new CompetenceList.Entry(key, nameDa, nameEn, description, targets);
        }
    }

    @Serdeable
    public record CompetencesBody(@NotNull List<@NotNull CompetenceBody> competences) {
    }

    @Operation(summary = "Replace the programme's whole list of competences with target levels per role (HR); all or "
            + "nothing, and a competence a goal refers to cannot be removed.")
    @Put("/programmes/{id}/competences")
    @Secured(Role.Names.HR)
    public List<CompetenceView> replace(UUID id, @Valid @Body CompetencesBody body,
                                                             Authentication authentication) {
        return replacing.replace(viewers.requireAny(authentication, Role.HR), id,
                body.competences().stream().map(CompetenceBody::toEntry).toList());
    }

    @Operation(summary = "The programme's competences in order, with Danish and English names and the target per role.")
    @Get("/programmes/{id}/competences")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<CompetenceView> list(UUID id, Authentication authentication) {
        return reading.list(viewers.of(authentication), id);
    }

    @Operation(summary = "Progress per competence over the goals in the units you manage: counts only, none for "
            + "fewer people than the minimum group size.")
    @Get("/managers/me/competence-progress{?programmeId}")
    @Secured(Role.Names.MANAGER)
    public List<ProgressRow> progress(@Nullable @QueryValue UUID programmeId,
                                                           Authentication authentication) {
        return progress.progress(viewers.requireAny(authentication, Role.MANAGER), programmeId);
    }
}
