package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;

import java.util.Collection;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.config.StatusManager}; see DESIGN.md. Verified against: jira-api StatusManager.java source (6.x, turgaycelik/mysource, @PublicApi; 4-arg createStatus since 6.1), PubFlow call site createStatus(name, "", iconUrl, statusCategory). */
public interface StatusManager {
    Status createStatus(String name, String description, String iconUrl, StatusCategory statusCategory);

    Collection<Status> getStatuses();
}
