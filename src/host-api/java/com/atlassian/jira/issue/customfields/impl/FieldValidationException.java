package com.atlassian.jira.issue.customfields.impl;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.customfields.impl.FieldValidationException}; see DESIGN.md. Verified against: jira-api FieldValidationException.java source (code corpus, @PublicApi, extends RuntimeException, (String) ctor); public plugins throwing new FieldValidationException("Not a valid number."). Constructor only calls super. */
public class FieldValidationException extends RuntimeException {
    public FieldValidationException(String message) {
        super(message);
    }
}
