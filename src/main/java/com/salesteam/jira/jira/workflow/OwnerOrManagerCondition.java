package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.condition.AbstractJiraCondition;
import com.opensymphony.module.propertyset.PropertySet;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.TeamLookup;

import java.util.Map;
import java.util.Optional;

/**
 * Lets only the deal's owner (its assignee), a manager of a team the owner belongs to (directly or higher up the
 * team tree) or a Jira administrator use the transition. The arg {@value WorkflowArgs#ENABLED} = "false" switches
 * it off for one transition without removing it.
 *
 * <p>The caller is the workflow's caller (an automation may act as someone other than the logged-in user). The
 * administrator shortcut applies only when that caller is the logged-in user, the one {@link CurrentUser} knows to
 * administer Jira. The teams are read only when the cheaper answers did not settle it, since Jira evaluates
 * conditions for every transition shown on an issue.
 */
public class OwnerOrManagerCondition extends AbstractJiraCondition {

    private final CurrentUser currentUser;
    private final TeamLookup teams;

    public OwnerOrManagerCondition(CurrentUser currentUser, TeamLookup teams) {
        this.currentUser = currentUser;
        this.teams = teams;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) {
        if (!WorkflowArgs.enabled(args)) {
            return true;
        }
        String callerKey = getCallerKey(transientVars, args);
        if (callerKey == null) {
            return false;
        }
        Optional<Caller> loggedIn = currentUser.caller();
        if (loggedIn.isPresent() && loggedIn.get().admin() && loggedIn.get().userKey().equals(callerKey)) {
            return true;
        }
        ApplicationUser owner = getIssue(transientVars).getAssignee();
        if (owner == null) {
            return false; // an unassigned deal has no owner, and so no owner's manager either
        }
        return callerKey.equals(owner.getKey())
                || teams.hierarchy().managesPerson(callerKey, owner.getKey());
    }
}
