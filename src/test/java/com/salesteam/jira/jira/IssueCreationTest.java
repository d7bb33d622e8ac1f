package com.salesteam.jira.jira;

import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Map;

import static com.salesteam.jira.jira.IssueServiceStubs.issueType;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Creating an issue through IssueService: what is missing is named, the input is Jira's, a refusal gives reasons. */
public class IssueCreationTest {

    private static final String MARKER = "salesteam-claim-r-0123456789abcdef01234567";
    private final IssueServiceStubs jira = new IssueServiceStubs();
    private final IssueCreation creation = new IssueCreation(jira.issueService, jira.projectManager,
            jira.issueTypeManager, jira.userManager, jira.dateFieldFormat);

    @Test
    public void aMissingProjectIssueTypeOrUserIsNamed() {
        assertEquals("no project NOPE", assertThrows(IllegalStateException.class, () -> creation.project("NOPE"))
                .getMessage());
        jira.issueTypes(issueType("Deal", "1"));
        assertEquals("no issue type Review: run the Reviews project setup",
                assertThrows(IllegalStateException.class, () -> creation.issueType("Review")).getMessage());
        assertEquals("no user ghost", assertThrows(IllegalStateException.class, () -> creation.user("ghost"))
                .getMessage());
    }

    @Test
    public void theInputNamesProjectTypeSummaryPeopleAndTheDueDay() {
        IssueType review = issueType("Review", "10042");
        jira.issueTypes(issueType("Deal", "1"), review);
        ApplicationUser ann = jira.user("ann-key", "ann");
        jira.datePickerWrites("15/Nov/26");
        Project project = creation.project("SALES");

        IssueInputParameters input = creation.input(project, creation.issueType("Review"), "Review of Ann",
                creation.user("boss-key"), ann, LocalDate.of(2026, 11, 15), MARKER);

        assertSame(jira.input, input);
        verify(jira.input).setProjectId(10_000L);
        verify(jira.input).addCustomFieldValue("labels", MARKER);
        verify(jira.input).setSkipScreenCheck(true);
        verify(jira.input).setIssueTypeId("10042");
        verify(jira.input).setSummary("Review of Ann");
        verify(jira.input).setReporterId("boss");
        verify(jira.input).setAssigneeId("ann");
        verify(jira.input).setDueDate("15/Nov/26");
        jira.assertDueDayFormatted(LocalDate.of(2026, 11, 15));
    }

    @Test
    public void aValidInputIsCreatedAsTheUser() {
        jira.creates(20_001L, "SALES-77");

        MutableIssue issue = creation.create(jira.boss, jira.input, "review");

        assertEquals(Long.valueOf(20_001L), issue.getId());
        assertEquals("SALES-77", issue.getKey());
    }

    @Test
    public void aRefusalOrAFailedCreateCarriesJirasReasons() {
        jira.refuses("You do not have permission to create issues.", Map.of("duedate", "Due date is required."));
        assertEquals("Jira refused the review: You do not have permission to create issues.; duedate: Due date is"
                + " required.", assertThrows(IllegalStateException.class,
                () -> creation.create(jira.boss, jira.input, "review")).getMessage());

        when(jira.validation.isValid()).thenReturn(true);
        when(jira.result.isValid()).thenReturn(false);
        when(jira.issueService.create(jira.boss, jira.validation)).thenReturn(jira.result);
        assertEquals("Jira did not create the review: no reason given", assertThrows(IllegalStateException.class,
                () -> creation.create(jira.boss, jira.input, "review")).getMessage());
    }
}
