package dk.spor.programme.web;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** How the programme's pages read their forms' fields, and where they send the browser after a form. */
final class FormValues {

    private FormValues() {
    }

    /** A form field's value: the first one when a name came several times, empty when it did not come. */
    static String one(Map<String, Object> body, String name) {
        Object value = body.get(name);
        if (value instanceof List<?> list) {
            value = list.isEmpty() ? null : list.get(0);
        }
        return value == null ? "" : String.valueOf(value);
    }

    /** The ids a form sent under one name (checkboxes send the name once per ticked box); bad ones are dropped. */
    static List<UUID> ids(@Nullable Object value) {
        List<UUID> ids = new ArrayList<>();
        Collection<?> values = value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value);
        for (Object v : values) {
            try {
                UUID id = UUID.fromString(String.valueOf(v));
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            } catch (IllegalArgumentException ignored) {
                // not an id: a form this page did not make
            }
        }
        return ids;
    }

}
