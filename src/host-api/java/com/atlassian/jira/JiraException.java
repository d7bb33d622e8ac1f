package com.atlassian.jira;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.JiraException}; see DESIGN.md. Verified against: docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/JiraException.html. Constructors only call super (trivial real behaviour). */
public class JiraException extends Exception {
    public JiraException() {
        super();
    }

    public JiraException(String s) {
        super(s);
    }

    public JiraException(Throwable throwable) {
        super(throwable);
    }

    public JiraException(String s, Throwable throwable) {
        super(s, throwable);
    }
}
