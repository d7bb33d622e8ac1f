package com.atlassian.jira.issue.label;

import com.atlassian.jira.user.ApplicationUser;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.label.LabelManager} (only what the app uses); see DESIGN.md. Verified against: docs.atlassian.com/jira/latest LabelManager.html, "Label addLabel(ApplicationUser remoteUser, Long issueId, String label, boolean sendNotification)". */
public interface LabelManager {

    Label addLabel(ApplicationUser remoteUser, Long issueId, String label, boolean sendNotification);
}
