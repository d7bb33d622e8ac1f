package com.salesteam.jira.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.salesteam.jira.service.automation.DealActions;

import java.time.ZoneId;
import java.util.TimeZone;

/**
 * The automation's side effects in Jira: comments through the comment manager (with the "commented" event, so
 * mentions notify), follow-up sub-tasks through the issue service (validated as the acting user, then linked to
 * the deal as Jira's own "Create sub-task" does), flags as labels, and each person's own time zone.
 */
public class JiraDealActions implements DealActions {

    private final IssueManager issueManager;
    private final CommentManager commentManager;
    private final IssueService issueService;
    private final SubTaskManager subTaskManager;
    private final ConstantsManager constantsManager;
    private final LabelManager labelManager;
    private final TimeZoneManager timeZoneManager;
    private final UserManager userManager;

    public JiraDealActions(IssueManager issueManager, CommentManager commentManager,
                           IssueService issueService, SubTaskManager subTaskManager, ConstantsManager constantsManager,
                           LabelManager labelManager, TimeZoneManager timeZoneManager, UserManager userManager) {
        this.issueManager = issueManager;
        this.commentManager = commentManager;
        this.issueService = issueService;
        this.subTaskManager = subTaskManager;
        this.constantsManager = constantsManager;
        this.labelManager = labelManager;
        this.timeZoneManager = timeZoneManager;
        this.userManager = userManager;
    }

    @Override
    public String issueKey(long issueId) {
        return issue(issueId).getKey();
    }

    @Override
    public void comment(long issueId, String actorKey, String body) {
        commentManager.create(issue(issueId), user(actorKey), body, true);
    }

    @Override
    public String createFollowUp(long issueId, String actorKey, String summary, String assigneeKey) {
        MutableIssue deal = issue(issueId);
        ApplicationUser actor = user(actorKey);
        IssueType type = constantsManager.getSubTaskIssueTypeObjects().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("sub-tasks are switched off in Jira"));
        IssueInputParameters input = issueService.newIssueInputParameters()
                .setProjectId(deal.getProjectId())
                .setIssueTypeId(type.getId())
                .setSummary(summary)
                .setAssigneeId(assigneeKey)
                .setReporterId(actor.getKey());
        IssueService.CreateValidationResult validation = issueService.validateSubTaskCreate(actor, deal.getId(), input);
        if (!validation.isValid()) {
            throw new IllegalStateException("Jira refused the sub-task of " + deal.getKey() + ": "
                    + validation.getErrorCollection().getErrors() + " " + validation.getErrorCollection().getErrorMessages());
        }
        IssueService.IssueResult created = issueService.create(actor, validation);
        if (!created.isValid()) {
            throw new IllegalStateException("Jira did not create the sub-task of " + deal.getKey() + ": "
                    + created.getErrorCollection().getErrorMessages());
        }
        try {
            subTaskManager.createSubTaskIssueLink(deal, created.getIssue(), actor);
        } catch (CreateException e) {
            throw new IllegalStateException("the sub-task " + created.getIssue().getKey() + " is not linked to "
                    + deal.getKey() + ": " + e.getMessage(), e);
        }
        return created.getIssue().getKey();
    }

    @Override
    public void flag(long issueId, String actorKey, String label) {
        labelManager.addLabel(user(actorKey), issueId, label, false);
    }

    @Override
    public ZoneId zoneOf(String userKey) {
        ApplicationUser user = userManager.getUserByKey(userKey);
        TimeZone zone = user == null ? timeZoneManager.getDefaultTimezone() : timeZoneManager.getTimeZoneforUser(user);
        return zone.toZoneId();
    }

    @Override
    public String mention(String userKey) {
        ApplicationUser user = userManager.getUserByKey(userKey);
        // Jira Data Center's wiki markup mentions by username
        return "[~" + (user == null ? userKey : user.getUsername()) + "]";
    }

    private MutableIssue issue(long issueId) {
        MutableIssue issue = issueManager.getIssueObject(issueId);
        if (issue == null) {
            throw new IllegalStateException("issue " + issueId + " no longer exists");
        }
        return issue;
    }

    private ApplicationUser user(String key) {
        ApplicationUser user = userManager.getUserByKey(key);
        if (user == null || !user.isActive()) {
            throw new IllegalStateException("the automation user " + key + " is not an active Jira user");
        }
        return user;
    }
}
