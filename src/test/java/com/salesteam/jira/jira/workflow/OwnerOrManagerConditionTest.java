package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.WorkflowFunctionUtils;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.service.TeamLookup;
import com.opensymphony.workflow.WorkflowContext;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class OwnerOrManagerConditionTest {

    /** Region (managed by "director") above East (managed by "boss", with "rep" and "peer"); West apart. */
    private static final List<Team> TEAMS = List.of(
            new Team(1, "Region", "", Optional.empty(), Optional.of("director"), List.of()),
            new Team(2, "East", "", Optional.of(1L), Optional.of("boss"), List.of("rep", "peer")),
            new Team(3, "West", "", Optional.empty(), Optional.of("westboss"), List.of("westrep")));

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CurrentUser currentUser;
    @Mock
    private TeamLookup teams;
    @Mock
    private Issue deal;
    @Mock
    private ApplicationUser rep;

    private OwnerOrManagerCondition condition;

    @Before
    public void setUp() {
        condition = new OwnerOrManagerCondition(currentUser, teams);
        when(rep.getKey()).thenReturn("rep");
        when(deal.getAssignee()).thenReturn(rep);
        when(teams.hierarchy()).thenReturn(new TeamHierarchy(TEAMS));
    }

    /** Who the workflow says is transitioning; null when it runs anonymously. */
    private String workflowCaller;

    private boolean passesFor(String userKey, boolean admin) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(userKey, userKey, admin)));
        workflowCaller = userKey;
        return passes(Map.of("enabled", "true"));
    }

    private boolean passes(Map<String, String> args) {
        Map<String, Object> transientVars = new HashMap<>();
        transientVars.put(WorkflowFunctionUtils.ORIGINAL_ISSUE_KEY, deal);
        transientVars.put("context", (WorkflowContext) () -> workflowCaller);
        return condition.passesCondition(transientVars, args, null);
    }

    @Test
    public void theOwnerPassesWithoutReadingTheTeams() {
        assertTrue(passesFor("rep", false));
        verify(teams, never()).hierarchy();
    }

    @Test
    public void theManagerOfTheOwnersTeamPasses() {
        assertTrue(passesFor("boss", false));
    }

    @Test
    public void aManagerHigherUpTheTeamTreePasses() {
        assertTrue(passesFor("director", false));
    }

    @Test
    public void aTeammateIsRefused() {
        assertFalse(passesFor("peer", false));
    }

    @Test
    public void theManagerOfAnotherTeamIsRefused() {
        assertFalse(passesFor("westboss", false));
    }

    @Test
    public void aJiraAdministratorPasses() {
        assertTrue(passesFor("admin", true));
    }

    @Test
    public void theWorkflowCallerDecidesNotWhoeverIsLoggedIn() {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("admin", "Admin", true)));
        workflowCaller = "peer";
        assertFalse("an admin session does not let an automation act for a teammate", passes(Map.of()));

        when(currentUser.caller()).thenReturn(Optional.empty());
        workflowCaller = "rep";
        assertTrue("the owner, acting through an automation", passes(Map.of()));
        assertTrue("a userKey arg names the caller", passes(Map.of("userKey", "boss")));
    }

    @Test
    public void nobodyLoggedInIsRefused() {
        when(currentUser.caller()).thenReturn(Optional.empty());
        workflowCaller = null;

        assertFalse(passes(Map.of()));
    }

    @Test
    public void anUnassignedDealIsOnlyForAdministrators() {
        when(deal.getAssignee()).thenReturn(null);

        assertFalse(passesFor("boss", false));
        assertTrue(passesFor("admin", true));
    }

    @Test
    public void withoutTheEnabledArgTheCheckIsOn() {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("peer", "Peer", false)));
        workflowCaller = "peer";

        assertFalse(passes(Map.of()));
        assertFalse("anything but false keeps it on", passes(Map.of("enabled", "no")));
    }

    @Test
    public void switchedOffItLetsEveryoneThrough() {
        assertTrue(passes(Map.of("enabled", "false")));
        assertTrue(passes(Map.of("enabled", " FALSE ")));
        verify(currentUser, never()).caller();
    }
}
