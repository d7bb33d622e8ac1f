package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.link.IssueLink}; see DESIGN.md. Verified against: jira-api IssueLink.java source (code corpus: getSourceObject, getDestinationObject). Supertype OfBizValueWrapper omitted. */
public interface IssueLink {
    Long getId();

    Issue getSourceObject();

    Issue getDestinationObject();
}
