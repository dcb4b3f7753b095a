package dk.spor.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HateoasErrorResponseProcessor;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.security.authentication.AuthenticationException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import dk.spor.input.model.Excerpt;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every error leaves Spor as {@code application/problem+json} (RFC 9457) with a {@code detail} of one sentence a
 * person can act on and, where fields or lines were wrong, an {@code errors} list naming each.
 *
 * <p>The words are Spor's own, never the framework's or the parser's: those name the server's classes and repeat what
 * the client sent, in full. What an answer repeats of a client's input is at most an {@link Excerpt}. Everything here
 * is linear in the size of the input and does no I/O, since errors of reading a body are answered on the server's
 * event-loop threads. A body that does not fit its shape: {@link UnreadableBody}; a constraint's own message:
 * {@link Violations}.
 */
public final class ProblemHandling {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    /** More than this many wrong fields are counted in the detail, not named. */
    private static final int NAMED_IN_DETAIL = 3;

    private ProblemHandling() {
    }

    static Map<String, Object> body(HttpStatus status, String title, String detail, List<Problem.FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.getCode());
        if (detail != null) {
            body.put("detail", detail);
        }
        if (!errors.isEmpty()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Problem.FieldError e : errors) {
                Map<String, Object> one = new LinkedHashMap<>();
                if (e.field() != null) {
                    one.put("field", e.field());
                }
                if (e.line() != null) {
                    one.put("line", e.line());
                }
                one.put("message", e.message());
                list.add(one);
            }
            body.put("errors", list);
        }
        return body;
    }

    /** One sentence for a list of wrong fields: the field and why for one, the fields' names for a few, a count for many. */
    static String sentence(List<Problem.FieldError> errors) {
        if (errors.isEmpty()) {
            return "The request is not valid.";
        }
        if (errors.size() == 1) {
            Problem.FieldError e = errors.get(0);
            String where = e.field() != null ? "The field " + e.field() + " "
                    : e.line() != null ? "Line " + e.line() + ": " : "";
            return capitalised(where + e.message()) + ".";
        }
        List<String> names = errors.stream().map(e -> e.field() != null ? e.field()
                : e.line() != null ? "line " + e.line() : null).filter(n -> n != null).distinct().toList();
        if (names.isEmpty() || names.size() > NAMED_IN_DETAIL) {
            return errors.size() + " fields are not valid; errors says what is wrong with each.";
        }
        return "These fields are not valid: " + String.join(", ", names) + "; errors says what is wrong with each.";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Spor's own problems. */
    @Singleton
    @Produces
    public static class ProblemExceptionHandler implements ExceptionHandler<Problem, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, Problem problem) {
            String detail = problem.getMessage() != null ? problem.getMessage() : sentence(problem.errors());
            return HttpResponse.status(problem.status())
                    .contentType(PROBLEM_JSON)
                    .body(body(problem.status(), problem.title(), detail, problem.errors()));
        }
    }

    /**
     * The framework's own errors (validation, unknown route, missing sign-in, too large a body, bad JSON), answered in
     * Spor's words: the framework's messages are kept only where they are a constraint's own ("must not be blank").
     */
    @Singleton
    @Replaces(HateoasErrorResponseProcessor.class)
    public static class FrameworkErrors implements ErrorResponseProcessor<Map<String, Object>> {
        @Override
        @NonNull
        public MutableHttpResponse<Map<String, Object>> processResponse(@NonNull ErrorContext context,
                                                                        @NonNull MutableHttpResponse<?> response) {
            HttpStatus status = response.getStatus();
            Optional<Throwable> cause = context.getRootCause();
            List<Problem.FieldError> errors = new ArrayList<>();
            if (cause.filter(ConstraintViolationException.class::isInstance).isPresent()) {
                context.getErrors().forEach(e -> errors.add(e.getPath()
                        .map(path -> Problem.FieldError.field(Violations.fieldName(path),
                                Violations.safe(e.getMessage())))
                        .orElseGet(() -> Violations.violation(e.getMessage()))));
            }
            cause.filter(UnsatisfiedRouteException.class::isInstance).map(UnsatisfiedRouteException.class::cast)
                    .ifPresent(missing -> errors.add(Problem.FieldError.field(
                            Excerpt.of(missing.getArgument().getName()), "is required")));
            String detail = switch (status) {
                case UNAUTHORIZED -> cause.filter(AuthenticationException.class::isInstance)
                        // the same words whether the username exists or not
                        .map(t -> "The username or password is wrong, or the account is no longer active.")
                        .orElse("Sign in first: POST /api/login with your username and password.");
                case FORBIDDEN -> "Your role does not allow this.";
                case NOT_FOUND -> "No such address. The API is described at /openapi/spor-1.0.0.yml.";
                case REQUEST_ENTITY_TOO_LARGE -> "The request body is too large; the limit is 10 MB.";
                case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
                case UNSUPPORTED_MEDIA_TYPE -> "Send the body with the content type this address expects.";
                case NOT_ACCEPTABLE -> "This address cannot answer in the content type asked for.";
                case INTERNAL_SERVER_ERROR, SERVICE_UNAVAILABLE ->
                        "Spor could not answer this request. Try again; if it goes on, tell whoever runs Spor.";
                default -> status.getCode() >= 500
                        ? "Spor could not answer this request. Try again; if it goes on, tell whoever runs Spor."
                        : !errors.isEmpty() ? sentence(errors)
                        : unreadable(cause.orElse(null), context);
            };
            return response.contentType(PROBLEM_JSON)
                    .body(body(status, status.getReason(), detail, errors));
        }
    }

    /** What went wrong with a request that was neither unauthorised, nor missing, nor a constraint violation. */
    private static String unreadable(Throwable cause, ErrorContext context) {
        JsonProcessingException json = find(cause, JsonProcessingException.class);
        if (json instanceof StreamConstraintsException) {
            return "The body nests too deeply or holds too long a value to be read.";
        }
        if (json != null || find(cause, JsonSyntaxException.class) != null) {
            JsonLocation at = json == null ? null : json.getLocation();
            return at == null || at.getLineNr() < 1 ? "The body is not valid JSON."
                    : "The body is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ").";
        }
        for (var error : context.getErrors()) {
            if (error.getPath().isPresent()) {
                return "The request could not be read: " + Excerpt.of(Violations.fieldName(error.getPath().get()))
                        + ".";
            }
        }
        return "The request could not be read.";
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
