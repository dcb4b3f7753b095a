package dk.spor.statistics.web;

import dk.spor.security.Role;
import dk.spor.statistics.application.ReadingDataPolicy;
import dk.spor.site.NavigationEntry;
import dk.spor.site.Pages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * "Sådan bruger Spor dine data": the data policy as this installation runs it, from the same {@link ReadingDataPolicy} as
 * {@code GET /api/data-policy}. Public, so that employees and their representatives can read it before signing in;
 * in the representative's navigation as "Data og regler".
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
public class DataPolicyPages {

    private final Pages pages;
    private final ReadingDataPolicy policy;

    public DataPolicyPages(Pages pages, ReadingDataPolicy policy) {
        this.pages = pages;
        this.policy = policy;
    }

    @Get("/data-og-regler")
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.dataAndRules", order = 210, roles = Role.REPRESENTATIVE)
    public HttpResponse<?> dataPolicy(HttpRequest<?> request) {
        return pages.render(pages.context(request), "statistics/dataPolicy", policy.policy());
    }
}
