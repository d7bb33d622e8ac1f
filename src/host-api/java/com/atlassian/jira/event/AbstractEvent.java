package com.atlassian.jira.event;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.event.AbstractEvent}; see DESIGN.md. Verified against: jira-api AbstractEvent.java source (code corpus) and jira/7.0.8 UserEvent.html (inherits getParams/getTime). Small real behaviour (stores time/params) so tests can build IssueEvents. */
public abstract class AbstractEvent implements JiraEvent {
    protected Date time;
    protected Map<String, Object> params;

    public AbstractEvent() {
        this.time = new Date();
        this.params = new HashMap<>();
    }

    public AbstractEvent(Map<String, Object> params) {
        this.time = new Date();
        this.params = params != null ? params : new HashMap<>();
    }

    @Override
    public Date getTime() {
        return time;
    }

    @Override
    public Map<String, Object> getParams() {
        return params;
    }
}
