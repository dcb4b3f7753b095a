package dk.spor.plugins.web;

import dk.spor.plugins.SectorData;
import dk.spor.plugins.Sectors;
import dk.spor.plugins.application.SwitchingPlugin;
import dk.spor.security.Role;
import dk.spor.site.NavigationEntry;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import dk.spor.web.page.Reasons;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Udvidelser (HR): the installed sector plugins with their version and state, why a broken one is not in use, and
 * switching a working one off or on. The same use cases as {@code GET /api/plugins} and
 * {@code PUT /api/plugins/{id}/enabled}; programmes already made from a plugin keep what they copied.
 */
@Hidden
@Controller("/udvidelser")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.HR)
public class PluginPages {

    /** Why a plugin is not in use, in the page's language; the technical detail is shown beside it. */
    static final Reasons PROBLEMS = Reasons.of(
            "cannot be loaded \\(not a plugin jar\\?\\)", "hr.plugins.problem.notAJar",
            "cannot be loaded: (.*)", "hr.plugins.problem.cannotLoad",
            "cannot start: (.*)", "hr.plugins.problem.cannotStart",
            "requires plugin API (.*), but this Spor offers (.*)", "hr.plugins.problem.wrongApi",
            "did not start \\((.*)\\)", "hr.plugins.problem.didNotStart",
            "did not answer within (\\d+) s", "hr.plugins.problem.hangs",
            "was interrupted", "hr.plugins.problem.interrupted",
            "threw (.*)", "hr.plugins.problem.threw");
    /** A technical detail starts with the exception's simple name; the page leaves the name out. */
    private static final java.util.regex.Pattern EXCEPTION = java.util.regex.Pattern.compile(
            "\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)(?:: )?");

    private final Pages pages;
    private final Sectors sectors;
    private final SwitchingPlugin switching;

    public PluginPages(Pages pages, Sectors sectors, SwitchingPlugin switching) {
        this.pages = pages;
        this.sectors = sectors;
        this.switching = switching;
    }

    /** A plugin as the page shows it; {@code problem} in the page's language, null when it works. */
    public record Line(String id, @Nullable String version, String file, boolean working, boolean enabled,
                       List<String> sectors, @Nullable String problem) {
    }

    /** {@code switched}: the plugin just switched, {@code on} whether it is now on. */
    public record PluginsPage(List<Line> plugins, @Nullable String switched, boolean on) {
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.plugins", order = 330, roles = Role.HR)
    public HttpResponse<?> plugins(HttpRequest<?> request, @Nullable @QueryValue String skiftet,
                                   @Nullable @QueryValue String til) {
        PageContext ctx = pages.context(request);
        Map<String, String> names = sectors.enabledSectors().stream()
                .collect(Collectors.toMap(SectorData::id, s -> s.name().in(ctx.language().locale()), (a, b) -> a));
        List<Line> lines = sectors.plugins().stream().map(p -> {
            boolean working = p.problem() == null;
            String problem = working ? null : problem(ctx, p.problem());
            return new Line(p.id(), p.version(), p.file(), working, p.enabled(),
                    p.sectors().stream().map(s -> names.getOrDefault(s, s)).toList(), problem);
        }).toList();
        return pages.render(ctx, "plugins/plugins", new PluginsPage(lines, skiftet, "ja".equals(til)));
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> setEnabled(HttpRequest<?> request, String id, @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        boolean enabled = "true".equals(String.valueOf(body.get("enabled")));
        switching.setEnabled(id, enabled, ctx.viewer().accountId());
        return Pages.seeOther("/udvidelser?skiftet="
                + URLEncoder.encode(id, StandardCharsets.UTF_8) + "&til=" + (enabled ? "ja" : "nej"));
    }

    /** "Kan ikke indlæses: …" with the technical detail after it, without Java's exception names. */
    static String problem(PageContext ctx, String problem) {
        Optional<String> danish = PROBLEMS.in(ctx.t(), EXCEPTION.matcher(problem).replaceAll("").strip());
        return danish.orElseGet(() -> ctx.t().text("hr.plugins.problem.other",
                EXCEPTION.matcher(problem).replaceAll("").strip()));
    }
}
