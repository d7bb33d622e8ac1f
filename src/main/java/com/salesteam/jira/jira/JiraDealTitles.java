package com.salesteam.jira.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.salesteam.jira.service.cadence.DealTitles;

import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Deals' keys and summaries from Jira's issue manager, read in one batch, for the deals an agenda names (its slipped
 * and stale deals only, never every deal of a rep). The agenda has already left out deals in projects the meeting's
 * manager cannot browse ({@code MeetingAgendas}); deleted issues are simply missing from the batch.
 */
public class JiraDealTitles implements DealTitles {

    private final IssueManager issueManager;

    public JiraDealTitles(IssueManager issueManager) {
        this.issueManager = issueManager;
    }

    @Override
    public Map<Long, Title> titles(Collection<Long> issueIds) {
        Map<Long, Title> titles = new LinkedHashMap<>();
        if (issueIds.isEmpty()) {
            return titles;
        }
        for (Issue issue : issueManager.getIssueObjects(List.copyOf(issueIds))) {
            if (issue != null && issue.getId() != null && issue.getKey() != null) {
                titles.put(issue.getId(), new Title(issue.getKey(),
                        issue.getSummary() == null ? "" : issue.getSummary()));
            }
        }
        return titles;
    }
}
