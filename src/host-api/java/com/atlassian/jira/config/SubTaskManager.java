package com.atlassian.jira.config;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.config.SubTaskManager} (only what the app uses); see DESIGN.md. Verified against: docs.atlassian.com/jira/server SubTaskManager.html (@PublicApi, "void createSubTaskIssueLink(Issue parentIssue, Issue subTaskIssue, ApplicationUser remoteUser)"; throws CreateException per jira-api source). */
public interface SubTaskManager {

    void createSubTaskIssueLink(Issue parentIssue, Issue subTaskIssue, ApplicationUser remoteUser) throws CreateException;
}
