package com.salesteam.jira.jira.setup;

import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenFactory;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItem;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenTab;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntity;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class JiraScreensTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private FieldScreenManager fieldScreenManager;
    @Mock
    private FieldScreenSchemeManager fieldScreenSchemeManager;
    @Mock
    private FieldScreenFactory factory;
    @Mock
    private IssueTypeScreenSchemeManager issueTypeScreenSchemeManager;
    @Mock
    private ProjectManager projectManager;
    @Mock
    private Project sales;
    @Mock
    private Project other;
    @Mock
    private IssueTypeScreenScheme current;
    @Mock
    private FieldScreenScheme dealScreens;
    @Mock
    private FieldScreenScheme bugScreens;

    private JiraScreens screens;
    private final List<IssueTypeScreenSchemeEntity> createdEntities = new ArrayList<>();

    @Before
    public void setUp() {
        screens = new JiraScreens(fieldScreenManager, fieldScreenSchemeManager, factory, issueTypeScreenSchemeManager,
                projectManager);
        when(sales.getId()).thenReturn(1L);
        when(other.getId()).thenReturn(2L);
        when(current.getId()).thenReturn(1L);
        when(projectManager.getProjectObjects()).thenReturn(List.of(sales, other));
        when(issueTypeScreenSchemeManager.getIssueTypeScreenScheme(sales)).thenReturn(current);
        when(fieldScreenSchemeManager.getFieldScreenScheme(500L)).thenReturn(dealScreens);
        when(factory.createIssueTypeScreenSchemeEntity()).thenAnswer(invocation -> {
            IssueTypeScreenSchemeEntity entity = mock(IssueTypeScreenSchemeEntity.class);
            createdEntities.add(entity);
            return entity;
        });
    }

    @Test
    public void aScreenHoldsItsFieldsInOrderOnOneTab() {
        FieldScreen screen = mock(FieldScreen.class);
        FieldScreenTab tab = mock(FieldScreenTab.class);
        when(factory.createScreen()).thenReturn(screen);
        when(screen.addTab("Deal Screen")).thenReturn(tab);
        when(screen.getId()).thenReturn(42L);

        assertEquals("42", screens.createScreen("Deal Screen", "made by setup", List.of("summary", "customfield_1")));

        InOrder order = inOrder(screen, tab);
        order.verify(screen).setName("Deal Screen");
        order.verify(screen).store();
        order.verify(tab).addFieldScreenLayoutItem("summary");
        order.verify(tab).addFieldScreenLayoutItem("customfield_1");
    }

    @Test
    public void aScreenSchemeShowsItsScreenForEveryOperation() {
        FieldScreen screen = mock(FieldScreen.class);
        FieldScreenScheme scheme = mock(FieldScreenScheme.class);
        FieldScreenSchemeItem item = mock(FieldScreenSchemeItem.class);
        when(fieldScreenManager.getFieldScreen(42L)).thenReturn(screen);
        when(factory.createFieldScreenScheme()).thenReturn(scheme);
        when(factory.createFieldScreenSchemeItem()).thenReturn(item);
        when(scheme.getId()).thenReturn(7L);

        assertEquals("7", screens.createScreenScheme("Deal Screen Scheme", "made by setup", "42"));

        verify(item).setIssueOperation(null);
        verify(item).setFieldScreen(screen);
        verify(scheme).addFieldScreenSchemeItem(item);
    }

    @Test
    public void aSharedOrDefaultSchemeIsCopiedWithItsMappingsAndTheNewOne() {
        IssueTypeScreenSchemeEntity defaults = entity(null, bugScreens);
        IssueTypeScreenSchemeEntity bug = entity("1", bugScreens);
        when(current.getEntities()).thenReturn(List.of(defaults, bug));
        when(current.isDefault()).thenReturn(true);
        IssueTypeScreenScheme copy = mock(IssueTypeScreenScheme.class);
        when(factory.createIssueTypeScreenScheme()).thenReturn(copy);

        screens.map(sales, "10001", "500", "SALES: screens", "made by setup");

        verify(copy).setName("SALES: screens");
        verify(copy).store();
        assertEquals(3, createdEntities.size());
        createdEntities.forEach(entity -> verify(copy).addEntity(entity));
        verify(createdEntities.get(0)).setIssueTypeId(null);
        verify(createdEntities.get(1)).setIssueTypeId("1");
        verify(createdEntities.get(2)).setIssueTypeId("10001");
        verify(createdEntities.get(2)).setFieldScreenScheme(dealScreens);
        verify(issueTypeScreenSchemeManager).removeSchemeAssociation(sales, current);
        verify(issueTypeScreenSchemeManager).addSchemeAssociation(sales, copy);
        verify(current, never()).addEntity(any());
    }

    @Test
    public void theProjectsOwnSchemeGainsTheMappingInPlace() {
        IssueTypeScreenScheme otherScheme = mock(IssueTypeScreenScheme.class);
        when(otherScheme.getId()).thenReturn(2L);
        when(issueTypeScreenSchemeManager.getIssueTypeScreenScheme(other)).thenReturn(otherScheme);

        screens.map(sales, "10001", "500", "SALES: screens", "made by setup");

        verify(current).addEntity(createdEntities.get(0));
        verify(factory, never()).createIssueTypeScreenScheme();
        verify(issueTypeScreenSchemeManager, never()).addSchemeAssociation(any(), any());
    }

    @Test
    public void onlyExplicitMappingsAreReported() {
        when(bugScreens.getId()).thenReturn(9L);
        List<IssueTypeScreenSchemeEntity> entities = List.of(entity(null, bugScreens), entity("1", bugScreens));
        when(current.getEntities()).thenReturn(entities);

        assertEquals(Map.of("1", "9"), JiraScreens.mapping(current));
    }

    private static IssueTypeScreenSchemeEntity entity(String issueTypeId, FieldScreenScheme scheme) {
        IssueTypeScreenSchemeEntity entity = mock(IssueTypeScreenSchemeEntity.class);
        when(entity.getIssueTypeId()).thenReturn(issueTypeId);
        when(entity.getFieldScreenScheme()).thenReturn(scheme);
        return entity;
    }
}
