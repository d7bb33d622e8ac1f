package com.salesteam.jira.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class JiraBrowsableDealKeysTest {

    private final IssueManager issues = mock(IssueManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final UserManager users = mock(UserManager.class);
    private final ApplicationUser ann = mock(ApplicationUser.class);
    private final JiraBrowsableDealKeys keys = new JiraBrowsableDealKeys(issues, permissions, users);

    private static Issue issue(long id, String key) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        return issue;
    }

    @Test
    public void keysOfTheDealsTheViewerMayBrowseInOneBatchAndNoneOfTheOthers() {
        when(users.getUserByKey("ann")).thenReturn(ann);
        when(ann.isActive()).thenReturn(true);
        Issue open = issue(1, "SALES-1");
        Issue secret = issue(2, "SALES-2");
        when(issues.getIssueObjects(List.of(1L, 2L, 3L))).thenReturn(List.of(open, secret));
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, open, ann)).thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, secret, ann)).thenReturn(false);

        assertEquals(Map.of(1L, "SALES-1"), keys.keysFor("ann", List.of(1L, 2L, 3L)));
        verify(issues, never()).getIssueObject(anyLong());
    }

    @Test
    public void anUnknownOrInactiveViewerAndNoDealsReadNothing() {
        when(users.getUserByKey("gone")).thenReturn(null);
        when(users.getUserByKey("ann")).thenReturn(ann);
        when(ann.isActive()).thenReturn(false);

        assertEquals(Map.of(), keys.keysFor("gone", List.of(1L)));
        assertEquals(Map.of(), keys.keysFor("ann", List.of(1L)));
        when(ann.isActive()).thenReturn(true);
        assertEquals(Map.of(), keys.keysFor("ann", List.of()));
        verify(issues, never()).getIssueObjects(any());
    }
}
