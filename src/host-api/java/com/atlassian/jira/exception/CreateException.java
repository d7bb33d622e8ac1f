package com.atlassian.jira.exception;

import com.atlassian.jira.JiraException;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.exception.CreateException}; see DESIGN.md. Verified against: docs.atlassian.com/jira/latest CreateException.html (extends JiraException; four constructors). Constructors only call super. */
public class CreateException extends JiraException {
    public CreateException() {
        super();
    }

    public CreateException(Exception e) {
        super(e);
    }

    public CreateException(String msg) {
        super(msg);
    }

    public CreateException(String msg, Exception e) {
        super(msg, e);
    }
}
