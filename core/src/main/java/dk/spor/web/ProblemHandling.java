package dk.spor.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
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
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import dk.spor.input.model.Excerpt;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every error leaves Spor as {@code application/problem+json} (RFC 9457) with a {@code detail} of one sentence a
 * person can act on and, where fields or lines were wrong, an {@code errors} list naming each.
 *
 * <p>The words are Spor's own, never the framework's or the parser's: those name the server's classes and repeat what
 * the client sent, in full. What an answer repeats of a client's input is at most an {@link Excerpt}. Everything here
 * is linear in the size of the input and does no I/O, since errors of reading a body are answered on the server's
 * event-loop threads.
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
                        .map(path -> Problem.FieldError.field(fieldName(path), safe(e.getMessage())))
                        .orElseGet(() -> violation(e.getMessage()))));
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
                return "The request could not be read: " + Excerpt.of(fieldName(error.getPath().get())) + ".";
            }
        }
        return "The request could not be read.";
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * A body or a value that does not fit its shape (an unknown field, text where a number belongs, an unknown enum
     * value, a control character in a text, a date far out): the problem names the field and what it must be.
     */
    @Singleton
    @Produces
    @Replaces(io.micronaut.http.server.exceptions.ConversionErrorHandler.class)
    public static class UnreadableBody implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
            Problem.FieldError error = unreadable(exception);
            return HttpResponse.status(HttpStatus.BAD_REQUEST).contentType(PROBLEM_JSON)
                    .body(body(HttpStatus.BAD_REQUEST, HttpStatus.BAD_REQUEST.getReason(), sentence(List.of(error)),
                            List.of(error)));
        }
    }

    static Problem.FieldError unreadable(ConversionErrorException exception) {
        SerdeException serde = find(exception, SerdeException.class);
        RefusedValue refused = find(exception, RefusedValue.class);
        Argument<?> argument = exception.getArgument();
        List<ReferencePath> path = serde == null ? List.of() : serde.getPath();
        String field = path.isEmpty() ? argument.getName() : jsonPath(path);
        if (refused != null) {
            return Problem.FieldError.field(field, refused.getMessage());
        }
        String message = serde == null ? null : serde.getMessage();
        if (message != null && message.startsWith("Unknown property [")) {
            return Problem.FieldError.field(field, "is not a field this request takes");
        }
        if (find(exception, StreamConstraintsException.class) != null) {
            return Problem.FieldError.field(field, "nests too deeply or is too long to be read");
        }
        if (find(exception, JsonProcessingException.class) != null && path.isEmpty()) {
            return Problem.FieldError.field(field, "is not valid JSON");
        }
        Argument<?> expected = path.isEmpty() ? argument : expectedAt(path.get(path.size() - 1));
        return Problem.FieldError.field(field, mustBe(expected));
    }

    /** The type the value at the end of a path should have had. */
    private static Argument<?> expectedAt(ReferencePath step) {
        if (step instanceof PropertyReferencePath property) {
            return property.property();
        }
        if (step instanceof CollectionItemReferencePath item) {
            Argument<?>[] parameters = item.collectionArgument().getTypeParameters();
            return parameters.length > 0 ? parameters[0] : Argument.OBJECT_ARGUMENT;
        }
        if (step instanceof MapItemReferencePath item) {
            Argument<?>[] parameters = item.mapArgument().getTypeParameters();
            return parameters.length > 1 ? parameters[1] : Argument.OBJECT_ARGUMENT;
        }
        return Argument.OBJECT_ARGUMENT;
    }

    /** What a value of this type looks like, in words and an example: never the name of a class. */
    static String mustBe(Argument<?> argument) {
        Class<?> type = argument.getType();
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "must be a text";
        }
        if (type == UUID.class) {
            return "must be an id such as 3f2b8c1e-6d5a-4f7e-9b0c-2a1d4e6f8a9b";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            return "must be a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            return "must be a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "must be a time such as 2026-03-02T09:00:00Z";
        }
        if (type == LocalDate.class) {
            return "must be a date such as 2026-03-02";
        }
        if (type == LocalDateTime.class) {
            return "must be a date and time such as 2026-03-02T09:00";
        }
        if (type == LocalTime.class) {
            return "must be a time of day such as 09:00";
        }
        if (type == Duration.class) {
            return "must be a duration such as PT90M";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            Argument<?>[] items = argument.getTypeParameters();
            if (items.length == 1 && items[0].getType() != Object.class) {
                // "must be a list of ids such as …": the element's own words after "must be"
                return "must be a list of " + plural(items[0]);
            }
            return "must be a list";
        }
        return "must be an object";
    }

    /** The elements of a list, in the plural: "ids such as …", "texts", "values each one of A, B". */
    private static String plural(Argument<?> item) {
        Class<?> type = item.getType();
        String one = mustBe(item);
        if (type.isEnum()) {
            return "values each " + one.substring("must be ".length());
        }
        if (type == UUID.class) {
            return "ids" + one.substring("must be an id".length());
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == LocalDate.class || type == LocalTime.class || type == Duration.class) {
            // "must be a time such as …" -> "times such as …"
            String rest = one.substring("must be a ".length());
            int space = rest.indexOf(' ');
            return rest.substring(0, space) + "s" + rest.substring(space);
        }
        if (type == LocalDateTime.class) {
            return "dates and times" + one.substring("must be a date and time".length());
        }
        if (one.equals("must be true or false")) {
            return "true or false values";
        }
        if (one.startsWith("must be a ") || one.startsWith("must be an ")) {
            return one.substring(one.indexOf(' ', "must be ".length()) + 1) + "s";
        }
        return "values";
    }

    /** The field as the client wrote it: {@code sessions[0].start}; a map key the client chose is cut short. */
    static String jsonPath(List<ReferencePath> path) {
        StringBuilder out = new StringBuilder();
        for (ReferencePath step : path) {
            if (step instanceof CollectionItemReferencePath item) {
                out.append('[').append(item.index()).append(']');
            } else if (step instanceof MapItemReferencePath item) {
                out.append(out.isEmpty() ? "" : ".").append(Excerpt.of(item.key()));
            } else if (step instanceof PropertyReferencePath property) {
                out.append(out.isEmpty() ? "" : ".").append(Excerpt.of(property.property().getName()));
            }
        }
        return out.toString();
    }

    /**
     * A constraint violation that arrives as one message, {@code "body.title: must not be blank"}, with no separate
     * path: split by hand, once through the text, into the field and the reason.
     */
    static Problem.FieldError violation(String message) {
        if (message == null) {
            return new Problem.FieldError(null, null, "is not valid");
        }
        int colon = message.indexOf(": ");
        int dot = message.indexOf('.');
        if (colon > 0 && dot > 0 && dot < colon && isName(message, 0, dot) && isPath(message, dot + 1, colon)) {
            return Problem.FieldError.field(Excerpt.of(message.substring(dot + 1, colon), 80),
                    safe(message.substring(colon + 2)));
        }
        return new Problem.FieldError(null, null, safe(message));
    }

    private static boolean isName(String text, int from, int to) {
        if (to <= from || !Character.isJavaIdentifierStart(text.charAt(from))) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (!Character.isJavaIdentifierPart(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPath(String text, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ':') {
                return false;
            }
        }
        return true;
    }

    /**
     * A constraint's own message, as long as it reads like one: short, and naming none of the server's classes or
     * packages. Anything else becomes "is not valid".
     */
    static String safe(String message) {
        if (message == null || message.isBlank() || message.length() > 200 || message.contains("Exception")
                || message.contains("java.") || message.contains("io.micronaut") || message.contains("dk.spor")
                || message.contains("$") || message.contains("SQL")) {
            return "is not valid";
        }
        return Excerpt.of(message, 200);
    }

    /** {@code "create.request.name"} → {@code "name"}: the client knows its body, not the server's method names. */
    static String fieldName(String path) {
        int dot = path.indexOf('.');
        int second = dot < 0 ? -1 : path.indexOf('.', dot + 1);
        return Excerpt.of(second < 0 ? path : path.substring(second + 1), 80);
    }
}
