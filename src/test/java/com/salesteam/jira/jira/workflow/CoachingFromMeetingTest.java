package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.opensymphony.workflow.WorkflowContext;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The 1:1 Meeting workflow's Hold runs the coaching post-function with the meeting's Action Items and its Sales
 * Rep (as the shipped meeting-workflow.xml configures it): each item becomes exactly one Coaching Action for the
 * rep, linked from the meeting, however often the meeting is reopened and held again. Jira's links are kept in a
 * list here, so a second Hold sees what the first created.
 */
public class CoachingFromMeetingTest {

    private static final Map<String, String> ARGS = Map.of("improvementFieldId", "customfield_20",
            "revieweeFieldId", "customfield_21", "repFieldId", "customfield_21", "linkType", "Relates");

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CustomFieldManager customFieldManager;
    @Mock
    private IssueService issueService;
    @Mock
    private IssueLinkManager links;
    @Mock
    private IssueLinkTypeManager linkTypes;
    @Mock
    private ConstantsManager constants;
    @Mock
    private UserManager users;
    @Mock
    private MutableIssue meeting;
    @Mock
    private ApplicationUser boss;
    @Mock
    private ApplicationUser ann;

    private final CustomField actionItems = mock(CustomField.class);
    private final CustomField repField = mock(CustomField.class);
    private final IssueType coachingType = mock(IssueType.class);
    private final List<IssueLink> linked = new ArrayList<>();
    private final List<String> created = new ArrayList<>();
    private final List<IssueInputParameters> inputs = new ArrayList<>();
    private CoachingFromReviewPostFunction function;

    @Before
    public void setUp() throws CreateException {
        when(customFieldManager.getCustomFieldObject("customfield_20")).thenReturn(actionItems);
        when(customFieldManager.getCustomFieldObject("customfield_21")).thenReturn(repField);
        when(repField.getIdAsLong()).thenReturn(10_021L);
        when(meeting.getId()).thenReturn(700L);
        when(meeting.getKey()).thenReturn("SALES-700");
        when(meeting.getProjectId()).thenReturn(10L);
        when(meeting.getCustomFieldValue(repField)).thenReturn(ann);
        when(ann.getName()).thenReturn("ann");
        when(users.getUserByKey("boss")).thenReturn(boss);
        when(coachingType.getName()).thenReturn("Coaching Action");
        when(coachingType.getId()).thenReturn("10050");
        when(constants.getAllIssueTypeObjects()).thenReturn(List.of(coachingType));
        IssueLinkType relates = mock(IssueLinkType.class);
        when(relates.getId()).thenReturn(10_000L);
        when(linkTypes.getIssueLinkTypesByName("Relates")).thenReturn(List.of(relates));
        when(links.getOutwardLinks(700L)).thenAnswer(call -> List.copyOf(linked));
        when(issueService.newIssueInputParameters()).thenAnswer(call -> {
            IssueInputParameters input = mock(IssueInputParameters.class, RETURNS_SELF);
            inputs.add(input);
            return input;
        });
        when(issueService.validateCreate(eq(boss), any())).thenAnswer(call -> {
            IssueService.CreateValidationResult valid = mock(IssueService.CreateValidationResult.class);
            when(valid.isValid()).thenReturn(true);
            return valid;
        });
        when(issueService.create(eq(boss), any())).thenAnswer(call -> {
            String summary = summaryOf(inputs.get(inputs.size() - 1));
            MutableIssue action = mock(MutableIssue.class);
            when(action.getId()).thenReturn(900L + created.size());
            when(action.getSummary()).thenReturn(summary);
            when(action.getIssueType()).thenReturn(coachingType);
            created.add(summary);
            IssueService.IssueResult result = mock(IssueService.IssueResult.class);
            when(result.isValid()).thenReturn(true);
            when(result.getIssue()).thenReturn(action);
            return result;
        });
        doAnswer(call -> {
            MutableIssue destination = mock(MutableIssue.class);
            String summary = created.get((int) ((long) call.getArgument(1) - 900L));
            when(destination.getSummary()).thenReturn(summary);
            when(destination.getIssueType()).thenReturn(coachingType);
            IssueLink link = mock(IssueLink.class);
            when(link.getDestinationObject()).thenReturn(destination);
            linked.add(link);
            return null;
        }).when(links).createIssueLink(eq(700L), anyLong(), eq(10_000L), any(), eq(boss));
        function = new CoachingFromReviewPostFunction(customFieldManager, issueService, links, linkTypes, constants,
                users);
    }

    private static String summaryOf(IssueInputParameters input) {
        org.mockito.ArgumentCaptor<String> summary = org.mockito.ArgumentCaptor.forClass(String.class);
        org.mockito.Mockito.verify(input).setSummary(summary.capture());
        return summary.getValue();
    }

    private void hold(String items) {
        when(meeting.getCustomFieldValue(actionItems)).thenReturn(items);
        Map<String, Object> transientVars = new HashMap<>();
        transientVars.put("issue", meeting);
        transientVars.put("context", (WorkflowContext) () -> "boss");
        function.execute(transientVars, ARGS, null);
    }

    @Test
    public void eachActionItemBecomesOneLinkedCoachingActionForTheRepAcrossReopenAndHoldAgain() {
        hold("* Send the Acme proposal\n- Book a ride-along with Ava\n\n");
        hold("* Send the Acme proposal\n- Book a ride-along with Ava\n\n");
        hold("* send the acme proposal\n* Book a ride-along with Ava\n# Practise the pricing talk");

        assertEquals(List.of("Send the Acme proposal", "Book a ride-along with Ava", "Practise the pricing talk"),
                created);
        assertEquals(3, linked.size());
        for (IssueInputParameters input : inputs) {
            org.mockito.Mockito.verify(input).addCustomFieldValue(10_021L, "ann");
            org.mockito.Mockito.verify(input).setDescription("SALES-700");
        }
    }
}
