package com.salesteam.jira.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import com.salesteam.jira.model.cadence.DueMeeting;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.service.cadence.MeetingIssues;
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

/** A due 1:1 becomes a 1:1 Meeting through IssueService's validateCreate and create, as the rep's manager. */
public class JiraMeetingIssuesTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private IssueService issueService;
    @Mock
    private ProjectManager projectManager;
    @Mock
    private IssueTypeManager issueTypeManager;
    @Mock
    private CustomFieldManager customFieldManager;
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

    private final ApplicationUser boss = user("boss-key", "boss");
    private final ApplicationUser ann = user("ann-key", "ann");
    private final DueMeeting meeting = new DueMeeting("ann-key", "boss-key", LocalDate.of(2026, 11, 20), "SALES");

    private static ApplicationUser user(String key, String name) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(name);
        return user;
    }

    @Before
    public void setUp() {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(10_000L);
        when(projectManager.getProjectObjByKey("SALES")).thenReturn(project);
        IssueType review = mock(IssueType.class);
        when(review.getName()).thenReturn(ReviewsBlueprint.REVIEW_TYPE);
        IssueType meetingType = mock(IssueType.class);
        when(meetingType.getName()).thenReturn(ReviewsBlueprint.MEETING_TYPE);
        when(meetingType.getId()).thenReturn("10043");
        when(issueTypeManager.getIssueTypes()).thenReturn(List.of(review, meetingType));
        CustomField rep = mock(CustomField.class);
        when(rep.getIdAsLong()).thenReturn(10_310L);
        when(customFieldManager.getCustomFieldObjectsByName(ReviewsBlueprint.REP_FIELD)).thenReturn(List.of(rep));
        when(userManager.getUserByKey("boss-key")).thenReturn(boss);
        when(userManager.getUserByKey("ann-key")).thenReturn(ann);
        when(dateFieldFormat.formatDatePicker(any())).thenReturn("20/Nov/26");
        when(issueService.newIssueInputParameters()).thenReturn(input);
        when(issueService.validateCreate(boss, input)).thenReturn(validation);
    }

    private JiraMeetingIssues issues() {
        return new JiraMeetingIssues(issueService, projectManager, issueTypeManager, customFieldManager, userManager,
                dateFieldFormat);
    }

    @Test
    public void createsTheMeetingForTheManagerWithTheRepAgendaAndDueDay() {
        when(validation.isValid()).thenReturn(true);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(20_002L);
        when(issue.getKey()).thenReturn("SALES-78");
        when(result.isValid()).thenReturn(true);
        when(result.getIssue()).thenReturn(issue);
        when(issueService.create(boss, validation)).thenReturn(result);

        MeetingIssues.Created created = issues().create(meeting, "1:1 with Ann on Nov 20, 2026", "h3. Agenda");

        assertEquals(new MeetingIssues.Created(20_002L, "SALES-78"), created);
        verify(input).setProjectId(10_000L);
        verify(input).setIssueTypeId("10043");
        verify(input).setSummary("1:1 with Ann on Nov 20, 2026");
        verify(input).setDescription("h3. Agenda");
        verify(input).setReporterId("boss");
        verify(input).setAssigneeId("boss");
        verify(input).addCustomFieldValue(10_310L, "ann");
        ArgumentCaptor<Date> due = ArgumentCaptor.forClass(Date.class);
        verify(dateFieldFormat).formatDatePicker(due.capture());
        assertEquals(LocalDate.of(2026, 11, 20), due.getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
        verify(input).setDueDate("20/Nov/26");
    }

    @Test
    public void aRefusedValidationIsReportedWithJirasReasonsAndNothingIsCreated() {
        when(validation.isValid()).thenReturn(false);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrorMessages()).thenReturn(List.of("You do not have permission to create issues."));
        when(errors.getErrors()).thenReturn(Map.of("customfield_10310", "Sales Rep is required."));
        when(validation.getErrorCollection()).thenReturn(errors);

        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> issues().create(meeting, "1:1", ""));

        assertTrue(refusal.getMessage().contains("You do not have permission to create issues."));
        assertTrue(refusal.getMessage().contains("customfield_10310: Sales Rep is required."));
        verify(issueService, never()).create(any(), any());
    }

    @Test
    public void aMissingProjectTypeOrUserIsRefusedBeforeJiraIsAsked() {
        when(projectManager.getProjectObjByKey("SALES")).thenReturn(null);
        assertThrows(IllegalStateException.class, () -> issues().create(meeting, "1:1", ""));
        Project project = mock(Project.class);
        when(projectManager.getProjectObjByKey("SALES")).thenReturn(project);
        when(issueTypeManager.getIssueTypes()).thenReturn(List.of());
        assertTrue(assertThrows(IllegalStateException.class, () -> issues().create(meeting, "1:1", ""))
                .getMessage().contains("run the Reviews project setup"));
        verify(issueService, never()).validateCreate(any(), any());
    }
}
