package dk.spor.web;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * An error a person can act on, answered as {@code application/problem+json}. {@code errors} lists every field or
 * line that was wrong, so a bad import can be fixed in one go.
 */
public class Problem extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<FieldError> errors;

    public Problem(HttpStatus status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static Problem notFound(String what) {
        return new Problem(HttpStatus.NOT_FOUND, "Not found", what + " does not exist, or you may not see it.", List.of());
    }

    public static Problem forbidden(String detail) {
        return new Problem(HttpStatus.FORBIDDEN, "Forbidden", detail, List.of());
    }

    public static Problem conflict(String detail) {
        return new Problem(HttpStatus.CONFLICT, "Conflict", detail, List.of());
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid input", detail, errors);
    }

    public static Problem badRequest(String detail) {
        return new Problem(HttpStatus.BAD_REQUEST, "Bad request", detail, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One wrong thing: where ({@code field} or CSV {@code line}) and why. */
    public record FieldError(String field, Integer line, String message) {
        public static FieldError field(String field, String message) {
            return new FieldError(field, null, message);
        }

        public static FieldError line(int line, String message) {
            return new FieldError(null, line, message);
        }
    }
}
