package com.salesteam.jira.jira;

import com.atlassian.jira.project.Project;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.cadence.DueReview;
import com.salesteam.jira.model.cadence.ReviewKey;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.service.cadence.ReviewIssues;
import org.junit.Before;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Map;

import static com.salesteam.jira.jira.IssueServiceStubs.issueType;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A scheduled review becomes an issue through IssueService's validateCreate and create, as the manager. */
public class JiraReviewIssuesTest {

    private static final String MARKER = "salesteam-claim-x-0123456789abcdef01234567";
    private final IssueServiceStubs jira = new IssueServiceStubs();
    private DueReview review;

    @Before
    public void setUp() {
        Period november = Period.parse("FY2026-M11", FiscalCalendar.DEFAULT).orElseThrow();
        review = new DueReview(new ReviewKey(1, "ann-key", november.key()), november, LocalDate.of(2026, 11, 15),
                "boss-key", "ann-key", "SALES");
        jira.issueTypes(issueType("Deal", null), issueType(ReviewsBlueprint.REVIEW_TYPE, "10042"));
        jira.field(ReviewsBlueprint.REVIEWEE_FIELD, 10_301L);
        jira.field(ReviewsBlueprint.PERIOD_FIELD, 10_302L);
        jira.user("ann-key", "ann");
        jira.datePickerWrites("15/Nov/26");
    }

    private JiraReviewIssues issues() {
        return new JiraReviewIssues(jira.issueService, jira.projectManager, jira.issueTypeManager,
                jira.customFieldManager, jira.userManager, jira.dateFieldFormat);
    }

    @Test
    public void createsTheReviewAsTheManagerWithRevieweePeriodAssigneeAndDueDate() {
        jira.creates(20_001L, "SALES-77");

        ReviewIssues.Created created = issues().create(review, "Performance review: Ann, November 2026", MARKER);

        assertEquals(new ReviewIssues.Created(20_001L, "SALES-77"), created);
        verify(jira.input).setProjectId(10_000L);
        verify(jira.input).addCustomFieldValue("labels", MARKER);
        verify(jira.input).setSkipScreenCheck(true);
        verify(jira.input).setIssueTypeId("10042");
        verify(jira.input).setSummary("Performance review: Ann, November 2026");
        verify(jira.input).setReporterId("boss");
        verify(jira.input).setAssigneeId("ann");
        verify(jira.input).setDueDate("15/Nov/26");
        verify(jira.input).addCustomFieldValue(10_301L, "ann");
        verify(jira.input).addCustomFieldValue(10_302L, "FY2026-M11");
        jira.assertDueDayFormatted(LocalDate.of(2026, 11, 15));
    }

    @Test
    public void aRefusedValidationIsReportedWithJirasReasonsAndNothingIsCreated() {
        jira.refuses("You do not have permission to create issues.",
                Map.of("assignee", "User 'ann' cannot be assigned issues."));

        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> issues().create(review, "Performance review", MARKER));

        assertTrue(refusal.getMessage(), refusal.getMessage().contains("You do not have permission to create issues.")
                && refusal.getMessage().contains("assignee: User 'ann' cannot be assigned issues."));
        verify(jira.issueService, never()).create(any(), any());
    }

    @Test
    public void aMissingProjectIssueTypeOrUserIsRefusedBeforeJiraIsAsked() {
        when(jira.projectManager.getProjectObjByKey("SALES")).thenReturn(null);
        assertTrue(assertThrows(IllegalStateException.class, () -> issues().create(review, "x", MARKER)).getMessage()
                .contains("SALES"));
        when(jira.projectManager.getProjectObjByKey("SALES")).thenReturn(mock(Project.class));
        jira.issueTypes();
        assertTrue(assertThrows(IllegalStateException.class, () -> issues().create(review, "x", MARKER)).getMessage()
                .contains(ReviewsBlueprint.REVIEW_TYPE));
        verify(jira.issueService, never()).validateCreate(any(), any());
    }
}
