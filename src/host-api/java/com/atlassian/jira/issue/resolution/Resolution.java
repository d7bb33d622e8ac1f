package com.atlassian.jira.issue.resolution;

import com.atlassian.jira.issue.IssueConstant;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.resolution.Resolution}; see DESIGN.md. Verified against: jira-api Resolution.java source (turgaycelik/mysource, @PublicApi: interface Resolution extends IssueConstant). Deprecated getIconUrl override omitted. */
public interface Resolution extends IssueConstant {
}
