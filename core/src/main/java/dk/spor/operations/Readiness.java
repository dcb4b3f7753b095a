package dk.spor.operations;

import dk.spor.database.SchemaMigrated;
import io.micronaut.context.annotation.Value;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import io.micronaut.core.async.publisher.Publishers;
import org.reactivestreams.Publisher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Part of {@code /health/readiness}: Spor is ready for people only once the schema is current, the start-up work is
 * done (plugins loaded, the administrator account made: everything that runs before the HTTP server opens) and, when
 * started with {@code --demo}, the demo municipality is in. Until then a load balancer keeps traffic away and a
 * person signing in to the demo is not told their account does not exist. The other parts of readiness are
 * Micronaut's: the database answers, the disk has room, the server is not shutting down.
 */
@Singleton
public class Readiness implements HealthIndicator {

    /** Set by the start-up when {@code --demo} was given, so readiness waits for the demo data from the first moment. */
    public static final String DEMO_REQUESTED = "spor.demo.requested";

    private volatile boolean schemaCurrent;
    private volatile boolean started;
    private volatile boolean demoPending;

    public Readiness(@Value("${" + DEMO_REQUESTED + ":false}") boolean demoRequested) {
        this.demoPending = demoRequested;
    }

    @EventListener
    void onSchemaMigrated(SchemaMigrated event) {
        schemaCurrent = true;
    }

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        started = true;
    }

    /** The demo municipality is loaded (or was already there). */
    public void demoLoaded() {
        demoPending = false;
    }

    public boolean isReady() {
        return schemaCurrent && started && !demoPending;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("databaseSchema", schemaCurrent ? "current" : "being migrated");
        details.put("startUp", started ? "done" : "plugins and accounts being prepared");
        details.put("demoData", demoPending ? "being loaded" : "not waiting");
        return Publishers.just(HealthResult.builder("spor", isReady() ? HealthStatus.UP : HealthStatus.DOWN)
                .details(details).build());
    }
}
