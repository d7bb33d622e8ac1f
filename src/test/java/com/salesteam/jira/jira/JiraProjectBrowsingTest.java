package com.salesteam.jira.jira;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class JiraProjectBrowsingTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private PermissionManager permissionManager;
    @Mock
    private ProjectManager projectManager;
    @Mock
    private UserManager userManager;
    @Mock
    private ApplicationUser ann;

    private final Project sales = project(10L);
    private final Project support = project(20L);
    private JiraProjectBrowsing browsing;

    private static Project project(long id) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(id);
        return project;
    }

    @Before
    public void setUp() {
        when(projectManager.getProjectObjects()).thenReturn(List.of(sales, support));
        when(userManager.getUserByKey("ann")).thenReturn(ann);
        when(ann.isActive()).thenReturn(true);
        browsing = new JiraProjectBrowsing(permissionManager, projectManager, userManager);
    }

    @Test
    public void theProjectsHiddenAreThoseWithoutBrowseProjects() {
        when(permissionManager.getProjects(ProjectPermissions.BROWSE_PROJECTS, ann)).thenReturn(List.of(sales));

        assertEquals(Set.of(20L), browsing.projectsHiddenFrom("ann"));
    }

    @Test
    public void someoneWhoBrowsesEveryProjectHasNoneHidden() {
        when(permissionManager.getProjects(ProjectPermissions.BROWSE_PROJECTS, ann)).thenReturn(List.of(support, sales));

        assertEquals(Set.of(), browsing.projectsHiddenFrom("ann"));
    }

    @Test
    public void anUnknownOrInactivePersonHasEveryProjectHidden() {
        when(ann.isActive()).thenReturn(false);
        when(permissionManager.getProjects(ProjectPermissions.BROWSE_PROJECTS, ann)).thenReturn(List.of(sales, support));

        assertEquals(Set.of(10L, 20L), browsing.projectsHiddenFrom("ann"));
        assertEquals(Set.of(10L, 20L), browsing.projectsHiddenFrom("nobody"));
    }
}
