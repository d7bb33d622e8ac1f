package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.history.ChangeItemBean;

import java.util.List;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.changehistory.ChangeHistoryManager}; see DESIGN.md. Verified against: jira-api ChangeHistoryManager.java source (6.x, code corpus, @PublicApi; getChangeItemsForField(Issue, String) returns List<ChangeItemBean>, oldest first, no checked exceptions), DefaultChangeHistoryManager.getChangeItemsForField, public plugins calling ComponentAccessor.getChangeHistoryManager().getChangeItemsForField(issue, "status"). */
public interface ChangeHistoryManager {
    List<ChangeItemBean> getChangeItemsForField(Issue issue, String changeItemFieldName);
}
