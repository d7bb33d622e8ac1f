package com.atlassian.jira.event;

import java.util.Date;
import java.util.Map;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.event.JiraEvent}; see DESIGN.md. Verified against: docs.atlassian.com/jira/server/com/atlassian/jira/event/JiraEvent.html (7.x). */
public interface JiraEvent {
    Map<String, Object> getParams();

    Date getTime();
}
