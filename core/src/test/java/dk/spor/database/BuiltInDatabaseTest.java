package dk.spor.database;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in PostgreSQL is set up as a database that holds people's data, not as a throwaway test server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuiltInDatabaseTest {

    private Path folder;
    private EmbeddedDatabase database;

    @BeforeAll
    void a_built_in_database_in_a_fresh_data_folder() throws Exception {
        folder = Files.createTempDirectory("spor-built-in-db-test");
        database = EmbeddedDatabase.start(folder.resolve("postgres"), binaries());
    }

    @AfterAll
    void stopped_and_removed() {
        database.close();
        SporProcess.delete(folder);
    }

    @Test
    void commits_are_flushed_to_disk_before_they_are_acknowledged() throws SQLException {
        // given / when
        try (Connection c = connect(database.password())) {
            // then
            assertEquals("on", show(c, "fsync"));
            assertEquals("on", show(c, "synchronous_commit"));
            assertEquals("on", show(c, "full_page_writes"));
        }
    }

    @Test
    void it_listens_on_the_loopback_address_only_and_on_no_unix_socket() throws SQLException {
        try (Connection c = connect(database.password())) {
            assertEquals("localhost", show(c, "listen_addresses"));
            assertEquals("", show(c, "unix_socket_directories"));
        }
    }

    @Test
    void a_connection_without_the_password_from_the_data_folder_is_refused() throws Exception {
        // given the password Spor generated and kept beside the data directory, readable by its owner only
        Path file = folder.resolve(EmbeddedDatabase.PASSWORD_FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(database.password(), Files.readString(file, StandardCharsets.US_ASCII).trim());
        // when / then
        SQLException none = assertThrows(SQLException.class, () -> connect(null));
        assertTrue(none.getMessage().contains("password"), none.getMessage());
        SQLException wrong = assertThrows(SQLException.class, () -> connect("postgres"));
        assertEquals("28P01", wrong.getSQLState(), wrong.getMessage());
        try (Connection c = connect(database.password())) {
            assertEquals("on", show(c, "is_superuser"));
        }
    }

    @Test
    void a_second_server_on_the_same_data_folder_is_refused_and_the_first_keeps_running() throws SQLException {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> EmbeddedDatabase.start(folder.resolve("postgres"), binaries()));
        assertTrue(refused.getMessage().contains("another Spor server is using"), refused.getMessage());
        try (Connection c = connect(database.password())) {
            assertEquals("on", show(c, "fsync"));
        }
    }

    @Test
    void a_data_folder_from_a_spor_that_trusted_every_local_connection_is_converted() throws Exception {
        // given a data directory with initdb's trusting pg_hba.conf and no password file, as older Spor left them
        Path old = Files.createTempDirectory(folder, "older");
        EmbeddedDatabase.start(old.resolve("postgres"), binaries()).close();
        Files.writeString(old.resolve("postgres").resolve("pg_hba.conf"), "host all all 127.0.0.1/32 trust\n");
        Files.delete(old.resolve(EmbeddedDatabase.PASSWORD_FILE));
        // when it starts again
        try (EmbeddedDatabase converted = EmbeddedDatabase.start(old.resolve("postgres"), binaries())) {
            // then it has a new password, and asks for it
            assertNotEquals(database.password(), converted.password());
            assertThrows(SQLException.class, () -> DriverManager.getConnection(converted.jdbcUrl("postgres"),
                    EmbeddedDatabase.USER, null));
            try (Connection c = DriverManager.getConnection(converted.jdbcUrl("postgres"), EmbeddedDatabase.USER,
                    converted.password())) {
                assertEquals("on", show(c, "fsync"));
            }
        }
    }

    @Test
    void the_random_password_is_kept_with_few_scram_iterations_so_connecting_costs_little() throws SQLException {
        try (Connection c = connect(database.password())) {
            assertEquals(String.valueOf(Authentication.SCRAM_ITERATIONS), show(c, "scram_iterations"));
            assertEquals(Authentication.SCRAM_ITERATIONS, verifierIterations(c));
        }
    }

    @Test
    void a_data_folder_whose_password_has_postgresqls_default_iterations_gets_it_set_again_unchanged() throws Exception {
        // given a data directory as the Spor before this one left it: its pg_hba.conf, a verifier of 4,096 iterations
        Path old = Files.createTempDirectory(folder, "default-iterations");
        String password;
        try (EmbeddedDatabase first = EmbeddedDatabase.start(old.resolve("postgres"), binaries());
             Connection c = DriverManager.getConnection(first.jdbcUrl("postgres"), EmbeddedDatabase.USER,
                     first.password());
             Statement s = c.createStatement()) {
            password = first.password();
            s.execute("set scram_iterations = 4096");
            s.execute("alter role " + EmbeddedDatabase.USER + " with password '" + password + "'");
            assertEquals(4096, verifierIterations(c));
        }
        Path hba = old.resolve("postgres").resolve("pg_hba.conf");
        Files.writeString(hba, Authentication.MARKER + " in database-password beside this directory.\n"
                + "host all all 127.0.0.1/32 scram-sha-256\n");
        // when it starts again
        try (EmbeddedDatabase again = EmbeddedDatabase.start(old.resolve("postgres"), binaries());
             Connection c = DriverManager.getConnection(again.jdbcUrl("postgres"), EmbeddedDatabase.USER,
                     again.password())) {
            // then the password is the same, kept with the lower count
            assertEquals(password, again.password());
            assertEquals(Authentication.SCRAM_ITERATIONS, verifierIterations(c));
            assertTrue(Files.readString(hba).startsWith(Authentication.MARKER));
        }
    }

    /** The count in the superuser's SCRAM verifier: {@code SCRAM-SHA-256$<iterations>:<salt>$<keys>}. */
    private static int verifierIterations(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select rolpassword from pg_authid where rolname = '" + EmbeddedDatabase.USER + "'")) {
            rs.next();
            String verifier = rs.getString(1);
            assertTrue(verifier.startsWith("SCRAM-SHA-256$"), "a SCRAM verifier");
            return Integer.parseInt(verifier.substring("SCRAM-SHA-256$".length(), verifier.indexOf(':')));
        }
    }

    private Connection connect(String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedDatabase.USER);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(database.jdbcUrl("postgres"), properties);
    }

    private static String show(Connection c, String setting) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The binaries the test database unpacked: unpacking again would only cost time. */
    static Path binaries() {
        return Path.of(System.getProperty("java.io.tmpdir"), "spor-test-pg-binaries");
    }
}
