package com.salesteam.jira.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.salesteam.jira.service.cadence.DealTitles;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Deals' keys and summaries from Jira's issue manager, for the deals an agenda names (its slipped and stale deals
 * only, never every deal of a rep). No permission check: the agenda goes to the rep's manager, who sees the team's
 * deals; the key is what Jira links.
 */
public class JiraDealTitles implements DealTitles {

    private final IssueManager issueManager;

    public JiraDealTitles(IssueManager issueManager) {
        this.issueManager = issueManager;
    }

    @Override
    public Map<Long, Title> titles(Collection<Long> issueIds) {
        Map<Long, Title> titles = new LinkedHashMap<>();
        for (Long issueId : issueIds) {
            MutableIssue issue = issueManager.getIssueObject(issueId);
            if (issue != null && issue.getKey() != null) {
                titles.put(issueId, new Title(issue.getKey(), issue.getSummary() == null ? "" : issue.getSummary()));
            }
        }
        return titles;
    }
}
