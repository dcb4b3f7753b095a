package dk.spor.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form as shown again after bad input: what the person typed, and each error in their language, by its field and
 * in the summary at the top (which links to the field: the field's {@code id} is its name).
 */
public final class Form {

    /** One wrong field and what to do about it, already in the page's language. */
    public record FieldError(String field, String message) {
    }

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<FieldError> errors = new ArrayList<>();

    public static Form empty() {
        return new Form();
    }

    /** Keeps what was typed, to show it again. */
    public Form value(String field, String value) {
        values.put(field, value == null ? "" : value);
        return this;
    }

    public Form error(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public String valueOf(String field) {
        return values.getOrDefault(field, "");
    }

    /** The field's error, or null. */
    public String errorOf(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
