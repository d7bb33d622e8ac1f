package com.atlassian.jira.scheme;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.scheme.Scheme}; see DESIGN.md. Verified against: jira-api Scheme.java source (6.x, turgaycelik/mysource: public class with public no-arg constructor, getId() Long, getName() String), new Scheme() in cures-condec-jira MockWorkflowSchemeManager (8.8.1). Interfaces NamedWithDescription/NamedWithId and other members omitted. */
public class Scheme {
    public Long getId() {
        throw new UnsupportedOperationException();
    }

    public String getName() {
        throw new UnsupportedOperationException();
    }
}
