package com.salesteam.jira.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import org.junit.Test;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class JiraProjectKeysTest {

    @Test
    public void aKeyExistsWhenJiraFindsItsProject() {
        ProjectManager projects = mock(ProjectManager.class);
        when(projects.getProjectObjByKey("SALES")).thenReturn(mock(Project.class));
        JiraProjectKeys keys = new JiraProjectKeys(projects);

        assertTrue(keys.exists("SALES"));
        assertFalse(keys.exists("GONE"));
    }
}
