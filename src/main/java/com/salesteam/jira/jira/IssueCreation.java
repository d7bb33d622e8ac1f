package com.salesteam.jira.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Creates an issue of the Reviews project setup through Jira's IssueService (validateCreate, then create) as a given
 * user, so Jira's own permissions, required fields and workflow apply. A missing project, issue type or user is
 * refused before Jira is asked; the due date is written in the date-picker format, as a day in the server's zone, as
 * Jira reads due dates.
 */
final class IssueCreation {

    /** The id of Jira's Labels system field, under which IssueInputParameters carries its values. */
    static final String LABELS_FIELD = "labels";

    private final IssueService issueService;
    private final ProjectManager projectManager;
    private final IssueTypeManager issueTypeManager;
    private final UserManager userManager;
    private final DateFieldFormat dateFieldFormat;

    IssueCreation(IssueService issueService, ProjectManager projectManager, IssueTypeManager issueTypeManager,
                  UserManager userManager, DateFieldFormat dateFieldFormat) {
        this.issueService = issueService;
        this.projectManager = projectManager;
        this.issueTypeManager = issueTypeManager;
        this.userManager = userManager;
        this.dateFieldFormat = dateFieldFormat;
    }

    Project project(String key) {
        Project project = projectManager.getProjectObjByKey(key);
        if (project == null) {
            throw new IllegalStateException("no project " + key);
        }
        return project;
    }

    /** The issue type of this name, which the Reviews project setup creates. */
    IssueType issueType(String name) {
        return issueTypeManager.getIssueTypes().stream().filter(candidate -> name.equals(candidate.getName()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no issue type " + name
                        + ": run the Reviews project setup"));
    }

    ApplicationUser user(String key) {
        ApplicationUser user = userManager.getUserByKey(key);
        if (user == null) {
            throw new IllegalStateException("no user " + key);
        }
        return user;
    }

    /**
     * The input of an issue of this type in the project, by the reporter, for the assignee, due on the day, labelled
     * with the claim's marker. The Labels system field reads its value from the action parameter of its id; the
     * screen check is skipped so a create screen without the Labels field still takes it (the caller checks the
     * label afterwards, as a field configuration can still hide it).
     */
    IssueInputParameters input(Project project, IssueType type, String summary, ApplicationUser reporter,
                               ApplicationUser assignee, LocalDate due, String marker) {
        IssueInputParameters input = issueService.newIssueInputParameters()
                .setProjectId(project.getId())
                .setIssueTypeId(type.getId())
                .setSummary(summary)
                .setReporterId(reporter.getUsername())
                .setAssigneeId(assignee.getUsername())
                .setDueDate(dateFieldFormat.formatDatePicker(Date.from(due.atStartOfDay(ZoneId.systemDefault())
                        .toInstant())))
                .addCustomFieldValue(LABELS_FIELD, marker);
        input.setSkipScreenCheck(true);
        return input;
    }

    /** Validates and creates the issue as the user; {@code what} names the issue when Jira refuses or fails. */
    MutableIssue create(ApplicationUser user, IssueInputParameters input, String what) {
        IssueService.CreateValidationResult validation = issueService.validateCreate(user, input);
        if (!validation.isValid()) {
            throw new IllegalStateException("Jira refused the " + what + ": " + reasons(validation.getErrorCollection()));
        }
        IssueService.IssueResult result = issueService.create(user, validation);
        if (!result.isValid() || result.getIssue() == null) {
            throw new IllegalStateException("Jira did not create the " + what + ": "
                    + reasons(result.getErrorCollection()));
        }
        return result.getIssue();
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
