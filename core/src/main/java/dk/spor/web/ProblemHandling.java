package dk.spor.web;

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
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.security.authentication.AuthenticationException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every error leaves Spor as {@code application/problem+json} (RFC 9457). */
public final class ProblemHandling {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

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

    /** Spor's own problems. */
    @Singleton
    @Produces
    public static class ProblemExceptionHandler implements ExceptionHandler<Problem, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, Problem problem) {
            return HttpResponse.status(problem.status())
                    .contentType(PROBLEM_JSON)
                    .body(body(problem.status(), problem.title(), problem.getMessage(), problem.errors()));
        }
    }

    /** The framework's own errors (validation, unknown route, missing sign-in, too large a body, bad JSON). */
    @Singleton
    @Replaces(HateoasErrorResponseProcessor.class)
    public static class FrameworkErrors implements ErrorResponseProcessor<Map<String, Object>> {
        @Override
        @NonNull
        public MutableHttpResponse<Map<String, Object>> processResponse(@NonNull ErrorContext context,
                                                                        @NonNull MutableHttpResponse<?> response) {
            HttpStatus status = response.getStatus();
            List<Problem.FieldError> errors = new ArrayList<>();
            context.getErrors().forEach(e -> errors.add(e.getPath()
                    .map(path -> new Problem.FieldError(fieldName(path), null, e.getMessage()))
                    .orElseGet(() -> violation(e.getMessage()))));
            String detail = switch (status) {
                case UNAUTHORIZED -> context.getRootCause().filter(AuthenticationException.class::isInstance)
                        // the same words whether the username exists or not
                        .map(t -> "The username or password is wrong, or the account is no longer active.")
                        .orElse("Sign in first: POST /api/login with your username and password.");
                case FORBIDDEN -> "Your role does not allow this.";
                case NOT_FOUND -> "No such address. The API is described at /openapi.";
                case REQUEST_ENTITY_TOO_LARGE -> "The request body is too large; the limit is 10 MB.";
                case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
                case UNSUPPORTED_MEDIA_TYPE -> "Send the body with the content type this address expects.";
                default -> errors.size() != 1 ? null
                        : errors.get(0).field() == null ? errors.get(0).message()
                        : errors.get(0).field() + ": " + errors.get(0).message();
            };
            if (errors.size() == 1 && status != HttpStatus.BAD_REQUEST && errors.get(0).field() == null) {
                errors.clear();
            }
            return response.contentType(PROBLEM_JSON)
                    .body(body(status, status.getReason(), detail, errors));
        }
    }

    /**
     * A body that does not fit its shape (an unknown enum value, text where a number belongs): the problem names the
     * JSON field and what it must be, without the server's class names.
     */
    @Singleton
    @Produces
    @Replaces(io.micronaut.http.server.exceptions.ConversionErrorHandler.class)
    public static class UnreadableBody implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
            SerdeException serde = null;
            for (Throwable t = exception; t != null && serde == null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof SerdeException s) {
                    serde = s;
                }
            }
            String field = serde == null || serde.getPath().isEmpty() ? exception.getArgument().getName()
                    : jsonPath(serde.getPath());
            Class<?> type = exception.getArgument().getType();
            String message = serde == null && type.isEnum()
                    // a query value such as ?state=FOO: say what it may be
                    ? "must be one of " + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList()
                    : readable(serde == null ? exception.getMessage() : serde.getMessage());
            return HttpResponse.status(HttpStatus.BAD_REQUEST).contentType(PROBLEM_JSON)
                    .body(body(HttpStatus.BAD_REQUEST, HttpStatus.BAD_REQUEST.getReason(), field + ": " + message,
                            List.of(Problem.FieldError.field(field, message))));
        }
    }

    static String jsonPath(List<ReferencePath> path) {
        StringBuilder out = new StringBuilder();
        for (ReferencePath step : path) {
            if (step instanceof CollectionItemReferencePath item) {
                out.append('[').append(item.index()).append(']');
            } else if (step instanceof MapItemReferencePath item) {
                out.append('[').append(item.key()).append(']');
            } else if (step instanceof PropertyReferencePath property) {
                out.append(out.isEmpty() ? "" : ".").append(property.property().getName());
            }
        }
        return out.toString();
    }

    // "Cannot deserialize value of type `dk.spor.x.Dilemma` due to: Expected one of [A, B] but was 'C'"
    private static final Pattern CLASS_NAME = Pattern.compile("`?(?:[a-z][\\w$]*\\.)+([A-Z][\\w$]*)`?");
    private static final Pattern DUE_TO = Pattern.compile("^.*?due to: ", Pattern.DOTALL);

    static String readable(String message) {
        String text = message == null ? "cannot be read" : message;
        int source = text.indexOf("\n at [Source");
        text = source < 0 ? text : text.substring(0, source);
        text = DUE_TO.matcher(text).replaceFirst("");
        return CLASS_NAME.matcher(text).replaceAll("$1").strip();
    }

    // a constraint violation arrives as "body.title: must not be blank", with no separate path
    private static final Pattern VIOLATION = Pattern.compile("^[A-Za-z_$][\\w$]*\\.([^:\\s]+): (.+)$", Pattern.DOTALL);

    static Problem.FieldError violation(String message) {
        Matcher m = message == null ? null : VIOLATION.matcher(message);
        return m != null && m.matches() ? Problem.FieldError.field(m.group(1), m.group(2))
                : new Problem.FieldError(null, null, message);
    }

    static String fieldName(String path) {
        // "create.request.name" -> "name": the client knows its body, not our method names
        int dot = path.indexOf('.');
        int second = dot < 0 ? -1 : path.indexOf('.', dot + 1);
        return second < 0 ? path : path.substring(second + 1);
    }
}
