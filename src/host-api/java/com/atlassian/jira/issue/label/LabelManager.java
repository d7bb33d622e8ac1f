package com.atlassian.jira.issue.label;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Set;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.label.LabelManager} (only what the app uses); see DESIGN.md. Verified against: docs.atlassian.com/jira/latest LabelManager.html, "Label addLabel(ApplicationUser remoteUser, Long issueId, String label, boolean sendNotification)". */
public interface LabelManager {

    Label addLabel(ApplicationUser remoteUser, Long issueId, String label, boolean sendNotification);

    /** Verified against: jira-api LabelManager.java source (@PublicApi since 4.2), "Set&lt;Label&gt; getLabels(final Long issueId)", unchanged through 10.x javadoc. */
    Set<Label> getLabels(Long issueId);
}
