package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.condition.AbstractJiraCondition;
import com.opensymphony.module.propertyset.PropertySet;
import com.salesteam.jira.service.TeamLookup;

import java.util.Map;
import java.util.Optional;

/**
 * Lets through only the person a user field names (the reviewee, the coached rep), only a manager of theirs (a
 * manager of a team they belong to, directly or higher up the app's team tree), or either, as the arg
 * {@value #ROLE_ARG} says; the field is the arg {@value #FIELD_ARG}.
 *
 * <p>Stricter than the deal condition on purpose: no administrator shortcut (a review is between two people), and
 * nobody passes as their own manager, so a manager who is the reviewee cannot review themselves. A missing field,
 * an empty value or an unknown role closes the gate. The caller is the workflow's caller, so an automation acting
 * for someone is checked as that person. Teams are read only when the cheaper answers did not settle it.
 */
public class PersonRoleCondition extends AbstractJiraCondition {

    public static final String FIELD_ARG = "personFieldId";
    public static final String ROLE_ARG = "role";

    private final CustomFieldManager customFieldManager;
    private final TeamLookup teams;

    public PersonRoleCondition(CustomFieldManager customFieldManager, TeamLookup teams) {
        this.customFieldManager = customFieldManager;
        this.teams = teams;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) {
        Optional<PersonRole> role = PersonRole.fromArg(WorkflowArgs.text(args, ROLE_ARG));
        Optional<CustomField> field = WorkflowArgs.field(customFieldManager, args, FIELD_ARG);
        String callerKey = getCallerKey(transientVars, args);
        if (role.isEmpty() || field.isEmpty() || callerKey == null) {
            return false;
        }
        Object value = getIssue(transientVars).getCustomFieldValue(field.get());
        if (!(value instanceof ApplicationUser person)) {
            return false;
        }
        boolean isPerson = callerKey.equals(person.getKey());
        if (isPerson) {
            return role.get() != PersonRole.MANAGER;
        }
        return role.get() != PersonRole.PERSON && teams.hierarchy().managesPerson(callerKey, person.getKey());
    }
}
