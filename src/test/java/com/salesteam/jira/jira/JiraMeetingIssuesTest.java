package com.salesteam.jira.jira;

import com.atlassian.jira.project.Project;
import com.salesteam.jira.model.cadence.DueMeeting;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.service.cadence.MeetingIssues;
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

/** A due 1:1 becomes a 1:1 Meeting through IssueService's validateCreate and create, as the rep's manager. */
public class JiraMeetingIssuesTest {

    private static final String MARKER = "salesteam-claim-x-0123456789abcdef01234567";
    private final IssueServiceStubs jira = new IssueServiceStubs();
    private final DueMeeting meeting = new DueMeeting("ann-key", "boss-key", LocalDate.of(2026, 11, 20), "SALES");

    @Before
    public void setUp() {
        jira.issueTypes(issueType(ReviewsBlueprint.REVIEW_TYPE, null), issueType(ReviewsBlueprint.MEETING_TYPE, "10043"));
        jira.field(ReviewsBlueprint.REP_FIELD, 10_310L);
        jira.user("ann-key", "ann");
        jira.datePickerWrites("20/Nov/26");
    }

    private JiraMeetingIssues issues() {
        return new JiraMeetingIssues(jira.issueService, jira.projectManager, jira.issueTypeManager,
                jira.customFieldManager, jira.userManager, jira.dateFieldFormat);
    }

    @Test
    public void createsTheMeetingForTheManagerWithTheRepAgendaAndDueDay() {
        jira.creates(20_002L, "SALES-78");

        MeetingIssues.Created created = issues().create(meeting, "1:1 with Ann on Nov 20, 2026", "h3. Agenda", MARKER);

        assertEquals(new MeetingIssues.Created(20_002L, "SALES-78"), created);
        verify(jira.input).setProjectId(10_000L);
        verify(jira.input).addCustomFieldValue("labels", MARKER);
        verify(jira.input).setSkipScreenCheck(true);
        verify(jira.input).setIssueTypeId("10043");
        verify(jira.input).setSummary("1:1 with Ann on Nov 20, 2026");
        verify(jira.input).setDescription("h3. Agenda");
        verify(jira.input).setReporterId("boss");
        verify(jira.input).setAssigneeId("boss");
        verify(jira.input).addCustomFieldValue(10_310L, "ann");
        jira.assertDueDayFormatted(LocalDate.of(2026, 11, 20));
        verify(jira.input).setDueDate("20/Nov/26");
    }

    @Test
    public void aRefusedValidationIsReportedWithJirasReasonsAndNothingIsCreated() {
        jira.refuses("You do not have permission to create issues.",
                Map.of("customfield_10310", "Sales Rep is required."));

        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> issues().create(meeting, "1:1", "", MARKER));

        assertTrue(refusal.getMessage().contains("You do not have permission to create issues."));
        assertTrue(refusal.getMessage().contains("customfield_10310: Sales Rep is required."));
        verify(jira.issueService, never()).create(any(), any());
    }

    @Test
    public void aMissingProjectTypeOrUserIsRefusedBeforeJiraIsAsked() {
        when(jira.projectManager.getProjectObjByKey("SALES")).thenReturn(null);
        assertThrows(IllegalStateException.class, () -> issues().create(meeting, "1:1", "", MARKER));
        Project project = mock(Project.class);
        when(jira.projectManager.getProjectObjByKey("SALES")).thenReturn(project);
        jira.issueTypes();
        assertTrue(assertThrows(IllegalStateException.class, () -> issues().create(meeting, "1:1", "", MARKER))
                .getMessage().contains("run the Reviews project setup"));
        verify(jira.issueService, never()).validateCreate(any(), any());
    }
}
