package dk.spor;

import dk.spor.database.DatabaseBootstrap;
import dk.spor.demo.DemoSwitch;
import dk.spor.operations.Readiness;
import dk.spor.security.model.SingleSignOnEnvironment;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts Spor. Before Micronaut starts, {@link DatabaseBootstrap} decides which PostgreSQL to use: the configured
 * server, or the built-in one under the data folder. The last line of a start says where to open Spor and, with
 * {@code --demo}, how to sign in; from then on {@code /health/readiness} is UP. Identity providers named in
 * {@code SPOR_OIDC_*} variables become the settings of single sign-on ({@link SingleSignOnEnvironment}).
 *
 * <p>With {@value #STOP_WHEN_READY} Spor stops again as soon as it is ready: a training start, so that one command
 * ({@code java -XX:ArchiveClassesAtExit=spor.jsa -jar spor.jar --stop-when-ready}) leaves the class-data archive
 * of everything a start loads, which later starts read instead of loading and checking those classes again.
 */
public final class Application {

    /** Stop once ready (see above). */
    public static final String STOP_WHEN_READY = "--stop-when-ready";
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {
    }

    public static void main(String[] args) {
        DatabaseBootstrap.prepareAhead();
        Map<String, Object> providers;
        try {
            providers = SingleSignOnEnvironment.settings(System.getenv());
        } catch (IllegalArgumentException badSetting) {
            System.err.println("Spor cannot start: " + badSetting.getMessage());
            System.exit(2);
            return;
        }
        DatabaseBootstrap.Prepared prepared = DatabaseBootstrap.prepare(args);
        boolean demo = Arrays.asList(args).contains(DemoSwitch.FLAG);
        Map<String, Object> properties = new HashMap<>(prepared.properties());
        properties.putAll(providers);
        if (demo) {
            properties.put(Readiness.DEMO_REQUESTED, true);
            String publicUrl = System.getenv("SPOR_PUBLIC_URL");
            if (publicUrl == null || publicUrl.isBlank()) {
                // the demo runs on this machine: the addresses it hands out (calendar feed links) point here
                properties.put("spor.public-url", "http://localhost:" + System.getenv().getOrDefault("SPOR_PORT", "8080"));
            }
        }
        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .properties(properties)
                .singletons(prepared.singletons())
                .start();
        prepared.stopDatabaseAfter(context);
        if (!context.isRunning()) {
            return; // Micronaut has said why
        }
        try {
            if (demo) {
                // only then: the demo's loaders bring half the application's beans with them
                context.getBean(DemoSwitch.class).loadIfAsked(args);
            }
        } catch (RuntimeException e) {
            LOG.error("The demo municipality could not be loaded: {}", e.getMessage(), e);
            System.exit(1);
        }
        context.getBean(Readiness.class).demoLoaded();
        LOG.info(readyLine(context, demo));
        if (Arrays.asList(args).contains(STOP_WHEN_READY)) {
            LOG.info("Stopping, as {} asked.", STOP_WHEN_READY);
            // the shutdown hooks stop the server and the built-in PostgreSQL, as at any stop
            System.exit(0);
        }
    }

    private static String readyLine(ApplicationContext context, boolean demo) {
        double seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        String address = context.getProperty("spor.public-url", String.class).filter(s -> !s.isBlank())
                .or(() -> context.findBean(EmbeddedServer.class).map(server -> server.getURL().toString()))
                .orElse("(no HTTP server)");
        String line = String.format(java.util.Locale.ROOT, "Spor is ready after %.1f s: open %s", seconds, address);
        if (demo) {
            line += " and sign in as hr@demo.spor.dk (HR), leder.t1@demo.spor.dk (manager) or medarbejder.1@demo.spor.dk"
                    + " (employee) with the password " + DemoSwitch.PASSWORD;
        }
        return line;
    }
}
