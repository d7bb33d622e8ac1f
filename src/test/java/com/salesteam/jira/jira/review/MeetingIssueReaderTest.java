package com.salesteam.jira.jira.review;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.user.ApplicationUser;
import com.salesteam.jira.model.cadence.MeetingIssue;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import org.junit.Before;
import org.junit.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class MeetingIssueReaderTest {

    private final CustomFieldManager fields = mock(CustomFieldManager.class);
    private final Issue issue = mock(Issue.class);
    private final CustomField rep = mock(CustomField.class);
    private final CustomField items = mock(CustomField.class);
    private final MeetingIssueReader reader = new MeetingIssueReader(fields);

    @Before
    public void setUp() {
        when(fields.getCustomFieldObjectsByName(ReviewsBlueprint.REP_FIELD)).thenReturn(List.of(rep));
        when(fields.getCustomFieldObjectsByName(ReviewsBlueprint.ACTION_ITEMS_FIELD)).thenReturn(List.of(items));
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn(ReviewsBlueprint.MEETING_TYPE);
        when(issue.getIssueType()).thenReturn(type);
        when(issue.getId()).thenReturn(5L);
        when(issue.getKey()).thenReturn("SALES-5");
    }

    @Test
    public void aHeldMeetingHasItsRepHoldingTimeAndActionItems() {
        ApplicationUser ann = mock(ApplicationUser.class);
        when(ann.getKey()).thenReturn("ann-key");
        when(issue.getCustomFieldValue(rep)).thenReturn(ann);
        when(issue.getCustomFieldValue(items)).thenReturn("* Call Acme");
        when(issue.getResolutionDate()).thenReturn(Timestamp.from(Instant.parse("2026-11-20T10:00:00Z")));

        assertTrue(reader.isMeeting(issue));
        assertEquals(new MeetingIssue(5, "SALES-5", Optional.of("ann-key"),
                Optional.of(Instant.parse("2026-11-20T10:00:00Z")), "* Call Acme"), reader.read(issue));
    }

    @Test
    public void anOpenMeetingWithoutFieldsHasNoRepTimeOrItemsAndOtherTypesAreNotMeetings() {
        ApplicationUser boss = mock(ApplicationUser.class);
        when(issue.getAssignee()).thenReturn(boss);
        when(fields.getCustomFieldObjectsByName(ReviewsBlueprint.ACTION_ITEMS_FIELD)).thenReturn(List.of());

        assertEquals(new MeetingIssue(5, "SALES-5", Optional.empty(), Optional.empty(), ""), reader.read(issue));
        IssueType task = mock(IssueType.class);
        when(task.getName()).thenReturn("Task");
        when(issue.getIssueType()).thenReturn(task);
        assertFalse(reader.isMeeting(issue));
    }
}
