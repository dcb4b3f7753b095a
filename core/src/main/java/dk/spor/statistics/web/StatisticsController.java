package dk.spor.statistics.web;

import dk.spor.security.Viewers;
import dk.spor.statistics.application.ReadingDataPolicy;
import dk.spor.statistics.application.ReadingProgrammeStatistics;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;

import java.util.UUID;

/** Programme-level statistics and the data policy in force. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class StatisticsController {

    private final ReadingProgrammeStatistics statistics;
    private final ReadingDataPolicy policy;
    private final Viewers viewers;

    public StatisticsController(ReadingProgrammeStatistics statistics, ReadingDataPolicy policy, Viewers viewers) {
        this.statistics = statistics;
        this.policy = policy;
        this.viewers = viewers;
    }

    @Operation(summary = "A programme at a glance (everyone who reads the programme): counts only, withheld below the"
            + " minimum group size.")
    @Get("/programmes/{id}/statistics")
    public ReadingProgrammeStatistics.Statistics programme(UUID id, Authentication authentication) {
        return statistics.of(viewers.of(authentication), id);
    }

    @Operation(summary = "How Spor handles employee data here, with this installation's settings, in Danish and"
            + " English.")
    @Get("/data-policy")
    public ReadingDataPolicy.Policy dataPolicy() {
        return policy.policy();
    }
}
