package com.salesteam.jira.jira.setup;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.Scheme;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

public class JiraProjectSchemesTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private IssueTypeSchemeManager issueTypeSchemeManager;
    @Mock
    private WorkflowSchemeManager workflowSchemeManager;
    @Mock
    private Project project;
    @Mock
    private FieldConfigScheme current;
    @Mock
    private IssueType bug;

    private JiraProjectSchemes schemes;

    @Before
    public void setUp() {
        schemes = new JiraProjectSchemes(issueTypeSchemeManager, workflowSchemeManager);
        when(project.getId()).thenReturn(10000L);
        when(bug.getId()).thenReturn("1");
        when(issueTypeSchemeManager.getConfigScheme(project)).thenReturn(current);
        when(issueTypeSchemeManager.getIssueTypesForProject(project)).thenReturn(List.of(bug));
    }

    @Test
    public void theDefaultIssueTypeSchemeIsCopiedForTheProjectNotEdited() {
        FieldConfigScheme copy = mock(FieldConfigScheme.class);
        when(issueTypeSchemeManager.isDefaultIssueTypeScheme(current)).thenReturn(true);
        when(issueTypeSchemeManager.create(any(), any(), any())).thenReturn(copy);

        schemes.addIssueType(project, "10001", "SALES: types", "made by setup");

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<String>> ids = ArgumentCaptor.forClass(List.class);
        verify(issueTypeSchemeManager).create(org.mockito.ArgumentMatchers.eq("SALES: types"),
                org.mockito.ArgumentMatchers.eq("made by setup"), ids.capture());
        assertEquals(Set.of("1", "10001"), Set.copyOf(ids.getValue()));
        verify(issueTypeSchemeManager).setProjectAssociationsForIssueTypeScheme(copy, List.of(project));
        verify(issueTypeSchemeManager, never()).update(any(), any());
    }

    @Test
    public void theProjectsOwnIssueTypeSchemeGainsTheType() {
        when(current.getAssociatedProjectIds()).thenReturn(List.of(10000L));

        schemes.addIssueType(project, "10001", "SALES: types", "made by setup");

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Collection<String>> ids = ArgumentCaptor.forClass(Collection.class);
        verify(issueTypeSchemeManager).update(org.mockito.ArgumentMatchers.eq(current), ids.capture());
        assertEquals(Set.of("1", "10001"), Set.copyOf(ids.getValue()));
        verify(issueTypeSchemeManager, never()).create(any(), any(), any());
    }

    @Test
    public void aSchemeSharedWithAnotherProjectIsCopied() {
        when(current.getAssociatedProjectIds()).thenReturn(List.of(10000L, 10001L));
        when(issueTypeSchemeManager.create(any(), any(), any())).thenReturn(mock(FieldConfigScheme.class));

        schemes.addIssueType(project, "10001", "SALES: types", "made by setup");

        verify(issueTypeSchemeManager, never()).update(any(), any());
    }

    @Test
    public void aTypeAlreadyInTheProjectChangesNothing() {
        schemes.addIssueType(project, "1", "SALES: types", "made by setup");

        verify(issueTypeSchemeManager, never()).update(any(), any());
        verify(issueTypeSchemeManager, never()).create(any(), any(), any());
    }

    @Test
    public void theWorkflowMappingIsAddedToACopyThatKeepsEveryOtherMapping() {
        AssignableWorkflowScheme active = mock(AssignableWorkflowScheme.class);
        Map<String, String> mappings = new HashMap<>();
        mappings.put(null, "jira");
        mappings.put("1", "Bug Workflow");
        when(active.getMappings()).thenReturn(mappings);
        when(workflowSchemeManager.getWorkflowSchemeObj(project)).thenReturn(active);
        AssignableWorkflowScheme.Builder builder = mock(AssignableWorkflowScheme.Builder.class, RETURNS_SELF);
        AssignableWorkflowScheme built = mock(AssignableWorkflowScheme.class);
        AssignableWorkflowScheme stored = mock(AssignableWorkflowScheme.class);
        Scheme scheme = new Scheme();
        when(workflowSchemeManager.assignableBuilder()).thenReturn(builder);
        when(builder.build()).thenReturn(built);
        when(workflowSchemeManager.createScheme(built)).thenReturn(stored);
        when(stored.getId()).thenReturn(10300L);
        when(workflowSchemeManager.getSchemeObject(10300L)).thenReturn(scheme);

        schemes.mapWorkflow(project, "10001", "Sales Deal Workflow", "SALES: workflows", "made by setup");

        verify(builder).setName("SALES: workflows");
        verify(builder).setMappings(mappings);
        verify(builder).setMapping("10001", "Sales Deal Workflow");
        verify(workflowSchemeManager).removeSchemesFromProject(project);
        verify(workflowSchemeManager).addSchemeToProject(project, scheme);
        assertEquals(Map.of("1", "Bug Workflow"), JiraProjectSchemes.explicitMappings(active));
        mappings.put(null, "Sales Deal Workflow");
        assertEquals("Sales Deal Workflow", JiraProjectSchemes.defaultWorkflow(active));
        mappings.remove(null);
        assertEquals("a scheme without a default falls to Jira's own", "jira", JiraProjectSchemes.defaultWorkflow(active));
    }

    @Test
    public void aWorkflowAlreadyMappedChangesNothing() {
        AssignableWorkflowScheme active = mock(AssignableWorkflowScheme.class);
        when(active.getMappings()).thenReturn(Map.of("10001", "Sales Deal Workflow"));
        when(workflowSchemeManager.getWorkflowSchemeObj(project)).thenReturn(active);

        schemes.mapWorkflow(project, "10001", "Sales Deal Workflow", "SALES: workflows", "made by setup");

        verify(workflowSchemeManager, never()).createScheme(any());
        verify(workflowSchemeManager, never()).removeSchemesFromProject(any());
        verifyNoInteractions(issueTypeSchemeManager);
    }
}
