package dk.spor.database;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs before the application context: reads the configuration once, starts the built-in PostgreSQL when no server
 * is configured, and makes sure a token-signing secret exists. Exits with one sentence when the database cannot start.
 */
public final class DatabaseBootstrap {

    public static final String DATA_DIR = "spor.data-dir";
    private static final String URL = "datasources.default.url";
    private static final String JWT_SECRET = "micronaut.security.token.jwt.signatures.secret.generator.secret";

    private DatabaseBootstrap() {
    }

    /** The properties to add to the application context: the embedded database's address and a signing secret. */
    public static Map<String, Object> prepare(String[] args) {
        Map<String, Object> added = new HashMap<>();
        try (ApplicationContext probe = ApplicationContext.builder().args(args).build()) {
            Environment environment = probe.getEnvironment().start();
            Path dataDir = Path.of(environment.getProperty(DATA_DIR, String.class).orElse("spor-data")).toAbsolutePath();
            String url = environment.getProperty(URL, String.class).orElse("");
            if (url.isBlank()) {
                added.putAll(startEmbedded(dataDir));
            }
            if (environment.getProperty(JWT_SECRET, String.class).filter(s -> !s.isBlank()).isEmpty()) {
                added.put(JWT_SECRET, persistentSecret(dataDir));
            }
        }
        return added;
    }

    private static Map<String, Object> startEmbedded(Path dataDir) {
        Path pgData = dataDir.resolve("postgres");
        try {
            EmbeddedDatabase database = EmbeddedDatabase.start(pgData, dataDir.resolve("postgres-binaries"));
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "spor-embedded-postgres-stop"));
            return Map.of(
                    URL, database.jdbcUrl("postgres"),
                    "datasources.default.username", EmbeddedDatabase.USER,
                    "datasources.default.password", "");
        } catch (RuntimeException e) {
            System.err.println("Spor could not start its built-in PostgreSQL database in " + pgData + " ("
                    + rootMessage(e) + "); set SPOR_DATABASE_URL (with SPOR_DATABASE_USER and SPOR_DATABASE_PASSWORD)"
                    + " to use a PostgreSQL 13 or newer server instead.");
            System.exit(2);
            throw e;
        }
    }

    private static String persistentSecret(Path dataDir) {
        Path file = dataDir.resolve("token-secret");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.createDirectories(dataDir);
            Files.writeString(file, secret, StandardCharsets.US_ASCII);
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
            return secret;
        } catch (IOException e) {
            throw new IllegalStateException("Spor could not keep its sign-in secret in " + file + ": " + e.getMessage()
                    + ". Set SPOR_JWT_SECRET or make the data folder writable.", e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
