package com.salesteam.jira.model.setup;

import java.util.List;
import java.util.Objects;

/**
 * A custom field the app creates for its issue types. The app finds its fields by {@code name}, so the name is
 * not translated; {@code options} are the choices of a {@link FieldKind#SELECT} field, empty for other kinds.
 */
public record FieldSpec(String ref, String name, FieldKind kind, String descriptionKey, List<String> options) {

    public FieldSpec {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(descriptionKey, "descriptionKey");
        options = List.copyOf(options);
        if (kind == FieldKind.SELECT == options.isEmpty()) {
            throw new IllegalArgumentException("a select field needs options, and only a select field has them: " + name);
        }
    }
}
