package com.atlassian.jira.issue.search;

import com.atlassian.jira.JiraException;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.search.SearchException}; see DESIGN.md. Verified against: docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/search/SearchException.html; 10.2.0 JiraException javadoc lists it as a subclass. Constructors only call super. */
public class SearchException extends JiraException {
    public SearchException() {
        super();
    }

    public SearchException(Exception e) {
        super(e);
    }

    public SearchException(String msg) {
        super(msg);
    }

    public SearchException(String msg, Exception e) {
        super(msg, e);
    }
}
