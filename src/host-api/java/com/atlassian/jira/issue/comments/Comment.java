package com.atlassian.jira.issue.comments;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.comments.Comment} (only what the app uses); see DESIGN.md. Verified against: jira-api Comment.java source (code corpus). */
public interface Comment {

    Long getId();

    String getBody();
}
