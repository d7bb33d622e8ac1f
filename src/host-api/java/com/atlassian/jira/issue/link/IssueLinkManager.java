package com.atlassian.jira.issue.link;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.link.IssueLinkManager}; see DESIGN.md. Verified against: docs.atlassian.com/jira/server IssueLinkManager.html (createIssueLink with ApplicationUser, getInwardLinks, getOutwardLinks), jira-api IssueLinkManager.java source (code corpus). Only the methods the app calls. */
public interface IssueLinkManager {
    void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
                         ApplicationUser remoteUser) throws CreateException;

    List<IssueLink> getOutwardLinks(Long sourceIssueId);

    List<IssueLink> getInwardLinks(Long destinationIssueId);
}
