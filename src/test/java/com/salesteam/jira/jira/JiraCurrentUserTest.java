package com.salesteam.jira.jira;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.salesteam.jira.service.Caller;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.when;

public class JiraCurrentUserTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private JiraAuthenticationContext authenticationContext;
    @Mock
    private GlobalPermissionManager permissions;
    @Mock
    private ApplicationUser user;

    private JiraCurrentUser currentUser() {
        return new JiraCurrentUser(authenticationContext, permissions);
    }

    @Test
    public void anonymousIsNobody() {
        when(authenticationContext.getLoggedInUser()).thenReturn(null);
        assertEquals(Optional.empty(), currentUser().caller());
    }

    @Test
    public void aDeactivatedUserIsNobody() {
        when(authenticationContext.getLoggedInUser()).thenReturn(user);
        when(user.isActive()).thenReturn(false);
        assertEquals(Optional.empty(), currentUser().caller());
    }

    @Test
    public void adminMeansTheAdministerGlobalPermission() {
        when(authenticationContext.getLoggedInUser()).thenReturn(user);
        when(user.isActive()).thenReturn(true);
        when(user.getKey()).thenReturn("JIRAUSER10100");
        when(user.getDisplayName()).thenReturn("王芳");
        when(permissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)).thenReturn(true);

        assertEquals(Optional.of(new Caller("JIRAUSER10100", "王芳", true)), currentUser().caller());

        when(permissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)).thenReturn(false);
        assertEquals(Optional.of(new Caller("JIRAUSER10100", "王芳", false)), currentUser().caller());
    }
}
