package com.salesteam.jira.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.salesteam.jira.model.Person;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.when;

public class JiraUserDirectoryTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private UserManager userManager;
    @Mock
    private ApplicationUser user;

    @Test
    public void findsUsersByKeyAndByName() {
        when(user.getKey()).thenReturn("JIRAUSER10000");
        when(user.getUsername()).thenReturn("li.wei");
        when(user.getDisplayName()).thenReturn("李伟");
        when(userManager.getUserByKey("JIRAUSER10000")).thenReturn(user);
        when(userManager.getUserByName("li.wei")).thenReturn(user);
        JiraUserDirectory directory = new JiraUserDirectory(userManager);

        Person expected = new Person("JIRAUSER10000", "li.wei", "李伟");
        assertEquals(Optional.of(expected), directory.byKey("JIRAUSER10000"));
        assertEquals(Optional.of(expected), directory.byUsername("li.wei"));
        assertEquals(Optional.empty(), directory.byKey("nobody"));
    }
}
