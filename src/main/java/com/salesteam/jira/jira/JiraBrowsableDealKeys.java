package com.salesteam.jira.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.salesteam.jira.service.BrowsableDealKeys;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Deals' issue keys from Jira's issue manager in one batch, each kept only if the viewer has Browse Projects on that
 * issue (Jira's permission manager answers per issue, so issue security levels count; its caches keep this free
 * of queries per deal). Deleted issues are simply missing from the batch.
 */
public class JiraBrowsableDealKeys implements BrowsableDealKeys {

    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final UserManager userManager;

    public JiraBrowsableDealKeys(IssueManager issueManager, PermissionManager permissionManager,
                                 UserManager userManager) {
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.userManager = userManager;
    }

    @Override
    public Map<Long, String> keysFor(String viewerKey, Collection<Long> issueIds) {
        Map<Long, String> keys = new HashMap<>();
        ApplicationUser viewer = userManager.getUserByKey(viewerKey);
        if (issueIds.isEmpty() || viewer == null || !viewer.isActive()) {
            return keys;
        }
        for (Issue issue : issueManager.getIssueObjects(List.copyOf(issueIds))) {
            if (issue != null && issue.getId() != null && issue.getKey() != null
                    && permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, viewer)) {
                keys.put(issue.getId(), issue.getKey());
            }
        }
        return keys;
    }
}
