package dk.spor.status;

import dk.spor.security.Role;
import io.micronaut.core.async.annotation.SingleResult;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import org.reactivestreams.Publisher;

import java.util.List;

/**
 * The health checks with their details, for HR and the administrator: which check fails and why, the database's
 * address and version, disk space. The public {@code /health}, {@code /health/liveness} and {@code /health/readiness}
 * say only UP or DOWN, so that nobody learns the server's insides from outside.
 */
@Controller("/api/status")
public class StatusController {

    private final HealthAggregator<HealthResult> aggregator;
    private final List<HealthIndicator> indicators;

    public StatusController(HealthAggregator<HealthResult> aggregator, List<HealthIndicator> indicators) {
        this.aggregator = aggregator;
        this.indicators = indicators;
    }

    @Operation(summary = "Every health check with its details (HR).")
    @Get
    @Secured(Role.Names.HR)
    @SingleResult
    public Publisher<HealthResult> status() {
        // the role from the token, not read fresh from the database: this view matters most when the database is away
        return aggregator.aggregate(indicators.toArray(HealthIndicator[]::new),
                HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS);
    }
}
