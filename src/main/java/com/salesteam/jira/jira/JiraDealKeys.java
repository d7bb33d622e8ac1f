package com.salesteam.jira.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.salesteam.jira.service.badge.DealKeys;

import java.util.Optional;

/**
 * A deal's issue key from Jira's issue manager. No permission check here: the key is stored with the badge, and the
 * badge service shows it only to viewers who may browse the deal's issue.
 */
public class JiraDealKeys implements DealKeys {

    private final IssueManager issueManager;

    public JiraDealKeys(IssueManager issueManager) {
        this.issueManager = issueManager;
    }

    @Override
    public Optional<String> keyOf(long issueId) {
        MutableIssue issue = issueManager.getIssueObject(issueId);
        return issue == null ? Optional.empty() : Optional.ofNullable(issue.getKey());
    }
}
