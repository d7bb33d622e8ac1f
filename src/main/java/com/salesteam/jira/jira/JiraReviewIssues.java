package com.salesteam.jira.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.salesteam.jira.model.cadence.DueReview;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.service.cadence.ReviewIssues;

import java.util.Optional;

/**
 * Creates a review through Jira's IssueService (validateCreate, then create) as the team's manager, so Jira's own
 * permissions, required fields and workflow apply. The due date is written in the date-picker format, read as a
 * day in the server's zone, as Jira reads due dates.
 */
public class JiraReviewIssues implements ReviewIssues {

    private final IssueCreation issues;
    private final CustomFieldManager customFieldManager;

    public JiraReviewIssues(IssueService issueService, ProjectManager projectManager, IssueTypeManager issueTypeManager,
                            CustomFieldManager customFieldManager, UserManager userManager,
                            DateFieldFormat dateFieldFormat) {
        this.issues = new IssueCreation(issueService, projectManager, issueTypeManager, userManager,
                dateFieldFormat);
        this.customFieldManager = customFieldManager;
    }

    @Override
    public Created create(DueReview review, String summary, String marker) {
        Project project = issues.project(review.projectKey());
        IssueType type = issues.issueType(ReviewsBlueprint.REVIEW_TYPE);
        ApplicationUser manager = issues.user(review.managerKey());
        ApplicationUser rep = issues.user(review.key().repKey());
        ApplicationUser assignee = issues.user(review.assigneeKey());
        IssueInputParameters input = issues.input(project, type, summary, manager, assignee, review.dueDate(), marker);
        field(ReviewsBlueprint.REVIEWEE_FIELD).ifPresent(field -> input.addCustomFieldValue(field.getIdAsLong(),
                rep.getUsername()));
        field(ReviewsBlueprint.PERIOD_FIELD).ifPresent(field -> input.addCustomFieldValue(field.getIdAsLong(),
                review.period().key()));
        MutableIssue issue = issues.create(manager, input, "review");
        return new Created(issue.getId(), issue.getKey());
    }

    private Optional<CustomField> field(String name) {
        return customFieldManager.getCustomFieldObjectsByName(name).stream().findFirst();
    }
}
