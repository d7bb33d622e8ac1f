package com.atlassian.jira.event.issue;

import com.atlassian.jira.event.AbstractEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import org.ofbiz.core.entity.GenericValue;

import java.util.Map;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.event.issue.IssueEvent}; see DESIGN.md. Verified against: docs.atlassian.com/jira/server IssueEvent.html (final class extends AbstractEvent implements IssueRelatedEvent, 7.x), jira-api IssueEvent.java source (6.x), Jira 8.x plugin code calling new IssueEvent(issue, null, applicationUser, 0L). IssueRelatedEvent omitted. Small real behaviour: stores constructor args. */
public final class IssueEvent extends AbstractEvent {
    private final Issue issue;
    private final ApplicationUser user;
    private final Long eventTypeId;
    private GenericValue changeGroup;

    @SuppressWarnings({"rawtypes", "unchecked"})
    public IssueEvent(Issue issue, Map params, ApplicationUser user, Long eventTypeId) {
        super(params);
        this.issue = issue;
        this.user = user;
        this.eventTypeId = eventTypeId;
    }

    public Issue getIssue() {
        return issue;
    }

    public ApplicationUser getUser() {
        return user;
    }

    /** May be null (e.g. edit with only a comment); always null for events built with the 4-arg constructor. */
    public GenericValue getChangeLog() {
        return changeGroup;
    }

    public Long getEventTypeId() {
        return eventTypeId;
    }
}
