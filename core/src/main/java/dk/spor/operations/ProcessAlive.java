package dk.spor.operations;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import jakarta.inject.Singleton;
import io.micronaut.core.async.publisher.Publishers;
import org.reactivestreams.Publisher;

/**
 * {@code /health/liveness}: the process answers HTTP. It deliberately asks nothing of the database, so a database
 * outage makes Spor unready (no traffic), never "dead" (restarted by an orchestrator, which would not help).
 */
@Singleton
@Liveness
public class ProcessAlive implements HealthIndicator {

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(HealthResult.builder("process", HealthStatus.UP).build());
    }
}
