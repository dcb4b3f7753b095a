package dk.spor.privacy.web;

import dk.spor.privacy.application.MyData;
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

    private final MyData data;
    private final Viewers viewers;

    public MyDataController(MyData data, Viewers viewers) {
        this.data = data;
        this.viewers = viewers;
    }

    @Operation(summary = "Everything Spor holds about you, as one JSON file.")
    @Get("/export")
    public HttpResponse<MyData.Export> export(Authentication authentication) {
        return HttpResponse.ok(data.export(viewers.of(authentication)))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"spor-mine-data.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Operation(summary = "Erase what is yours alone (survey answers and profiles, evidence, evaluations, busy time,"
            + " feed, notifications, reflections); the answer lists what was erased and what stays, and why.")
    @Delete
    public MyData.Erased erase(Authentication authentication) {
        return data.erase(viewers.of(authentication));
    }
}
