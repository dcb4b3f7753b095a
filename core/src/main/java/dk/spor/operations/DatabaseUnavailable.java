package dk.spor.operations;

import dk.spor.web.ServerErrors;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * While PostgreSQL is away (stopped, restarting, unreachable) a call answers 503 with a sentence after at most the
 * pool's connection timeout ({@code datasources.default.connection-timeout}, 3 s), never a hang or a stack trace; the
 * requests after it is back work again, since the pool reconnects by itself. Any other unexpected error is answered
 * and logged by {@link ServerErrors} (a sentence with a reference; never the exception's message, which may quote a
 * statement with a person's values): this handler takes every runtime exception, so it must end them the same way.
 */
@Singleton
@Produces
public class DatabaseUnavailable implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);
    private static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");
    static final String DETAIL = "Spor cannot reach its database just now. Try again in a minute; if it lasts,"
            + " tell whoever runs Spor (the server log says why).";

    private static final Duration LOG_EVERY = Duration.ofSeconds(30);

    private final ServerErrors errors;
    private final AtomicLong unavailable = new AtomicLong();
    private final AtomicLong lastLogged = new AtomicLong();

    public DatabaseUnavailable(ServerErrors errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        if (isConnectionFailure(exception)) {
            long answered = unavailable.incrementAndGet();
            long now = System.nanoTime();
            long last = lastLogged.get();
            if ((last == 0 || now - last > LOG_EVERY.toNanos()) && lastLogged.compareAndSet(last, now)) {
                // once in a while, not per request; and not the path: a calendar feed's path is its secret
                LOG.warn("The database is unreachable ({}); {} request(s) answered 503 so far.", rootMessage(exception),
                        answered);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "about:blank");
            body.put("title", HttpStatus.SERVICE_UNAVAILABLE.getReason());
            body.put("status", HttpStatus.SERVICE_UNAVAILABLE.getCode());
            body.put("detail", DETAIL);
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                    .contentType(PROBLEM_JSON).body(body);
        }
        return errors.answer(request, exception);
    }

    /**
     * The pool gave up waiting for a connection, or PostgreSQL refused or dropped one: SQL state class 08 (connection
     * exception) or 57P (operator intervention: shutting down, cannot connect now), anywhere among the causes and
     * suppressed exceptions. A connection the pool has already closed under the request (it broke a moment ago, and
     * the rollback or reset that followed found it closed) counts too.
     */
    static boolean isConnectionFailure(Throwable exception) {
        return isConnectionFailure(exception, 0);
    }

    private static boolean isConnectionFailure(Throwable t, int depth) {
        if (t == null || depth > 20) {
            return false;
        }
        if (t instanceof SQLTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                return true;
            }
            if (state == null && "Connection is closed".equals(sql.getMessage())) {
                return true; // HikariCP's closed proxy
            }
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (isConnectionFailure(suppressed, depth + 1)) {
                return true;
            }
        }
        return t.getCause() != t && isConnectionFailure(t.getCause(), depth + 1);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
