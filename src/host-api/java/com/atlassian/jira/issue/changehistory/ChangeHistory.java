package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.util.UserManager;
import org.ofbiz.core.entity.GenericValue;

import java.sql.Timestamp;
import java.util.List;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.changehistory.ChangeHistory}; see DESIGN.md. Verified against: jira-api ChangeHistory.java source (code corpus, 6.x: public class, getTimePerformed() returns Timestamp, getChangeItemBeans() returns List&lt;ChangeItemBean&gt;) and a Java 17 app's test subclassing it with {@code new ChangeHistory(null, null, null)} and overriding both methods. Only these members. */
public class ChangeHistory {
    public ChangeHistory(final GenericValue changeHistoryGV, final IssueManager issueManager, final UserManager userManager) {
        throw new UnsupportedOperationException();
    }

    public Timestamp getTimePerformed() {
        throw new UnsupportedOperationException();
    }

    public List<ChangeItemBean> getChangeItemBeans() {
        throw new UnsupportedOperationException();
    }
}
