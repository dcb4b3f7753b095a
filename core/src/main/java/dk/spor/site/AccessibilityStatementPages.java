package dk.spor.site;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
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

import java.time.LocalDate;

/**
 * "Tilgængelighedserklæring": the accessibility statement the web accessibility law (lov nr. 692 af 8. juni 2018)
 * asks of every public body's website, staff systems included, linked from every page. The organisation running Spor
 * names itself and its contact in the configuration.
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
public class AccessibilityStatementPages {

    /** When the statement was last reviewed against the pages; change it with the statement. */
    static final LocalDate REVIEWED = LocalDate.of(2026, 12, 1);

    private final Pages pages;
    private final String organisation;
    private final String contact;
    private final String phone;

    public AccessibilityStatementPages(Pages pages,
                                       @Value("${spor.accessibility.organisation:}") String organisation,
                                       @Value("${spor.accessibility.contact:}") String contact,
                                       @Value("${spor.accessibility.phone:}") String phone) {
        this.pages = pages;
        this.organisation = organisation;
        this.contact = contact;
        this.phone = phone;
    }

    /**
     * {@code organisation}, {@code contact} (an e-mail address) and {@code phone} are null when the operator has not
     * named them; the law asks for a written and a telephone contact.
     */
    public record Statement(@Nullable String organisation, @Nullable String contact, @Nullable String phone,
                            LocalDate reviewed) {
    }

    @Get("/tilgaengelighed")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> statement(HttpRequest<?> request) {
        return pages.render(pages.context(request), "web/accessibility", new Statement(
                blankToNull(organisation), blankToNull(contact), blankToNull(phone), REVIEWED));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
