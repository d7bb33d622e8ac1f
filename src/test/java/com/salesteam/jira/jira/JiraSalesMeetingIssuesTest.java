package com.salesteam.jira.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.service.cadence.SalesMeetingIssues;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Answers;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A team's Sales Meeting becomes an issue through IssueService's validateCreate and create, as its manager. */
public class JiraSalesMeetingIssuesTest {

    private static final String AGENDA = "h3. Forecast\n* Closed €1,000.00";

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private IssueService issueService;
    @Mock
    private ProjectManager projectManager;
    @Mock
    private IssueTypeManager issueTypeManager;
    @Mock
    private UserManager userManager;
    @Mock
    private DateFieldFormat dateFieldFormat;
    @Mock(answer = Answers.RETURNS_SELF)
    private IssueInputParameters input;
    @Mock
    private IssueService.CreateValidationResult validation;
    @Mock
    private IssueService.IssueResult result;

    private final ApplicationUser boss = mock(ApplicationUser.class);

    @Before
    public void setUp() {
        when(boss.getUsername()).thenReturn("boss");
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(10_000L);
        when(projectManager.getProjectObjByKey("SALES")).thenReturn(project);
        IssueType oneOnOne = mock(IssueType.class);
        when(oneOnOne.getName()).thenReturn(ReviewsBlueprint.MEETING_TYPE);
        IssueType salesMeeting = mock(IssueType.class);
        when(salesMeeting.getName()).thenReturn(ReviewsBlueprint.SALES_MEETING_TYPE);
        when(salesMeeting.getId()).thenReturn("10077");
        when(issueTypeManager.getIssueTypes()).thenReturn(List.of(oneOnOne, salesMeeting));
        when(userManager.getUserByKey("boss-key")).thenReturn(boss);
        when(dateFieldFormat.formatDatePicker(any())).thenReturn("14/May/26");
        when(issueService.newIssueInputParameters()).thenReturn(input);
        when(issueService.validateCreate(boss, input)).thenReturn(validation);
    }

    private JiraSalesMeetingIssues issues() {
        return new JiraSalesMeetingIssues(issueService, projectManager, issueTypeManager, userManager, dateFieldFormat);
    }

    @Test
    public void createsTheMeetingAsTheManagerWithItsAgendaAndDueDay() {
        when(validation.isValid()).thenReturn(true);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(20_001L);
        when(issue.getKey()).thenReturn("SALES-501");
        when(result.isValid()).thenReturn(true);
        when(result.getIssue()).thenReturn(issue);
        when(issueService.create(boss, validation)).thenReturn(result);

        SalesMeetingIssues.Created created = issues().create("SALES", "boss-key", "Sales Meeting: EMEA, May 2026", AGENDA,
                LocalDate.of(2026, 5, 14));

        assertEquals(new SalesMeetingIssues.Created(20_001L, "SALES-501"), created);
        verify(input).setProjectId(10_000L);
        verify(input).setIssueTypeId("10077");
        verify(input).setSummary("Sales Meeting: EMEA, May 2026");
        verify(input).setDescription(AGENDA);
        verify(input).setReporterId("boss");
        verify(input).setAssigneeId("boss");
        verify(input).setDueDate("14/May/26");
        ArgumentCaptor<Date> due = ArgumentCaptor.forClass(Date.class);
        verify(dateFieldFormat).formatDatePicker(due.capture());
        assertEquals(LocalDate.of(2026, 5, 14), due.getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
    }

    @Test
    public void aRefusedValidationIsReportedWithJirasReasonsAndNothingIsCreated() {
        when(validation.isValid()).thenReturn(false);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrorMessages()).thenReturn(List.of("You do not have permission to create issues."));
        when(errors.getErrors()).thenReturn(Map.of("duedate", "Due date is required."));
        when(validation.getErrorCollection()).thenReturn(errors);

        IllegalStateException refusal = assertThrows(IllegalStateException.class, () -> issues().create("SALES",
                "boss-key", "x", AGENDA, LocalDate.of(2026, 5, 14)));

        assertTrue(refusal.getMessage(), refusal.getMessage().contains("You do not have permission to create issues.")
                && refusal.getMessage().contains("duedate: Due date is required."));
        verify(issueService, never()).create(any(), any());
    }

    @Test
    public void aMissingProjectIssueTypeOrUserIsRefusedBeforeJiraIsAsked() {
        LocalDate day = LocalDate.of(2026, 5, 14);
        assertTrue(assertThrows(IllegalStateException.class, () -> issues().create("NOPE", "boss-key", "x", AGENDA, day))
                .getMessage().contains("no project NOPE"));
        assertTrue(assertThrows(IllegalStateException.class, () -> issues().create("SALES", "ghost", "x", AGENDA, day))
                .getMessage().contains("no user ghost"));
        when(issueTypeManager.getIssueTypes()).thenReturn(List.of());
        assertTrue(assertThrows(IllegalStateException.class, () -> issues().create("SALES", "boss-key", "x", AGENDA, day))
                .getMessage().contains("run the Reviews project setup"));
        verify(issueService, never()).validateCreate(any(), any());
    }

    @Test
    public void aCreateThatFailsAfterValidationIsReported() {
        when(validation.isValid()).thenReturn(true);
        when(result.isValid()).thenReturn(false);
        when(issueService.create(boss, validation)).thenReturn(result);

        assertTrue(assertThrows(IllegalStateException.class, () -> issues().create("SALES", "boss-key", "x", AGENDA,
                LocalDate.of(2026, 5, 14))).getMessage().contains("Jira did not create the meeting"));
    }
}
