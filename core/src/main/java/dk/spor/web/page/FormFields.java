package dk.spor.web.page;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fields of a posted form as a page controller reads them, taken as {@code @Body Map<String, Object>}: a field
 * sent once arrives as its value, a field sent several times (check boxes) as a list. Whatever a browser sends, a
 * controller asks for one value or for all of them, as trimmed text, and never fails on a field it did not expect
 * (the CSRF token, the button pressed).
 */
public final class FormFields {

    private final Map<String, Object> fields;

    private FormFields(Map<String, Object> fields) {
        this.fields = fields == null ? Map.of() : fields;
    }

    public static FormFields of(@Nullable Map<String, Object> fields) {
        return new FormFields(fields);
    }

    /** The field's value, trimmed; empty when it was not sent or sent empty. The first, if sent several times. */
    public String one(String name) {
        List<String> all = all(name);
        return all.isEmpty() ? "" : all.get(0);
    }

    /** Every non-empty value of the field, trimmed, in the order sent. */
    public List<String> all(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return List.of();
        }
        Collection<?> values = value instanceof Collection<?> c ? c : List.of(value);
        return values.stream().filter(Objects::nonNull).map(v -> String.valueOf(v).strip())
                .filter(v -> !v.isEmpty()).toList();
    }

    /** Whether the field was sent with a value. */
    public boolean has(String name) {
        return !one(name).isEmpty();
    }

    /** The names of the fields sent that start with {@code prefix}, e.g. {@code answers.}. */
    public List<String> namesStartingWith(String prefix) {
        return fields.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().toList();
    }
}
