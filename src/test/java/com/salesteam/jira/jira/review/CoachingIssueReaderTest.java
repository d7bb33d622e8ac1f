package com.salesteam.jira.jira.review;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.user.ApplicationUser;
import com.salesteam.jira.model.review.CoachingAction;
import com.salesteam.jira.model.review.CoachingState;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class CoachingIssueReaderTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CustomFieldManager customFieldManager;
    @Mock
    private IssueManager issueManager;
    @Mock
    private Issue action;
    @Mock
    private CustomField repField;
    @Mock
    private CustomField dealField;
    @Mock
    private CustomField kindField;
    @Mock
    private ApplicationUser rep;
    @Mock
    private ApplicationUser assignee;

    private CoachingIssueReader reader;

    @Before
    public void setUp() {
        reader = new CoachingIssueReader(customFieldManager, issueManager);
        when(customFieldManager.getCustomFieldObjectsByName("Sales Rep")).thenReturn(List.of(repField));
        when(customFieldManager.getCustomFieldObjectsByName("Coaching Deal")).thenReturn(List.of(dealField));
        when(customFieldManager.getCustomFieldObjectsByName("Coaching Kind")).thenReturn(List.of(kindField));
        when(action.getId()).thenReturn(7L);
        when(action.getKey()).thenReturn("SALES-7");
        when(action.getSummary()).thenReturn("Ride along with Ann");
        IssueType type = type("Coaching Action");
        when(action.getIssueType()).thenReturn(type);
        when(rep.getKey()).thenReturn("li.wei");
        when(assignee.getKey()).thenReturn("ann");
        when(action.getAssignee()).thenReturn(assignee);
        when(action.getCustomFieldValue(kindField)).thenReturn("Ride-along");
        when(action.getDueDate()).thenReturn(Timestamp.valueOf(LocalDate.of(2026, 5, 31).atStartOfDay()));
        status("In Progress", StatusCategory.IN_PROGRESS);
    }

    private static IssueType type(String name) {
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn(name);
        return type;
    }

    private void status(String name, String category) {
        Status status = mock(Status.class);
        StatusCategory statusCategory = mock(StatusCategory.class);
        when(status.getName()).thenReturn(name);
        when(status.getStatusCategory()).thenReturn(statusCategory);
        when(statusCategory.getKey()).thenReturn(category);
        when(action.getStatus()).thenReturn(status);
    }

    @Test
    public void theActionIsReadWithItsRepDealKindDueDayAndState() {
        when(action.getCustomFieldValue(repField)).thenReturn(rep);
        when(action.getCustomFieldValue(dealField)).thenReturn(" sales-42 ");
        MutableIssue deal = mock(MutableIssue.class);
        when(deal.getId()).thenReturn(42L);
        IssueType dealType = type("Deal");
        when(deal.getIssueType()).thenReturn(dealType);
        when(issueManager.getIssueObject("SALES-42")).thenReturn(deal);

        assertTrue(reader.isCoachingAction(action));
        assertEquals(new CoachingAction(7, "SALES-7", "Ride along with Ann", Optional.of("li.wei"), Optional.of(42L),
                "Ride-along", CoachingState.OPEN, Optional.of(LocalDate.of(2026, 5, 31)), Optional.empty()),
                reader.read(action));
    }

    @Test
    public void withoutARepTheAssigneeIsCoachedAndAKeyOfNoDealLinksNoDeal() {
        when(action.getCustomFieldValue(dealField)).thenReturn("SALES-9");
        MutableIssue task = mock(MutableIssue.class);
        IssueType taskType = type("Task");
        when(task.getIssueType()).thenReturn(taskType);
        when(issueManager.getIssueObject("SALES-9")).thenReturn(task);

        CoachingAction read = reader.read(action);
        assertEquals(Optional.of("ann"), read.repKey());
        assertEquals(Optional.empty(), read.dealId());
        when(issueManager.getIssueObject("SALES-9")).thenReturn(null);
        assertEquals(Optional.empty(), reader.read(action).dealId());
    }

    @Test
    public void doneIsTheDoneCategoryAndVerifiedItsOwnStatus() {
        status("Done", StatusCategory.COMPLETE);
        assertEquals(CoachingState.DONE, reader.read(action).state());
        status("Verified", StatusCategory.COMPLETE);
        assertEquals(CoachingState.VERIFIED, reader.read(action).state());
        status("To Do", StatusCategory.TO_DO);
        assertEquals(CoachingState.OPEN, reader.read(action).state());
        IssueType deal = type("Deal");
        when(action.getIssueType()).thenReturn(deal);
        assertFalse(reader.isCoachingAction(action));
    }
}
