package com.atlassian.jira.issue.link;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.link.IssueLinkType}; see DESIGN.md. Verified against: jira-api IssueLinkType.java source (code corpus: getId, getName). Supertypes omitted. */
public interface IssueLinkType {
    Long getId();

    String getName();
}
