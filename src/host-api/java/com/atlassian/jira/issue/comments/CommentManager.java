package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.comments.CommentManager} (only what the app uses); see DESIGN.md. Verified against: jira-api CommentManager.java source, @PublicApi, "Comment create(Issue issue, ApplicationUser author, String body, boolean dispatchEvent)" (code corpus, 6.x+ signature kept through 10.x). */
public interface CommentManager {

    Comment create(Issue issue, ApplicationUser author, String body, boolean dispatchEvent);
}
