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
import com.atlassian.jira.util.ErrorCollection;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Answers;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The automation's side effects as Jira's managers and services receive them. */
public class JiraDealActionsTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private IssueManager issueManager;
    @Mock
    private CommentManager commentManager;
    @Mock
    private IssueService issueService;
    @Mock
    private SubTaskManager subTaskManager;
    @Mock
    private ConstantsManager constantsManager;
    @Mock
    private LabelManager labelManager;
    @Mock
    private TimeZoneManager timeZoneManager;
    @Mock
    private UserManager userManager;
    @Mock
    private MutableIssue deal;
    @Mock
    private ApplicationUser bot;
    @Mock
    private ApplicationUser ann;
    @Mock(answer = Answers.RETURNS_SELF)
    private IssueInputParameters input;
    private JiraDealActions actions;

    @Before
    public void setUp() {
        when(issueManager.getIssueObject(10L)).thenReturn(deal);
        when(deal.getId()).thenReturn(10L);
        when(deal.getKey()).thenReturn("SALES-10");
        when(deal.getProjectId()).thenReturn(100L);
        when(userManager.getUserByKey("bot-key")).thenReturn(bot);
        when(bot.isActive()).thenReturn(true);
        when(bot.getKey()).thenReturn("bot-key");
        when(userManager.getUserByKey("ann-key")).thenReturn(ann);
        when(ann.getUsername()).thenReturn("ann.lee");
        actions = new JiraDealActions(issueManager, commentManager, issueService, subTaskManager, constantsManager,
                labelManager, timeZoneManager, userManager);
    }

    @Test
    public void commentsAsTheAutomationUserWithTheEventSoMentionsNotify() {
        actions.comment(10L, "bot-key", "[~ann.lee] please update");
        verify(commentManager).create(deal, bot, "[~ann.lee] please update", true);
    }

    @Test
    public void aMissingIssueOrInactiveActorIsRefusedBeforeAnythingIsWritten() {
        assertThrows(IllegalStateException.class, () -> actions.comment(11L, "bot-key", "x"));
        when(bot.isActive()).thenReturn(false);
        assertThrows(IllegalStateException.class, () -> actions.comment(10L, "bot-key", "x"));
        verify(commentManager, never()).create(any(), any(ApplicationUser.class), any(), anyBoolean());
    }

    @Test
    public void mentionsByUsernameAsDataCenterMarkupDoes() {
        assertEquals("[~ann.lee]", actions.mention("ann-key"));
        assertEquals("[~gone]", actions.mention("gone"));
    }

    @Test
    public void theTimeZoneIsThePersonsOwnElseJirasDefault() {
        when(timeZoneManager.getTimeZoneforUser(ann)).thenReturn(TimeZone.getTimeZone("Asia/Shanghai"));
        when(timeZoneManager.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("Europe/Berlin"));
        assertEquals(ZoneId.of("Asia/Shanghai"), actions.zoneOf("ann-key"));
        assertEquals(ZoneId.of("Europe/Berlin"), actions.zoneOf("gone"));
    }

    @Test
    public void flagsWithALabelWithoutAnotherNotification() {
        actions.flag(10L, "bot-key", "stale-deal");
        verify(labelManager).addLabel(bot, 10L, "stale-deal", false);
    }

    @Test
    public void aFollowUpIsAValidatedSubTaskLinkedToTheDeal() throws CreateException {
        IssueType subTask = mock(IssueType.class);
        when(subTask.getId()).thenReturn("5");
        when(constantsManager.getSubTaskIssueTypeObjects()).thenReturn(List.of(subTask));
        when(issueService.newIssueInputParameters()).thenReturn(input);
        IssueService.CreateValidationResult validation = mock(IssueService.CreateValidationResult.class);
        when(validation.isValid()).thenReturn(true);
        when(issueService.validateSubTaskCreate(bot, 10L, input)).thenReturn(validation);
        IssueService.IssueResult result = mock(IssueService.IssueResult.class);
        MutableIssue created = mock(MutableIssue.class);
        when(created.getKey()).thenReturn("SALES-11");
        when(result.isValid()).thenReturn(true);
        when(result.getIssue()).thenReturn(created);
        when(issueService.create(bot, validation)).thenReturn(result);

        assertEquals("SALES-11", actions.createFollowUp(10L, "bot-key", "Follow up on stale deal SALES-10", "ann-key"));

        verify(input).setProjectId(100L);
        verify(input).setIssueTypeId("5");
        verify(input).setSummary("Follow up on stale deal SALES-10");
        verify(input).setAssigneeId("ann-key");
        verify(input).setReporterId("bot-key");
        verify(subTaskManager).createSubTaskIssueLink(deal, created, bot);
    }

    @Test
    public void aRefusedSubTaskSaysWhyAndCreatesNothing() {
        IssueType subTask = mock(IssueType.class);
        when(subTask.getId()).thenReturn("5");
        when(constantsManager.getSubTaskIssueTypeObjects()).thenReturn(List.of(subTask));
        when(issueService.newIssueInputParameters()).thenReturn(input);
        IssueService.CreateValidationResult validation = mock(IssueService.CreateValidationResult.class);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrors()).thenReturn(Map.of("assignee", "User 'ann' cannot be assigned issues."));
        when(errors.getErrorMessages()).thenReturn(List.of());
        when(validation.isValid()).thenReturn(false);
        when(validation.getErrorCollection()).thenReturn(errors);
        when(issueService.validateSubTaskCreate(bot, 10L, input)).thenReturn(validation);

        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> actions.createFollowUp(10L, "bot-key", "s", "ann-key"));
        assertTrue(refusal.getMessage().contains("cannot be assigned"));
        verify(issueService, never()).create(any(), any(IssueService.CreateValidationResult.class));
    }

    @Test
    public void withSubTasksSwitchedOffNoFollowUpIsTried() {
        when(constantsManager.getSubTaskIssueTypeObjects()).thenReturn(List.of());
        assertThrows(IllegalStateException.class, () -> actions.createFollowUp(10L, "bot-key", "s", "ann-key"));
        verify(issueService, never()).newIssueInputParameters();
    }
}
