package dk.spor.database;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which secret signs sign-in tokens: the configured one, else the data folder's own. */
class SigningSecretTest {

    private Path folder;
    private ApplicationContext context;

    @BeforeEach
    void a_fresh_data_folder() throws Exception {
        folder = Files.createTempDirectory("spor-secret-test");
    }

    @AfterEach
    void removed() {
        if (context != null) {
            context.close();
        }
        SporProcess.delete(folder);
    }

    private Environment configured(Map<String, Object> properties) {
        // not the test environment: application-test.yml sets a secret of its own
        context = ApplicationContext.builder().deduceEnvironment(false).properties(properties).build();
        return context.getEnvironment().start();
    }

    @Test
    void spor_jwt_secret_signs_the_tokens_and_no_secret_of_its_own_is_made() {
        String secret = DatabaseBootstrap.signingSecret(configured(Map.of(DatabaseBootstrap.SPOR_JWT_SECRET,
                "shared-by-every-server-0123456789-abcdef")), folder);
        assertEquals("shared-by-every-server-0123456789-abcdef", secret);
        assertFalse(Files.exists(folder.resolve("token-secret")));
    }

    @Test
    void micronauts_own_setting_wins_over_spor_jwt_secret() {
        String secret = DatabaseBootstrap.signingSecret(configured(Map.of(
                DatabaseBootstrap.JWT_SECRET, "micronaut-setting-0123456789-0123456789",
                DatabaseBootstrap.SPOR_JWT_SECRET, "spor-setting-0123456789-0123456789")), folder);
        assertEquals("micronaut-setting-0123456789-0123456789", secret);
    }

    @Test
    void without_a_setting_the_data_folder_keeps_a_generated_secret_only_its_owner_can_read() throws Exception {
        String first = DatabaseBootstrap.signingSecret(configured(Map.of()), folder);
        context.close();
        String again = DatabaseBootstrap.signingSecret(configured(Map.of()), folder);
        assertEquals(first, again);
        assertTrue(first.length() >= DatabaseBootstrap.MINIMUM_SECRET_LENGTH);
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder.resolve("token-secret"))));
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void a_secret_too_short_for_hs256_stops_the_start_with_a_sentence() throws Exception {
        try (SporProcess spor = SporProcess.start(folder.resolve("data"), Map.of("SPOR_JWT_SECRET", "too-short"))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (spor.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertFalse(spor.isAlive(), "Spor refused to start");
            assertTrue(spor.output().contains("The token secret (SPOR_JWT_SECRET) is too short"), spor.output());
        }
    }
}
