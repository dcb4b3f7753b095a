package dk.spor.plugins.web;

import dk.spor.plugins.PolicyData;
import dk.spor.plugins.SectorData;
import dk.spor.plugins.Sectors;
import dk.spor.plugins.application.CreatingProgrammeFromSector;
import dk.spor.plugins.application.SwitchingPlugin;

import dk.spor.programme.application.ProgrammeView;
import dk.spor.programme.application.ReadingProgrammes;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.security.Viewers;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import dk.spor.plugin.api.LeadershipCase;
import dk.spor.plugin.api.ModuleTemplate;
import dk.spor.plugin.api.Offer;
import dk.spor.plugin.api.Text;
import dk.spor.plugin.api.UseCase;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Sector plugins: the list with versions and problems, switching them on and off, and their templates. */
@Controller("/api")
@SerdeImport(Text.class)
@SerdeImport(ModuleTemplate.class)
@SerdeImport(UseCase.class)
@SerdeImport(LeadershipCase.class)
@SerdeImport(Offer.class)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PluginController {

    private final Sectors sectors;
    private final SwitchingPlugin switching;
    private final CreatingProgrammeFromSector creating;
    private final ReadingProgrammes programmes;
    private final Viewers viewers;

    public PluginController(Sectors sectors, SwitchingPlugin switching, CreatingProgrammeFromSector creating,
                            ReadingProgrammes programmes, Viewers viewers) {
        this.sectors = sectors;
        this.switching = switching;
        this.creating = creating;
        this.programmes = programmes;
        this.viewers = viewers;
    }

    @Operation(summary = "Installed plugins with version, state and, for a broken one, the reason (HR).")
    @Get("/plugins")
    @Secured(Role.Names.HR)
    public List<Sectors.PluginView> plugins(Authentication authentication) {
        viewers.requireAny(authentication, Role.HR);
        return sectors.plugins();
    }

    @Serdeable
    public record Enabled(@NotNull Boolean enabled) {
    }

    @Operation(summary = "Enable or disable a plugin at run time (HR). Existing programmes keep what they copied.")
    @Put("/plugins/{id}/enabled")
    @Secured(Role.Names.HR)
    public Sectors.PluginView setEnabled(String id, @Valid @Body Enabled body, Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        return switching.setEnabled(id, body.enabled(), viewer.accountId());
    }

    @Operation(summary = "The enabled sectors with their module templates, use cases, leadership cases, offers and policy.")
    @Get("/sectors")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<SectorData> list() {
        return sectors.enabledSectors();
    }

    @Serdeable
    public record FromSector(@NotBlank String sectorId, @NotBlank @Size(max = 200) String name,
                             @NotEmpty List<@NotNull UUID> unitIds) {
    }

    @Operation(summary = "Create a draft programme from a sector's template (HR): its modules and booking policy are copied.")
    @Status(HttpStatus.CREATED)
    @Post("/programmes/from-sector")
    @Secured(Role.Names.HR)
    public HttpResponse<ProgrammeView> fromSector(@Valid @Body FromSector body, Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        UUID id = creating.create(body.sectorId(), body.name(), body.unitIds(), viewer.accountId());
        return HttpResponse.created(programmes.get(viewer, id), URI.create("/api/programmes/" + id));
    }

    @Operation(summary = "The action-learning booking policy a programme copied from its sector (empty: the default).")
    @Get("/programmes/{id}/action-learning-policy")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<PolicyData> policy(UUID id, Authentication authentication) {
        programmes.get(viewers.of(authentication), id);
        return sectors.policyOf(id).map(HttpResponse::ok).orElseGet(HttpResponse::noContent);
    }
}
