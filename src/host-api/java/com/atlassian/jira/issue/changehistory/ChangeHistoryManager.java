package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;

import java.util.List;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.changehistory.ChangeHistoryManager}; see DESIGN.md. Verified against: jira-api ChangeHistoryManager.java source (6.x, code corpus, @PublicApi; {@code List<ChangeHistory> getChangeHistories(Issue issue)}, no checked exceptions). Only the method the app uses. */
public interface ChangeHistoryManager {
    List<ChangeHistory> getChangeHistories(Issue issue);
}
