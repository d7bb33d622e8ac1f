package com.salesteam.jira.jira;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class JiraGroupDirectoryTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private GroupManager groupManager;
    @Mock
    private Group group;

    private static ApplicationUser user(String key, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.isActive()).thenReturn(active);
        return user;
    }

    @Test
    public void membersAreTheKeysOfTheGroupsActiveUsersReadOnce() {
        List<ApplicationUser> users = List.of(user("JIRAUSER10100", true), user("JIRAUSER10101", false),
                user("JIRAUSER10102", true));
        when(groupManager.getGroup("emea-sales")).thenReturn(group);
        when(groupManager.getUsersInGroup(group)).thenReturn(users);
        JiraGroupDirectory directory = new JiraGroupDirectory(groupManager);

        assertEquals(Optional.of(List.of("JIRAUSER10100", "JIRAUSER10102")), directory.activeMemberKeys("emea-sales"));
        assertTrue(directory.exists("emea-sales"));
        verify(groupManager, times(1)).getUsersInGroup(group);
    }

    @Test
    public void aMissingGroupHasNoMembersAndIsNeverAskedForThem() {
        JiraGroupDirectory directory = new JiraGroupDirectory(groupManager);

        assertEquals(Optional.empty(), directory.activeMemberKeys("deleted-group"));
        assertFalse(directory.exists("deleted-group"));
        verify(groupManager, never()).getUsersInGroup(any());
    }
}
