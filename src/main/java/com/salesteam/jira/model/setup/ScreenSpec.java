package com.salesteam.jira.model.setup;

import java.util.List;
import java.util.Objects;

/**
 * A screen with one tab. {@code fields} lists, in order, Jira's system fields by id ("summary", "assignee") and
 * the blueprint's own fields as "field." + their ref ("field.amount").
 */
public record ScreenSpec(String ref, String name, List<String> fields) {

    public static final String APP_FIELD_PREFIX = "field.";

    public ScreenSpec {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
    }
}
