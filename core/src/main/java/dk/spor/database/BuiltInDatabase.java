package dk.spor.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The built-in PostgreSQL while it starts beside the application context: its address and password are known at
 * once, the server itself when {@link #await()} returns. Given to the context as a singleton, so that the data
 * source's configuration can wait for it ({@link WaitingForBuiltInDatabase}).
 */
public final class BuiltInDatabase {

    private final int port;
    private final String password;
    private final CompletableFuture<EmbeddedDatabase> running;

    BuiltInDatabase(int port, String password, CompletableFuture<EmbeddedDatabase> running) {
        this.port = port;
        this.password = password;
        this.running = running;
    }

    public String jdbcUrl(String database) {
        return EmbeddedDatabase.jdbcUrl(port, database);
    }

    public String password() {
        return password;
    }

    /**
     * Waits until the server accepts connections. A server that could not start has already ended the process with
     * a sentence saying why; the exception here only stops the waiting thread.
     */
    public EmbeddedDatabase await() {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the built-in PostgreSQL was starting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the built-in PostgreSQL did not start: "
                    + DatabaseBootstrap.rootMessage(e), e);
        }
    }
}
