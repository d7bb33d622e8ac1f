package com.salesteam.jira.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import com.salesteam.jira.model.cadence.DueReview;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.service.cadence.ReviewIssues;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Creates a review through Jira's IssueService (validateCreate, then create) as the team's manager, so Jira's own
 * permissions, required fields and workflow apply. The due date is written in the date-picker format, read as a
 * day in the server's zone, as Jira reads due dates.
 */
public class JiraReviewIssues implements ReviewIssues {

    private final IssueService issueService;
    private final ProjectManager projectManager;
    private final IssueTypeManager issueTypeManager;
    private final CustomFieldManager customFieldManager;
    private final UserManager userManager;
    private final DateFieldFormat dateFieldFormat;

    public JiraReviewIssues(IssueService issueService, ProjectManager projectManager, IssueTypeManager issueTypeManager,
                            CustomFieldManager customFieldManager, UserManager userManager,
                            DateFieldFormat dateFieldFormat) {
        this.issueService = issueService;
        this.projectManager = projectManager;
        this.issueTypeManager = issueTypeManager;
        this.customFieldManager = customFieldManager;
        this.userManager = userManager;
        this.dateFieldFormat = dateFieldFormat;
    }

    @Override
    public Created create(DueReview review, String summary) {
        Project project = projectManager.getProjectObjByKey(review.projectKey());
        if (project == null) {
            throw new IllegalStateException("no project " + review.projectKey());
        }
        IssueType type = issueTypeManager.getIssueTypes().stream()
                .filter(candidate -> ReviewsBlueprint.REVIEW_TYPE.equals(candidate.getName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no issue type " + ReviewsBlueprint.REVIEW_TYPE
                        + ": run the Reviews project setup"));
        ApplicationUser manager = user(review.managerKey());
        ApplicationUser rep = user(review.key().repKey());
        ApplicationUser assignee = user(review.assigneeKey());
        IssueInputParameters input = issueService.newIssueInputParameters()
                .setProjectId(project.getId())
                .setIssueTypeId(type.getId())
                .setSummary(summary)
                .setReporterId(manager.getUsername())
                .setAssigneeId(assignee.getUsername())
                .setDueDate(dateFieldFormat.formatDatePicker(Date.from(review.dueDate()
                        .atStartOfDay(ZoneId.systemDefault()).toInstant())));
        field(ReviewsBlueprint.REVIEWEE_FIELD).ifPresent(field -> input.addCustomFieldValue(field.getIdAsLong(),
                rep.getUsername()));
        field(ReviewsBlueprint.PERIOD_FIELD).ifPresent(field -> input.addCustomFieldValue(field.getIdAsLong(),
                review.period().key()));
        IssueService.CreateValidationResult validation = issueService.validateCreate(manager, input);
        if (!validation.isValid()) {
            throw new IllegalStateException("Jira refused the review: " + reasons(validation.getErrorCollection()));
        }
        IssueService.IssueResult result = issueService.create(manager, validation);
        if (!result.isValid() || result.getIssue() == null) {
            throw new IllegalStateException("Jira did not create the review: " + reasons(result.getErrorCollection()));
        }
        return new Created(result.getIssue().getId(), result.getIssue().getKey());
    }

    private ApplicationUser user(String key) {
        ApplicationUser user = userManager.getUserByKey(key);
        if (user == null) {
            throw new IllegalStateException("no user " + key);
        }
        return user;
    }

    private Optional<CustomField> field(String name) {
        return customFieldManager.getCustomFieldObjectsByName(name).stream().findFirst();
    }

    private static String reasons(ErrorCollection errors) {
        if (errors == null) {
            return "no reason given";
        }
        List<String> reasons = new ArrayList<>(errors.getErrorMessages());
        errors.getErrors().forEach((field, message) -> reasons.add(field + ": " + message));
        return String.join("; ", reasons);
    }
}
