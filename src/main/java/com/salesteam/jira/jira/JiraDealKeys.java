package com.salesteam.jira.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.salesteam.jira.service.badge.DealKeys;
import com.salesteam.jira.service.badge.DealProjects;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A deal's issue key and project from Jira's issue manager. No permission check here: the key is stored with the
 * badge, and the badge service shows it only to viewers who may browse the deal's project.
 */
public class JiraDealKeys implements DealKeys, DealProjects {

    private final IssueManager issueManager;

    public JiraDealKeys(IssueManager issueManager) {
        this.issueManager = issueManager;
    }

    @Override
    public Optional<String> keyOf(long issueId) {
        MutableIssue issue = issueManager.getIssueObject(issueId);
        return issue == null ? Optional.empty() : Optional.ofNullable(issue.getKey());
    }

    @Override
    public Map<Long, Long> projectsOf(Collection<Long> issueIds) {
        Map<Long, Long> projects = new HashMap<>();
        if (!issueIds.isEmpty()) {
            for (Issue issue : issueManager.getIssueObjects(issueIds)) {
                if (issue.getId() != null && issue.getProjectId() != null) {
                    projects.put(issue.getId(), issue.getProjectId());
                }
            }
        }
        return projects;
    }
}
