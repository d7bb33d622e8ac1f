package com.salesteam.jira.service;

import java.util.List;
import java.util.Objects;

/** A refused input value: the field it came from and the i18n key (with arguments) that says why. */
public record FieldError(String field, String messageKey, List<Object> arguments) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    public static FieldError of(String field, String messageKey, Object... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }
}
