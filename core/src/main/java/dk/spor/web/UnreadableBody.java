package dk.spor.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import dk.spor.input.model.Excerpt;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A body or a value that does not fit its shape (an unknown field, text where a number belongs, an unknown enum
 * value, a control character in a text, a date far out): the problem names the field and what it must be.
 */
@Singleton
@Produces
@Replaces(io.micronaut.http.server.exceptions.ConversionErrorHandler.class)
public class UnreadableBody implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
        Problem.FieldError error = unreadable(exception);
        return HttpResponse.status(HttpStatus.BAD_REQUEST).contentType(ProblemHandling.PROBLEM_JSON)
                .body(ProblemHandling.body(HttpStatus.BAD_REQUEST, HttpStatus.BAD_REQUEST.getReason(),
                        ProblemHandling.sentence(List.of(error)), List.of(error)));
    }

    static Problem.FieldError unreadable(ConversionErrorException exception) {
        SerdeException serde = ProblemHandling.find(exception, SerdeException.class);
        RefusedValue refused = ProblemHandling.find(exception, RefusedValue.class);
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
        if (ProblemHandling.find(exception, StreamConstraintsException.class) != null) {
            return Problem.FieldError.field(field, "nests too deeply or is too long to be read");
        }
        if (ProblemHandling.find(exception, JsonProcessingException.class) != null && path.isEmpty()) {
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
}
