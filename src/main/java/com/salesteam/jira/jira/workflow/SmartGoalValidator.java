package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import com.atlassian.jira.workflow.WorkflowFunctionUtils;
import com.salesteam.jira.jira.goal.GoalIssueReader;
import com.salesteam.jira.model.goal.GoalDraft;
import com.salesteam.jira.model.goal.SmartFailure;
import com.salesteam.jira.model.goal.SmartResult;
import com.salesteam.jira.model.goal.SmartRules;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.TeamLookup;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.goal.SmartGoalChecker;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Lets a Sales Goal through only when it is SMART (see {@link com.salesteam.jira.model.goal.SmartCheck}), with the
 * rules its args configure ({@link SmartRules}). The refusal names every letter that failed and why, in one
 * generic error: the goal's fields need not be on the transition's screen, and Jira shows field errors only there.
 * Only the goal's owner, the owner's managers or an administrator commit it: the "achievable" check speaks of the
 * owner's best period, which nobody else may learn by naming them as owner.
 */
public class SmartGoalValidator implements Validator {

    private final GoalIssueReader goals;
    private final SmartGoalChecker checker;
    private final Translator translator;
    private final CurrentUser currentUser;
    private final TeamLookup teams;

    public SmartGoalValidator(GoalIssueReader goals, SmartGoalChecker checker, Translator translator,
                              CurrentUser currentUser, TeamLookup teams) {
        this.goals = goals;
        this.checker = checker;
        this.translator = translator;
        this.currentUser = currentUser;
        this.teams = teams;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Issue issue = (Issue) transientVars.get("issue");
        GoalDraft goal = goals.read(issue);
        if (!mayCommit(WorkflowFunctionUtils.getCallerKey(transientVars, args), goal.ownerKey())) {
            throw new InvalidInputException(translator.text("salesteam.goal.smart.forbidden"));
        }
        SmartResult result = checker.check(goal, SmartRules.fromArgs(args));
        if (!result.passed()) {
            throw new InvalidInputException(result.failures().stream().map(this::sentence)
                    .collect(Collectors.joining(" ")));
        }
    }

    private boolean mayCommit(String callerKey, Optional<String> ownerKey) {
        if (callerKey == null) {
            return false;
        }
        Optional<Caller> loggedIn = currentUser.caller();
        if (loggedIn.isPresent() && loggedIn.get().admin() && loggedIn.get().userKey().equals(callerKey)) {
            return true;
        }
        // a goal without owner holds nobody's figures; the check refuses it for that (R)
        return ownerKey.map(owner -> owner.equals(callerKey) || teams.hierarchy().managesPerson(callerKey, owner))
                .orElse(true);
    }

    /** "T (time-bound): the due date 2027-05-03 is outside FY2027-Q1." */
    private String sentence(SmartFailure failure) {
        return translator.text("salesteam.goal.smart.failure", translator.text(failure.letter().labelKey()),
                translator.text(failure.reasonKey(), failure.args().toArray()));
    }
}
