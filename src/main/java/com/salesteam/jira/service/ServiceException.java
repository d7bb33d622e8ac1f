package com.salesteam.jira.service;

import java.util.List;
import java.util.Objects;

/**
 * A use case refused the request. The reason maps to an HTTP status at the REST edge; the message is an
 * i18n key so each caller reads it in their own language.
 */
public final class ServiceException extends RuntimeException {

    public enum Reason { INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT }

    private final Reason reason;
    private final String messageKey;
    private final List<Object> arguments;
    private final List<FieldError> fieldErrors;

    private ServiceException(Reason reason, String messageKey, List<Object> arguments, List<FieldError> fieldErrors) {
        super(reason + ": " + messageKey + " " + arguments + " " + fieldErrors);
        this.reason = Objects.requireNonNull(reason);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.arguments = List.copyOf(arguments);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ServiceException invalid(List<FieldError> fieldErrors) {
        if (fieldErrors.isEmpty()) {
            throw new IllegalArgumentException("an invalid request names at least one field");
        }
        return new ServiceException(Reason.INVALID, "salesteam.error.invalid", List.of(), fieldErrors);
    }

    public static ServiceException invalid(FieldError fieldError) {
        return invalid(List.of(fieldError));
    }

    public static ServiceException unauthenticated() {
        return new ServiceException(Reason.UNAUTHENTICATED, "salesteam.error.unauthenticated", List.of(), List.of());
    }

    public static ServiceException forbidden(String messageKey) {
        return new ServiceException(Reason.FORBIDDEN, messageKey, List.of(), List.of());
    }

    public static ServiceException notFound(String messageKey, Object... arguments) {
        return new ServiceException(Reason.NOT_FOUND, messageKey, List.of(arguments), List.of());
    }

    public static ServiceException conflict(String messageKey, Object... arguments) {
        return new ServiceException(Reason.CONFLICT, messageKey, List.of(arguments), List.of());
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
