package dk.spor.web;

import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

/**
 * What an error nobody foresaw is answered and logged. Exception messages are neither: a database error's message
 * quotes the statement and its values (a person's name and e-mail in an import), and others name the server's classes
 * or repeat the input. The answer is a sentence with a reference; the log line has the same reference, the address
 * asked for as its route (a calendar feed's path is its secret), the SQL state when the database refused, and the
 * place in Spor's code that failed. The full stack, without messages, is logged at DEBUG.
 *
 * <p>A database refusing a value (SQL state class 22, "data exception", or 54, "program limit exceeded", such as an
 * index row too large) is the client's input, not a fault of the server: that is a 400 problem. Spor checks its
 * input before it reaches the database, so this is only the last line.
 */
@Singleton
@Produces
public class ServerErrors implements ExceptionHandler<Exception, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrors.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public HttpResponse<?> handle(HttpRequest request, Exception exception) {
        return answer(request, exception);
    }

    /** The answer to, and the log line of, an unforeseen error; for other exception handlers to end with as well. */
    public HttpResponse<?> answer(HttpRequest<?> request, Throwable exception) {
        String reference = reference();
        String state = sqlState(exception);
        String route = route(request);
        if (state != null && (state.startsWith("22") || state.startsWith("54"))) {
            LOG.warn("Refused {} {}: the database could not store a value of it (SQL state {}, reference {}, at {}).",
                    request.getMethodName(), route, state, reference, where(exception));
            return problem(HttpStatus.BAD_REQUEST, "A value in this request cannot be stored: a text or number is too"
                    + " long or out of range. Shorten or correct it and send it again (reference " + reference + ").");
        }
        LOG.error("Server error {} on {} {}{} at {}.", reference, request.getMethodName(), route,
                state == null ? "" : " (SQL state " + state + ")", where(exception));
        if (LOG.isDebugEnabled()) {
            LOG.debug("Server error {}: {}", reference, frames(exception));
        }
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Spor could not answer this request (reference " + reference
                + "). Try again; if it goes on, tell whoever runs Spor and give the reference.");
    }

    private static HttpResponse<?> problem(HttpStatus status, String detail) {
        return HttpResponse.status(status).contentType(ProblemHandling.PROBLEM_JSON)
                .body(ProblemHandling.body(status, status.getReason(), detail, List.of()));
    }

    private static String reference() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The route's template, e.g. {@code /api/calendar/feed/{token}.ics}: never the path, which may be a secret. */
    static String route(HttpRequest<?> request) {
        return request.getAttribute(HttpAttributes.URI_TEMPLATE, String.class).orElse("(no route)");
    }

    static String sqlState(Throwable exception) {
        int depth = 0;
        for (Throwable t = exception; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** The innermost place in Spor's own code the error passed, as {@code File.java:line}. */
    static String where(Throwable exception) {
        String found = null;
        int depth = 0;
        for (Throwable t = exception; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith("dk.spor.") && !frame.getClassName().startsWith("dk.spor.web.")
                        && frame.getFileName() != null && frame.getLineNumber() > 0) {
                    found = frame.getFileName() + ":" + frame.getLineNumber();
                    break;
                }
            }
        }
        return found == null ? "a place outside Spor's code" : found;
    }

    /** Every exception's frames, without any message. */
    private static String frames(Throwable exception) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable t = exception; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            out.append(depth == 0 ? "" : "\ncaused by ").append(t.getClass().getName());
            for (StackTraceElement frame : t.getStackTrace()) {
                out.append("\n    at ").append(frame);
            }
        }
        return out.toString();
    }
}
