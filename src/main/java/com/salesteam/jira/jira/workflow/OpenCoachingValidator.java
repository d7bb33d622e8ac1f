package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.service.Translator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Refuses to sign a review off while a Coaching Action linked to it (in either direction, whatever the link type)
 * is still open, that is, not in a status of Jira's "done" category; the message lists each one by key and
 * summary. The arg {@value WorkflowArgs#ENABLED} = "false" switches it off. The links are read from Jira when the
 * transition is submitted, so actions linked by hand count as much as those a sign-off created.
 */
public class OpenCoachingValidator implements Validator {

    private final IssueLinkManager issueLinkManager;
    private final Translator translator;

    public OpenCoachingValidator(IssueLinkManager issueLinkManager, Translator translator) {
        this.issueLinkManager = issueLinkManager;
        this.translator = translator;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        if (!WorkflowArgs.enabled(args)) {
            return;
        }
        Issue review = (Issue) transientVars.get("issue");
        Map<Long, Issue> linked = new LinkedHashMap<>();
        for (IssueLink link : issueLinkManager.getOutwardLinks(review.getId())) {
            add(linked, link.getDestinationObject());
        }
        for (IssueLink link : issueLinkManager.getInwardLinks(review.getId())) {
            add(linked, link.getSourceObject());
        }
        List<String> open = new ArrayList<>();
        linked.values().stream().filter(OpenCoachingValidator::isOpenCoachingAction)
                .sorted(Comparator.comparing(Issue::getKey))
                .forEach(action -> open.add(action.getKey() + " " + Objects.toString(action.getSummary(), "").strip()));
        if (!open.isEmpty()) {
            throw new InvalidInputException(translator.text("salesteam.workflow.error.opencoaching",
                    String.valueOf(open.size()), String.join("; ", open)));
        }
    }

    private static void add(Map<Long, Issue> linked, Issue issue) {
        if (issue != null) {
            linked.putIfAbsent(issue.getId(), issue);
        }
    }

    private static boolean isOpenCoachingAction(Issue issue) {
        boolean coaching = issue.getIssueType() != null
                && ReviewsBlueprint.COACHING_TYPE.equals(issue.getIssueType().getName());
        boolean done = issue.getStatus() != null && issue.getStatus().getStatusCategory() != null
                && StatusCategory.COMPLETE.equals(issue.getStatus().getStatusCategory().getKey());
        return coaching && !done;
    }
}
