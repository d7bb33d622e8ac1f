package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.WorkflowFunctionUtils;
import com.opensymphony.workflow.WorkflowContext;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.service.TeamLookup;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class PersonRoleConditionTest {

    /** Region (managed by "director") above East (managed by "boss", with "rep" and "boss" himself); West apart. */
    private static final List<Team> TEAMS = List.of(
            new Team(1, "Region", "", Optional.empty(), Optional.of("director"), List.of()),
            new Team(2, "East", "", Optional.of(1L), Optional.of("boss"), List.of("rep", "boss")),
            new Team(3, "West", "", Optional.empty(), Optional.of("westboss"), List.of("westrep")));

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CustomFieldManager customFieldManager;
    @Mock
    private TeamLookup teams;
    @Mock
    private Issue review;
    @Mock
    private CustomField reviewee;
    @Mock
    private ApplicationUser rep;
    @Mock
    private ApplicationUser boss;

    private PersonRoleCondition condition;

    @Before
    public void setUp() {
        condition = new PersonRoleCondition(customFieldManager, teams);
        when(customFieldManager.getCustomFieldObject("customfield_10500")).thenReturn(reviewee);
        when(rep.getKey()).thenReturn("rep");
        when(boss.getKey()).thenReturn("boss");
        when(review.getCustomFieldValue(reviewee)).thenReturn(rep);
        when(teams.hierarchy()).thenReturn(new TeamHierarchy(TEAMS));
    }

    private boolean passes(String caller, String role) {
        Map<String, Object> transientVars = new HashMap<>();
        transientVars.put(WorkflowFunctionUtils.ORIGINAL_ISSUE_KEY, review);
        transientVars.put("context", (WorkflowContext) () -> caller);
        return condition.passesCondition(transientVars, Map.of("personFieldId", "customfield_10500", "role", role), null);
    }

    @Test
    public void onlyTheRevieweeSubmitsTheSelfAssessmentAndTheTeamsAreNotRead() {
        assertTrue(passes("rep", "person"));
        verify(teams, never()).hierarchy();
        assertFalse(passes("boss", "person"));
        assertFalse(passes("westrep", "person"));
    }

    @Test
    public void onlyTheRevieweesManagersUpTheTreeCompleteTheReview() {
        assertTrue(passes("boss", "manager"));
        assertTrue("the manager of the team above", passes("director", "manager"));
        assertFalse("another team's manager", passes("westboss", "manager"));
        assertFalse("the reviewee is not their own manager", passes("rep", "manager"));
    }

    @Test
    public void aManagerWhoIsTheRevieweeCannotReviewThemselves() {
        when(review.getCustomFieldValue(reviewee)).thenReturn(boss);
        assertFalse(passes("boss", "manager"));
        assertTrue("the manager above does", passes("director", "manager"));
    }

    @Test
    public void eitherLetsThePersonAndTheirManagersThrough() {
        assertTrue(passes("rep", "either"));
        assertTrue(passes("boss", "either"));
        assertFalse(passes("westboss", "either"));
    }

    @Test
    public void aBrokenSettingOrAnEmptyFieldOrNoCallerClosesTheGate() {
        assertFalse("unknown role", passes("rep", "PERSON "));
        assertFalse("no caller", passes(null, "either"));
        when(customFieldManager.getCustomFieldObject("customfield_10500")).thenReturn(null);
        assertFalse("missing field", passes("rep", "person"));
        when(customFieldManager.getCustomFieldObject("customfield_10500")).thenReturn(reviewee);
        when(review.getCustomFieldValue(reviewee)).thenReturn(null);
        assertFalse("nobody named", passes("boss", "manager"));
    }
}
