package dk.spor.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.security.event.LoginFailedEvent;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * The meters an operator alerts on, by name, for the rest of Spor to count into. Each name is listed here once, with
 * what it means; Prometheus sees dots as underscores, counters with {@code _total} and times in seconds (for example
 * {@code spor_planning_duration_seconds_count}). The outbox gauges are read from the database by {@link OutboxGauges};
 * sign-in failures are counted here from the security module's events. HTTP timings by route come from Micronaut as
 * {@code http_server_requests_seconds} (tags {@code uri}, {@code method}, {@code status}).
 */
@Singleton
public class Metrics {

    /** Action-learning planning runs, tag {@code outcome}: {@code planned} or {@code failed}. */
    public static final String PLANNING_RUNS = "spor.planning.runs";
    /** How long a planning run took. */
    public static final String PLANNING_DURATION = "spor.planning.duration";
    /** Items waiting in an outbox, tag {@code channel}: {@code MAIL}, {@code CALDAV}, {@code NOTIFICATION_MAIL}. */
    public static final String OUTBOX_BACKLOG = "spor.outbox.backlog";
    /** Age in seconds of the oldest undelivered item of a channel (0 when none waits). */
    public static final String OUTBOX_OLDEST_AGE = "spor.outbox.oldest.age";
    /** Delivery attempts that failed and will be retried, tag {@code channel}. */
    public static final String DELIVERY_FAILURES = "spor.delivery.failures";
    /** Sign-ins refused (wrong password, unknown or locked username). */
    public static final String SIGN_IN_FAILURES = "spor.sign.in.failures";
    /** Calls into a sector plugin that did not answer within {@code spor.plugin-call-limit}, tag {@code plugin}. */
    public static final String PLUGIN_CALL_TIMEOUTS = "spor.plugin.call.timeouts";

    private final MeterRegistry registry;
    private final Counter signInFailures;

    public Metrics(@Nullable MeterRegistry registry) {
        // metrics can be switched off (micronaut.metrics.enabled: false); the callers need not know
        this.registry = registry != null ? registry : new SimpleMeterRegistry();
        this.signInFailures = Counter.builder(SIGN_IN_FAILURES).description("Sign-ins refused").register(this.registry);
        // present from the start, so an alert on a rate has a series to read before the first event
        planningRuns("planned");
        planningRuns("failed");
        planningDuration();
        for (String channel : OutboxGauges.CHANNELS) {
            deliveryFailures(channel);
        }
    }

    /** A planning run ended, well or not, after the given time. */
    public void planningRun(Duration took, boolean planned) {
        planningRuns(planned ? "planned" : "failed").increment();
        planningDuration().record(took);
    }

    /** A delivery attempt over a channel failed; it will be retried. */
    public void deliveryFailed(String channel) {
        deliveryFailures(channel).increment();
    }

    /** A plugin did not answer in time. */
    public void pluginCallTimedOut(String pluginId) {
        Counter.builder(PLUGIN_CALL_TIMEOUTS).description("Plugin calls that timed out").tag("plugin", pluginId)
                .register(registry).increment();
    }

    /** A sign-in was refused. */
    public void signInFailed() {
        signInFailures.increment();
    }

    @EventListener
    void onLoginFailed(LoginFailedEvent event) {
        signInFailed();
    }

    MeterRegistry registry() {
        return registry;
    }

    private Counter planningRuns(String outcome) {
        return Counter.builder(PLANNING_RUNS).description("Action-learning planning runs").tag("outcome", outcome)
                .register(registry);
    }

    private Timer planningDuration() {
        return Timer.builder(PLANNING_DURATION).description("How long a planning run took").register(registry);
    }

    private Counter deliveryFailures(String channel) {
        return Counter.builder(DELIVERY_FAILURES).description("Failed delivery attempts, retried later")
                .tag("channel", channel).register(registry);
    }
}
