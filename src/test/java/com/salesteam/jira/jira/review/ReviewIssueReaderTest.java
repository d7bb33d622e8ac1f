package com.salesteam.jira.jira.review;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.user.ApplicationUser;
import com.salesteam.jira.model.review.ReviewRecord;
import org.junit.Test;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class ReviewIssueReaderTest {

    private final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);
    private final Issue review = mock(Issue.class);

    private void status(String name, String category) {
        Status status = mock(Status.class);
        StatusCategory statusCategory = mock(StatusCategory.class);
        when(status.getName()).thenReturn(name);
        when(status.getStatusCategory()).thenReturn(statusCategory);
        when(statusCategory.getKey()).thenReturn(category);
        when(review.getStatus()).thenReturn(status);
    }

    @Test
    public void aReviewIsReadWithItsRevieweePeriodStatusAndDueDay() {
        CustomField reviewee = mock(CustomField.class);
        CustomField period = mock(CustomField.class);
        ApplicationUser rep = mock(ApplicationUser.class);
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Performance Review");
        when(review.getIssueType()).thenReturn(type);
        when(customFieldManager.getCustomFieldObjectsByName("Reviewee")).thenReturn(List.of(reviewee));
        when(customFieldManager.getCustomFieldObjectsByName("Review Period")).thenReturn(List.of(period));
        when(review.getCustomFieldValue(reviewee)).thenReturn(rep);
        when(review.getCustomFieldValue(period)).thenReturn(" fy2026-q2 ");
        when(rep.getKey()).thenReturn("li.wei");
        when(review.getId()).thenReturn(9L);
        when(review.getKey()).thenReturn("SALES-9");
        when(review.getDueDate()).thenReturn(Timestamp.valueOf(LocalDate.of(2026, 7, 15).atStartOfDay()));
        status("Manager Review", StatusCategory.IN_PROGRESS);
        ReviewIssueReader reader = new ReviewIssueReader(customFieldManager);

        assertTrue(reader.isReview(review));
        assertEquals(new ReviewRecord(9, "SALES-9", Optional.of("li.wei"), "FY2026-Q2", "Manager Review", false,
                Optional.of(LocalDate.of(2026, 7, 15))), reader.read(review));
        status("Signed Off", StatusCategory.COMPLETE);
        assertTrue(reader.read(review).signedOff());
        when(type.getName()).thenReturn("Deal");
        assertFalse(reader.isReview(review));
    }

    @Test
    public void missingFieldsLeaveTheRevieweeAndPeriodEmpty() {
        when(review.getId()).thenReturn(9L);
        when(review.getKey()).thenReturn("SALES-9");
        status("Scheduled", StatusCategory.TO_DO);
        ReviewRecord read = new ReviewIssueReader(customFieldManager).read(review);
        assertEquals(Optional.empty(), read.revieweeKey());
        assertEquals("", read.periodKey());
        assertEquals(Optional.empty(), read.due());
    }
}
