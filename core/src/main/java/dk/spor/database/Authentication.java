package dk.spor.database;

import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes the built-in PostgreSQL ask for a password. {@code initdb} (run by the embedding library) trusts every local
 * connection as the superuser; before the server first starts, Spor sets the superuser's password in single-user mode
 * (no network involved) and replaces {@code pg_hba.conf} with one that accepts only password (SCRAM) connections from
 * the loopback address. A data directory made by an older Spor, with the trusting file or with PostgreSQL's default
 * SCRAM iterations, is converted the same way.
 */
final class Authentication {

    static final String MARKER = "# Spor: every connection needs the password";
    /**
     * SCRAM's iterations for the superuser's password. PostgreSQL's 4,096 make a weak, human-chosen password costly to
     * guess from a stolen verifier or a recorded sign-in; this password is 32 random bytes, which no number of
     * iterations makes any harder to guess, while each iteration is work on both sides of every new connection (a
     * start opens about a dozen, before the JIT has compiled SHA-256). So the count is low, and said in the file.
     */
    static final int SCRAM_ITERATIONS = 16;
    private static final String ITERATIONS_NOTE = "SCRAM with " + SCRAM_ITERATIONS + " iterations";

    private Authentication() {
    }

    static void require(Path dataDirectory, Binaries binaries, String password) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            String current = Files.exists(hba) ? Files.readString(hba) : "";
            // a file of an older Spor (another count, or none said) has the password set again, once
            boolean ours = current.startsWith(MARKER) && current.contains(ITERATIONS_NOTE);
            boolean passwordNew = Files.getLastModifiedTime(dataDirectory.resolveSibling(EmbeddedDatabase.PASSWORD_FILE))
                    .compareTo(Files.getLastModifiedTime(hba)) > 0;
            if (ours && !passwordNew) {
                return;
            }
            setPassword(dataDirectory, binaries.executable("postgres"), password);
            Files.writeString(hba, MARKER + " in " + EmbeddedDatabase.PASSWORD_FILE
                    + " beside this directory (" + ITERATIONS_NOTE + "); only the loopback address is listened on.\n"
                    + "host all all 127.0.0.1/32 scram-sha-256\n"
                    + "host all all ::1/128 scram-sha-256\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void setPassword(Path dataDirectory, Path postgres, String password) throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // as root, like the library: PostgreSQL refuses to run as root, and an unmapped user namespace is not root
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(postgres.toString(), "--single", "-D", dataDirectory.toString(),
                "-c", "listen_addresses=", "-c", "log_min_messages=warning", "-c", "scram_iterations=" + SCRAM_ITERATIONS,
                EmbeddedDatabase.USER));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = process.getOutputStream()) {
            // the password is URL-safe Base64: nothing in it needs quoting
            in.write(("ALTER ROLE " + EmbeddedDatabase.USER + " WITH PASSWORD '" + password + "';\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("setting the database password in single-user mode took over a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while setting the database password", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("postgres --single could not set the database password (exit code "
                    + process.exitValue() + ")");
        }
    }
}
