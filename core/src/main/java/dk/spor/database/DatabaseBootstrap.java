package dk.spor.database;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.DefaultApplicationContextBuilder;
import io.micronaut.context.env.CommandLinePropertySource;
import io.micronaut.context.env.DefaultEnvironment;
import io.micronaut.context.env.Environment;
import io.micronaut.core.cli.CommandLine;
import io.micronaut.runtime.EmbeddedApplication;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs before the application context: reads the configuration once, starts the built-in PostgreSQL when no server
 * is configured, and settles the token-signing secret. Exits with one sentence when either cannot be had.
 *
 * <p>The built-in PostgreSQL starts on a thread of its own while the application context is built: its address and
 * password are settled first, and the data source's configuration waits for the server ({@link BuiltInDatabase}).
 * On a first start unpacking and initialising PostgreSQL takes seconds that the context no longer waits for.
 *
 * <p>The secret is, in this order: {@code micronaut.security.token.jwt.signatures.secret.generator.secret},
 * {@code spor.jwt-secret} (the environment's {@code SPOR_JWT_SECRET}), or one generated into the data folder. Servers
 * that share a database must share the secret, or a token from one is refused by the other.
 */
public final class DatabaseBootstrap {

    public static final String DATA_DIR = "spor.data-dir";
    public static final String JWT_SECRET = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    /** Spor's own name for the secret, so that {@code SPOR_JWT_SECRET} sets it. */
    public static final String SPOR_JWT_SECRET = "spor.jwt-secret";
    /** HS256 needs a key of at least 256 bits. */
    static final int MINIMUM_SECRET_LENGTH = 32;
    private static final String URL = "datasources.default.url";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBootstrap.class);

    private DatabaseBootstrap() {
    }

    /**
     * What start-up prepared: the properties to add to the application context (the built-in database's address and
     * password, the signing secret) and the built-in database if one was started.
     */
    public record Prepared(Map<String, Object> properties, Optional<BuiltInDatabase> database,
                           AtomicReference<Stoppable> application) {

        /** What the application context is given: the built-in database's start, when there is one. */
        public Object[] singletons() {
            return database.map(d -> new Object[] {d}).orElseGet(() -> new Object[0]);
        }

        /** The built-in database stops at shutdown only after this context has stopped, so requests can finish. */
        public void stopDatabaseAfter(ApplicationContext context) {
            Optional<EmbeddedApplication> server = context.findBean(EmbeddedApplication.class);
            application.set(() -> {
                if (server.isPresent()) {
                    if (server.get().isRunning()) {
                        server.get().stop(); // synchronized: waits while Micronaut's own hook is stopping it
                    }
                } else if (context.isRunning()) {
                    context.stop();
                }
            });
        }
    }

    /**
     * Called first thing at a start: on a thread of its own, does what starting the built-in PostgreSQL needs that no
     * setting decides, while the configuration is read — the embedding library's look at the system (it runs
     * {@code lsb_release}, and {@code unshare} twice to learn whether PostgreSQL can run as another user than root:
     * process starts that would otherwise come one after the other in front of the database's start) and reading
     * the PostgreSQL archive with its checksum. Nothing is done when {@code SPOR_DATABASE_URL} names a server.
     */
    public static void prepareAhead() {
        String configured = System.getenv("SPOR_DATABASE_URL");
        if (configured != null && !configured.isBlank()) {
            return;
        }
        Thread ahead = new Thread(() -> {
            try {
                LinuxUtils.isUnshareAvailable();
                Binaries.readAhead();
            } catch (RuntimeException e) {
                // the start itself does all of this again, and says what went wrong
                LOG.debug("Preparing the built-in PostgreSQL ahead failed: {}", e.getMessage());
            }
        }, "spor-embedded-postgres-ahead");
        ahead.setDaemon(true);
        ahead.start();
    }

    /** Reads the configuration from the arguments, system properties, environment and {@code application.yml}. */
    public static Prepared prepare(String[] args) {
        Map<String, Object> added = new HashMap<>();
        AtomicReference<Stoppable> application = new AtomicReference<>();
        BuiltInDatabase database = null;
        // the configuration alone, without the bean context that would be built twice otherwise (a second at start)
        DefaultEnvironment environment = new DefaultEnvironment(
                (DefaultApplicationContextBuilder) ApplicationContext.builder().args(args));
        environment.addPropertySource(new CommandLinePropertySource(CommandLine.parse(args)));
        try {
            environment.start();
            Path dataDir = Path.of(environment.getProperty(DATA_DIR, String.class).orElse("spor-data")).toAbsolutePath();
            String url = environment.getProperty(URL, String.class).orElse("");
            added.put(JWT_SECRET, signingSecret(environment, dataDir));
            if (url.isBlank()) {
                database = startEmbedded(dataDir, application);
                added.put(URL, database.jdbcUrl("postgres"));
                added.put("datasources.default.username", EmbeddedDatabase.USER);
                added.put("datasources.default.password", database.password());
            }
        } finally {
            environment.close();
        }
        return new Prepared(added, Optional.ofNullable(database), application);
    }

    static String signingSecret(Environment environment, Path dataDir) {
        Optional<String> configured = nonBlank(environment, JWT_SECRET).or(() -> nonBlank(environment, SPOR_JWT_SECRET));
        if (configured.isPresent()) {
            if (configured.get().getBytes(StandardCharsets.UTF_8).length < MINIMUM_SECRET_LENGTH) {
                exit("The token secret (SPOR_JWT_SECRET) is too short: give it at least " + MINIMUM_SECRET_LENGTH
                        + " characters, for example the output of: openssl rand -base64 48");
            }
            return configured.get();
        }
        Path file = dataDir.resolve("token-secret");
        try {
            return Secrets.readOrCreate(file);
        } catch (IOException e) {
            exit("Spor could not keep its sign-in secret in " + file + " (" + e.getMessage()
                    + "); set SPOR_JWT_SECRET or make the data folder writable.");
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> nonBlank(Environment environment, String name) {
        return environment.getProperty(name, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static BuiltInDatabase startEmbedded(Path dataDir, AtomicReference<Stoppable> application) {
        Path pgData = dataDir.resolve("postgres");
        String password;
        int port;
        try {
            password = EmbeddedDatabase.password(pgData);
            port = freeLoopbackPort();
        } catch (IOException | RuntimeException e) {
            exit(couldNotStart(pgData, e));
            throw new IllegalStateException(e);
        }
        long started = System.nanoTime();
        CompletableFuture<EmbeddedDatabase> running = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                EmbeddedDatabase database = EmbeddedDatabase.start(pgData, dataDir.resolve("postgres-binaries"), port);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfter(application.get(), database),
                        "spor-embedded-postgres-stop"));
                LOG.info("Built-in PostgreSQL started in {} ms on localhost:{}, data in {}",
                        Duration.ofNanos(System.nanoTime() - started).toMillis(), database.port(), pgData);
                running.complete(database);
            } catch (EmbeddedDatabase.DataFolderInUse e) {
                // the sentence and the exit first: the context waiting for the database must not fail with a trace
                exit("Spor cannot start: " + e.getMessage() + ".");
                running.completeExceptionally(e);
            } catch (RuntimeException e) {
                exit(couldNotStart(pgData, e));
                running.completeExceptionally(e);
            }
        }, "spor-embedded-postgres-start");
        starter.setDaemon(true);
        starter.start();
        return new BuiltInDatabase(port, password, running);
    }

    private static String couldNotStart(Path pgData, Exception e) {
        return "Spor could not start its built-in PostgreSQL database in " + pgData + " (" + rootMessage(e)
                + "); set SPOR_DATABASE_URL (with SPOR_DATABASE_USER and SPOR_DATABASE_PASSWORD)"
                + " to use a PostgreSQL 13 or newer server instead.";
    }

    /** A port nothing listens on now, as the embedding library picks one itself. */
    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * Runs at JVM shutdown, beside Micronaut's own hook: stops the application the way that hook does, through the
     * HTTP server (graceful: running requests finish), so that whichever hook comes second waits for the first on the
     * same lock instead of taking the locks in the other order; then the database.
     */
    private static void stopAfter(Stoppable application, EmbeddedDatabase database) {
        try {
            if (application != null) {
                application.stop();
            }
        } catch (RuntimeException e) {
            LOG.warn("Stopping the application failed ({}); stopping the built-in PostgreSQL anyway.", e.getMessage());
        }
        database.close();
    }

    /** The application as the shutdown hook stops it. */
    public interface Stoppable {
        void stop();
    }

    private static void exit(String sentence) {
        LOG.error(sentence);
        System.exit(2);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
