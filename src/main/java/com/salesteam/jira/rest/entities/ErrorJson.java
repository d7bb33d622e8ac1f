package com.salesteam.jira.rest.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Error body in Jira's own REST shape: general messages plus one message per refused field. */
public class ErrorJson {

    private final List<String> errorMessages;
    private final Map<String, String> errors;

    public ErrorJson(List<String> errorMessages, Map<String, String> errors) {
        this.errorMessages = List.copyOf(errorMessages);
        this.errors = new LinkedHashMap<>(errors);
    }

    public List<String> getErrorMessages() {
        return errorMessages;
    }

    public Map<String, String> getErrors() {
        return errors;
    }
}
