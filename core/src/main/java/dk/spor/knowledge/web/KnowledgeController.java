package dk.spor.knowledge.web;

import dk.spor.knowledge.application.AddingResource;
import dk.spor.knowledge.application.SearchingResources;
import dk.spor.knowledge.application.SearchingUseCases;
import dk.spor.knowledge.model.ResourceKind;
import dk.spor.profiling.model.AttitudeType;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.security.Viewers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Track 4, virtual knowledge (virtuel viden): the use-case catalogue and the library, open to everyone signed in. */
@Controller("/api/knowledge")
@ExecuteOn(TaskExecutors.BLOCKING)
public class KnowledgeController {

    private final SearchingUseCases useCases;
    private final SearchingResources resources;
    private final AddingResource adding;
    private final Viewers viewers;

    public KnowledgeController(SearchingUseCases useCases, SearchingResources resources, AddingResource adding,
                               Viewers viewers) {
        this.useCases = useCases;
        this.resources = resources;
        this.adding = adding;
        this.viewers = viewers;
    }

    @Serdeable
    public record AddResource(@NotNull ResourceKind kind, @NotBlank @Size(max = 300) String title,
                              @Nullable @Size(max = 4000) String summary,
                              @Nullable @Size(max = 2000)
                              @Pattern(regexp = "https?://\\S+", message = "must be an http:// or https:// address")
                              String url,
                              @Nullable @Pattern(regexp = "da|en", message = "must be da or en") String language,
                              @Nullable @Size(max = 20) List<@NotBlank @Size(max = 60) String> tags,
                              @Nullable @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                                      message = "must be a sector plugin id such as sector-citizen-service")
                              String sectorId,
                              @Nullable List<@NotNull AttitudeType> attitudeTypes) {
    }

    @Operation(summary = "Search the use-case catalogue in Danish (q), filtered by category number, gain "
            + "(time/quality/service), horizon (now/planned/future), risk flag and the enabled sector that recommends "
            + "the case (e.g. sector-citizen-service).")
    @Get("/use-cases{?q,category,gain,horizon,risk,sector}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<SearchingUseCases.UseCaseView> useCases(@Nullable @QueryValue String q, @Nullable @QueryValue Integer category,
                                               @Nullable @QueryValue String gain, @Nullable @QueryValue String horizon,
                                               @Nullable @QueryValue String risk,
                                               @Nullable @QueryValue String sector) {
        return useCases.search(new SearchingUseCases.Criteria(q, category, gain, horizon, risk, sector));
    }

    @Operation(summary = "One use case, e.g. 1.3.")
    @Get("/use-cases/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public SearchingUseCases.UseCaseView useCase(String id) {
        return useCases.get(id);
    }

    @Operation(summary = "Search the library in Danish (q), filtered by kind, tag, sector, language (da/en) and "
            + "attitude type (resources for that type and those for everyone).")
    @Get("/resources{?q,kind,tag,sector,language,attitudeType}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<SearchingResources.ResourceView> resources(@Nullable @QueryValue String q, @Nullable @QueryValue ResourceKind kind,
                                                  @Nullable @QueryValue String tag,
                                                  @Nullable @QueryValue String sector,
                                                  @Nullable @QueryValue String language,
                                                  @Nullable @QueryValue String attitudeType) {
        return resources.search(new SearchingResources.Criteria(q, kind, tag, sector, language, attitudeType));
    }

    @Operation(summary = "One resource.")
    @Get("/resources/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public SearchingResources.ResourceView resource(UUID id) {
        return resources.get(id);
    }

    @Operation(summary = "Add a resource to the library (HR).")
    @Status(HttpStatus.CREATED)
    @Post("/resources")
    @Secured(Role.Names.HR)
    public HttpResponse<SearchingResources.ResourceView> addResource(@Valid @Body AddResource body,
                                                            Authentication authentication) {
        Viewer viewer = viewers.requireAny(authentication, Role.HR);
        UUID id = adding.add(new AddingResource.NewResource(body.kind(), body.title(), body.summary(), body.url(),
                body.language(), body.tags(), body.sectorId(), body.attitudeTypes()), viewer.accountId());
        return HttpResponse.created(resources.get(id), URI.create("/api/knowledge/resources/" + id));
    }
}
