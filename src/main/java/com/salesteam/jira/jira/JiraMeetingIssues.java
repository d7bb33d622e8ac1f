package com.salesteam.jira.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.salesteam.jira.model.cadence.DueMeeting;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.service.cadence.MeetingIssues;


/**
 * Creates a 1:1 Meeting through Jira's IssueService (validateCreate, then create) as the rep's manager, reporter
 * and assignee, so Jira's own permissions, required fields and workflow apply. The rep goes into the Sales Rep field
 * (the meeting screen has it); the due date is the meeting's day in the date-picker format, as Jira reads due dates.
 */
public class JiraMeetingIssues implements MeetingIssues {

    private final IssueCreation issues;
    private final CustomFieldManager customFieldManager;

    public JiraMeetingIssues(IssueService issueService, ProjectManager projectManager,
                             IssueTypeManager issueTypeManager, CustomFieldManager customFieldManager,
                             UserManager userManager, DateFieldFormat dateFieldFormat) {
        this.issues = new IssueCreation(issueService, projectManager, issueTypeManager, userManager,
                dateFieldFormat);
        this.customFieldManager = customFieldManager;
    }

    @Override
    public Created create(DueMeeting meeting, String summary, String agenda, String marker) {
        Project project = issues.project(meeting.projectKey());
        IssueType type = issues.issueType(ReviewsBlueprint.MEETING_TYPE);
        ApplicationUser manager = issues.user(meeting.managerKey());
        ApplicationUser rep = issues.user(meeting.repKey());
        IssueInputParameters input = issues.input(project, type, summary, manager, manager, meeting.day(), marker)
                .setDescription(agenda);
        customFieldManager.getCustomFieldObjectsByName(ReviewsBlueprint.REP_FIELD).stream().findFirst()
                .ifPresent(field -> input.addCustomFieldValue(field.getIdAsLong(), rep.getUsername()));
        MutableIssue issue = issues.create(manager, input, "1:1");
        return new Created(issue.getId(), issue.getKey());
    }
}
