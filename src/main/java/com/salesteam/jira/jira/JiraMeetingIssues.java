package com.salesteam.jira.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import com.salesteam.jira.model.cadence.DueMeeting;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.service.cadence.MeetingIssues;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Creates a 1:1 Meeting through Jira's IssueService (validateCreate, then create) as the rep's manager, reporter
 * and assignee, so Jira's own permissions, required fields and workflow apply. The rep goes into the Sales Rep field
 * (the meeting screen has it); the due date is the meeting's day in the date-picker format, as Jira reads due dates.
 */
public class JiraMeetingIssues implements MeetingIssues {

    private final IssueService issueService;
    private final ProjectManager projectManager;
    private final IssueTypeManager issueTypeManager;
    private final CustomFieldManager customFieldManager;
    private final UserManager userManager;
    private final DateFieldFormat dateFieldFormat;

    public JiraMeetingIssues(IssueService issueService, ProjectManager projectManager,
                             IssueTypeManager issueTypeManager, CustomFieldManager customFieldManager,
                             UserManager userManager, DateFieldFormat dateFieldFormat) {
        this.issueService = issueService;
        this.projectManager = projectManager;
        this.issueTypeManager = issueTypeManager;
        this.customFieldManager = customFieldManager;
        this.userManager = userManager;
        this.dateFieldFormat = dateFieldFormat;
    }

    @Override
    public Created create(DueMeeting meeting, String summary, String agenda) {
        Project project = projectManager.getProjectObjByKey(meeting.projectKey());
        if (project == null) {
            throw new IllegalStateException("no project " + meeting.projectKey());
        }
        IssueType type = issueTypeManager.getIssueTypes().stream()
                .filter(candidate -> ReviewsBlueprint.MEETING_TYPE.equals(candidate.getName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no issue type " + ReviewsBlueprint.MEETING_TYPE
                        + ": run the Reviews project setup"));
        ApplicationUser manager = user(meeting.managerKey());
        ApplicationUser rep = user(meeting.repKey());
        IssueInputParameters input = issueService.newIssueInputParameters()
                .setProjectId(project.getId())
                .setIssueTypeId(type.getId())
                .setSummary(summary)
                .setDescription(agenda)
                .setReporterId(manager.getUsername())
                .setAssigneeId(manager.getUsername())
                .setDueDate(dateFieldFormat.formatDatePicker(Date.from(meeting.day()
                        .atStartOfDay(ZoneId.systemDefault()).toInstant())));
        customFieldManager.getCustomFieldObjectsByName(ReviewsBlueprint.REP_FIELD).stream().findFirst()
                .ifPresent(field -> input.addCustomFieldValue(field.getIdAsLong(), rep.getUsername()));
        IssueService.CreateValidationResult validation = issueService.validateCreate(manager, input);
        if (!validation.isValid()) {
            throw new IllegalStateException("Jira refused the 1:1: " + reasons(validation.getErrorCollection()));
        }
        IssueService.IssueResult result = issueService.create(manager, validation);
        if (!result.isValid() || result.getIssue() == null) {
            throw new IllegalStateException("Jira did not create the 1:1: " + reasons(result.getErrorCollection()));
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

    private static String reasons(ErrorCollection errors) {
        if (errors == null) {
            return "no reason given";
        }
        List<String> reasons = new ArrayList<>(errors.getErrorMessages());
        errors.getErrors().forEach((field, message) -> reasons.add(field + ": " + message));
        return String.join("; ", reasons);
    }
}
