package com.salesteam.jira.jira;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import com.salesteam.jira.service.StageNames;

import java.util.HashMap;
import java.util.Map;

/** Stage names from Jira's statuses (which Jira keeps in its own cluster-safe cache: no query per call). */
public class JiraStageNames implements StageNames {

    private final StatusManager statusManager;

    public JiraStageNames(StatusManager statusManager) {
        this.statusManager = statusManager;
    }

    @Override
    public Map<String, String> byId() {
        Map<String, String> names = new HashMap<>();
        for (Status status : statusManager.getStatuses()) {
            names.put(status.getId(), status.getName());
        }
        return names;
    }
}
