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
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.service.cadence.SalesMeetingIssues;

import java.time.LocalDate;

/**
 * Creates a Sales Meeting through Jira's IssueService (validateCreate, then create) as the team's manager, so
 * Jira's own permissions, required fields and workflow apply; the agenda is the description (wiki markup, which
 * Jira's default renderer shows). The due date is written in the date-picker format, as a day in the server's
 * zone, as Jira reads due dates.
 */
public class JiraSalesMeetingIssues implements SalesMeetingIssues {

    private final IssueCreation issues;

    public JiraSalesMeetingIssues(IssueService issueService, ProjectManager projectManager, IssueTypeManager issueTypeManager,
                             UserManager userManager, DateFieldFormat dateFieldFormat) {
        this.issues = new IssueCreation(issueService, projectManager, issueTypeManager, userManager,
                dateFieldFormat);
    }

    @Override
    public Created create(String projectKey, String reporterKey, String summary, String description, LocalDate due,
                          String marker) {
        Project project = issues.project(projectKey);
        IssueType type = issues.issueType(ReviewsBlueprint.SALES_MEETING_TYPE);
        ApplicationUser reporter = issues.user(reporterKey);
        IssueInputParameters input = issues.input(project, type, summary, reporter, reporter, due, marker)
                .setDescription(description);
        MutableIssue issue = issues.create(reporter, input, "meeting");
        return new Created(issue.getId(), issue.getKey());
    }
}
