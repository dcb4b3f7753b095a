package dk.spor.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The built-in PostgreSQL: real server binaries unpacked from a Maven artifact, with its data directory kept under
 * Spor's data folder so that a restart keeps every row.
 *
 * <p>Run as a database people's data lives in, not as a test fixture: commits are flushed to disk (fsync and
 * synchronous commit on, where the embedding library's defaults switch both off), it listens on the loopback address
 * only and without a Unix socket, and every connection needs the password kept in {@code database-password} beside
 * the data directory (file mode 600). A server left running by a Spor process that was killed is stopped before this
 * one starts ({@link LeftoverServer}); a second process on the same data directory is refused.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    static final String PASSWORD_FILE = "database-password";

    private final EmbeddedPostgres postgres;
    private final String password;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password, FileChannel lockChannel, FileLock lock) {
        this.postgres = postgres;
        this.password = password;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** The superuser's password for the data directory, made the first time (file mode 600). */
    static String password(Path dataDirectory) throws IOException {
        Path data = dataDirectory.toAbsolutePath();
        java.nio.file.Files.createDirectories(data.getParent());
        return Secrets.readOrCreate(data.resolveSibling(PASSWORD_FILE));
    }

    /** Starts the server on a free port. */
    public static EmbeddedDatabase start(Path dataDirectory, Path binariesDirectory) {
        return start(dataDirectory, binariesDirectory, 0);
    }

    /** Starts the server on the given port, or on a free one when the port is 0. */
    public static EmbeddedDatabase start(Path dataDirectory, Path binariesDirectory, int port) {
        Path data = dataDirectory.toAbsolutePath();
        FileChannel channel = null;
        FileLock lock = null;
        try {
            java.nio.file.Files.createDirectories(data.getParent());
            java.nio.file.Files.createDirectories(binariesDirectory);
            channel = FileChannel.open(data.resolveSibling(data.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = tryLock(channel);
            if (lock == null) {
                throw new DataFolderInUse("another Spor server is using " + data
                        + "; stop it, or give this one a data folder of its own (SPOR_DATA_DIR)");
            }
            // only now is a running server on this data directory known to be a leftover, not another's
            LeftoverServer.stopIfRunning(data);
            String password = password(data);
            Binaries binaries = Binaries.in(binariesDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binariesDirectory.toFile())
                    .setPgBinaryResolver(binaries)
                    // Spor stops the server itself, after the application has finished its last request
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setConnectConfig("password", password)
                    .setDataDirectoryCustomizer(directory -> Authentication.require(directory.toPath(), binaries,
                            password))
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "''")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setServerConfig("scram_iterations", String.valueOf(Authentication.SCRAM_ITERATIONS))
                    .setServerConfig("max_connections", "200");
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedDatabase(builder.start(), password, channel, lock);
        } catch (IOException e) {
            release(channel, lock);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            release(channel, lock);
            throw e;
        }
    }

    /** A data directory that another running Spor (this process or another) has locked. */
    public static final class DataFolderInUse extends IllegalStateException {
        DataFolderInUse(String message) {
            super(message);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void release(FileChannel channel, FileLock lock) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }

    public String jdbcUrl(String database) {
        return jdbcUrl(postgres.getPort(), database);
    }

    /** The address of a database on the built-in server at that port. */
    static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public int port() {
        return postgres.getPort();
    }

    /** The superuser's password, as kept in the data folder. */
    public String password() {
        return password;
    }

    EmbeddedPostgres postgres() {
        return postgres;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(lockChannel, lock);
        }
    }
}
