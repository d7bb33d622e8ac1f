package com.salesteam.jira.jira;

import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.service.cadence.SalesMeetingIssues;
import org.junit.Before;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Map;

import static com.salesteam.jira.jira.IssueServiceStubs.issueType;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A team's Sales Meeting becomes an issue through IssueService's validateCreate and create, as its manager. */
public class JiraSalesMeetingIssuesTest {

    private static final String AGENDA = "h3. Forecast\n* Closed €1,000.00";

    private static final String MARKER = "salesteam-claim-x-0123456789abcdef01234567";
    private final IssueServiceStubs jira = new IssueServiceStubs();

    @Before
    public void setUp() {
        jira.issueTypes(issueType(ReviewsBlueprint.MEETING_TYPE, null),
                issueType(ReviewsBlueprint.SALES_MEETING_TYPE, "10077"));
        jira.datePickerWrites("14/May/26");
    }

    private JiraSalesMeetingIssues issues() {
        return new JiraSalesMeetingIssues(jira.issueService, jira.projectManager, jira.issueTypeManager,
                jira.userManager, jira.dateFieldFormat);
    }

    @Test
    public void createsTheMeetingAsTheManagerWithItsAgendaAndDueDay() {
        jira.creates(20_001L, "SALES-501");

        SalesMeetingIssues.Created created = issues().create("SALES", "boss-key", "Sales Meeting: EMEA, May 2026", AGENDA,
                LocalDate.of(2026, 5, 14), MARKER);

        assertEquals(new SalesMeetingIssues.Created(20_001L, "SALES-501"), created);
        verify(jira.input).setProjectId(10_000L);
        verify(jira.input).addCustomFieldValue("labels", MARKER);
        verify(jira.input).setSkipScreenCheck(true);
        verify(jira.input).setIssueTypeId("10077");
        verify(jira.input).setSummary("Sales Meeting: EMEA, May 2026");
        verify(jira.input).setDescription(AGENDA);
        verify(jira.input).setReporterId("boss");
        verify(jira.input).setAssigneeId("boss");
        verify(jira.input).setDueDate("14/May/26");
        jira.assertDueDayFormatted(LocalDate.of(2026, 5, 14));
    }

    @Test
    public void aRefusedValidationIsReportedWithJirasReasonsAndNothingIsCreated() {
        jira.refuses("You do not have permission to create issues.", Map.of("duedate", "Due date is required."));

        IllegalStateException refusal = assertThrows(IllegalStateException.class, () -> issues().create("SALES",
                "boss-key", "x", AGENDA, LocalDate.of(2026, 5, 14), MARKER));

        assertTrue(refusal.getMessage(), refusal.getMessage().contains("You do not have permission to create issues.")
                && refusal.getMessage().contains("duedate: Due date is required."));
        verify(jira.issueService, never()).create(any(), any());
    }

    @Test
    public void aMissingProjectIssueTypeOrUserIsRefusedBeforeJiraIsAsked() {
        LocalDate day = LocalDate.of(2026, 5, 14);
        assertTrue(assertThrows(IllegalStateException.class, () -> issues().create("NOPE", "boss-key", "x", AGENDA, day, MARKER))
                .getMessage().contains("no project NOPE"));
        assertTrue(assertThrows(IllegalStateException.class, () -> issues().create("SALES", "ghost", "x", AGENDA, day, MARKER))
                .getMessage().contains("no user ghost"));
        jira.issueTypes();
        assertTrue(assertThrows(IllegalStateException.class, () -> issues().create("SALES", "boss-key", "x", AGENDA, day, MARKER))
                .getMessage().contains("run the Reviews project setup"));
        verify(jira.issueService, never()).validateCreate(any(), any());
    }

    @Test
    public void aCreateThatFailsAfterValidationIsReported() {
        when(jira.validation.isValid()).thenReturn(true);
        when(jira.result.isValid()).thenReturn(false);
        when(jira.issueService.create(jira.boss, jira.validation)).thenReturn(jira.result);

        assertTrue(assertThrows(IllegalStateException.class, () -> issues().create("SALES", "boss-key", "x", AGENDA,
                LocalDate.of(2026, 5, 14), MARKER)).getMessage().contains("Jira did not create the meeting"));
    }
}
