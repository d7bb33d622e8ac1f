package com.salesteam.jira.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.service.cadence.SalesMeetingIssues;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Creates a Sales Meeting through Jira's IssueService (validateCreate, then create) as the team's manager, so
 * Jira's own permissions, required fields and workflow apply; the agenda is the description (wiki markup, which
 * Jira's default renderer shows). The due date is written in the date-picker format, as a day in the server's
 * zone, as Jira reads due dates.
 */
public class JiraSalesMeetingIssues implements SalesMeetingIssues {

    private final IssueService issueService;
    private final ProjectManager projectManager;
    private final IssueTypeManager issueTypeManager;
    private final UserManager userManager;
    private final DateFieldFormat dateFieldFormat;

    public JiraSalesMeetingIssues(IssueService issueService, ProjectManager projectManager, IssueTypeManager issueTypeManager,
                             UserManager userManager, DateFieldFormat dateFieldFormat) {
        this.issueService = issueService;
        this.projectManager = projectManager;
        this.issueTypeManager = issueTypeManager;
        this.userManager = userManager;
        this.dateFieldFormat = dateFieldFormat;
    }

    @Override
    public Created create(String projectKey, String reporterKey, String summary, String description, LocalDate due) {
        Project project = projectManager.getProjectObjByKey(projectKey);
        if (project == null) {
            throw new IllegalStateException("no project " + projectKey);
        }
        IssueType type = issueTypeManager.getIssueTypes().stream()
                .filter(candidate -> ReviewsBlueprint.SALES_MEETING_TYPE.equals(candidate.getName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no issue type " + ReviewsBlueprint.SALES_MEETING_TYPE
                        + ": run the Reviews project setup"));
        ApplicationUser reporter = userManager.getUserByKey(reporterKey);
        if (reporter == null) {
            throw new IllegalStateException("no user " + reporterKey);
        }
        IssueInputParameters input = issueService.newIssueInputParameters()
                .setProjectId(project.getId())
                .setIssueTypeId(type.getId())
                .setSummary(summary)
                .setDescription(description)
                .setReporterId(reporter.getUsername())
                .setAssigneeId(reporter.getUsername())
                .setDueDate(dateFieldFormat.formatDatePicker(Date.from(due.atStartOfDay(ZoneId.systemDefault())
                        .toInstant())));
        IssueService.CreateValidationResult validation = issueService.validateCreate(reporter, input);
        if (!validation.isValid()) {
            throw new IllegalStateException("Jira refused the meeting: " + reasons(validation.getErrorCollection()));
        }
        IssueService.IssueResult result = issueService.create(reporter, validation);
        if (!result.isValid() || result.getIssue() == null) {
            throw new IllegalStateException("Jira did not create the meeting: " + reasons(result.getErrorCollection()));
        }
        return new Created(result.getIssue().getId(), result.getIssue().getKey());
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
