package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import com.salesteam.jira.jira.goal.GoalIssueReader;
import com.salesteam.jira.model.goal.SmartFailure;
import com.salesteam.jira.model.goal.SmartResult;
import com.salesteam.jira.model.goal.SmartRules;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.goal.SmartGoalChecker;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lets a Sales Goal through only when it is SMART (see {@link com.salesteam.jira.model.goal.SmartCheck}), with the
 * rules its args configure ({@link SmartRules}). The refusal names every letter that failed and why, in one
 * generic error: the goal's fields need not be on the transition's screen, and Jira shows field errors only there.
 */
public class SmartGoalValidator implements Validator {

    private final GoalIssueReader goals;
    private final SmartGoalChecker checker;
    private final Translator translator;

    public SmartGoalValidator(GoalIssueReader goals, SmartGoalChecker checker, Translator translator) {
        this.goals = goals;
        this.checker = checker;
        this.translator = translator;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Issue issue = (Issue) transientVars.get("issue");
        SmartResult result = checker.check(goals.read(issue), SmartRules.fromArgs(args));
        if (!result.passed()) {
            throw new InvalidInputException(result.failures().stream().map(this::sentence)
                    .collect(Collectors.joining(" ")));
        }
    }

    /** "T (time-bound): the due date 2027-05-03 is outside FY2027-Q1." */
    private String sentence(SmartFailure failure) {
        return translator.text("salesteam.goal.smart.failure", translator.text(failure.letter().labelKey()),
                translator.text(failure.reasonKey(), failure.args().toArray()));
    }
}
