package dk.spor.privacy.web;

import dk.spor.privacy.application.ErasingMyData;
import dk.spor.privacy.application.ExportingMyData;
import dk.spor.security.Viewers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;

/** The signed-in employee's own data: export all of it, erase what is theirs alone. */
@Controller("/api/me/data")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class MyDataController {

    private final ExportingMyData exporting;
    private final ErasingMyData erasing;
    private final Viewers viewers;

    public MyDataController(ExportingMyData exporting, ErasingMyData erasing, Viewers viewers) {
        this.exporting = exporting;
        this.erasing = erasing;
        this.viewers = viewers;
    }

    @Operation(summary = "Everything Spor holds about you, as one JSON file.")
    @Get("/export")
    public HttpResponse<ExportingMyData.Export> export(Authentication authentication) {
        return HttpResponse.ok(exporting.export(viewers.of(authentication)))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"spor-mine-data.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Operation(summary = "Erase what is yours alone (survey answers and profiles, evidence, evaluations, busy time,"
            + " feed, notifications, reflections); the answer lists what was erased and what stays, and why.")
    @Delete
    public ErasingMyData.Erased erase(Authentication authentication) {
        return erasing.erase(viewers.of(authentication));
    }
}
