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
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.cadence.DueReview;
import com.salesteam.jira.model.cadence.ReviewKey;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.service.cadence.ReviewIssues;
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

/** A scheduled review becomes an issue through IssueService's validateCreate and create, as the manager. */
public class JiraReviewIssuesTest {

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
    private DueReview review;

    private static ApplicationUser user(String key, String name) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(name);
        return user;
    }

    @Before
    public void setUp() {
        Period november = Period.parse("FY2026-M11", FiscalCalendar.DEFAULT).orElseThrow();
        review = new DueReview(new ReviewKey(1, "ann-key", november.key()), november, LocalDate.of(2026, 11, 15),
                "boss-key", "ann-key", "SALES");
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(10_000L);
        when(projectManager.getProjectObjByKey("SALES")).thenReturn(project);
        IssueType deal = mock(IssueType.class);
        when(deal.getName()).thenReturn("Deal");
        IssueType reviewType = mock(IssueType.class);
        when(reviewType.getName()).thenReturn(ReviewsBlueprint.REVIEW_TYPE);
        when(reviewType.getId()).thenReturn("10042");
        when(issueTypeManager.getIssueTypes()).thenReturn(List.of(deal, reviewType));
        CustomField reviewee = mock(CustomField.class);
        when(reviewee.getIdAsLong()).thenReturn(10_301L);
        CustomField period = mock(CustomField.class);
        when(period.getIdAsLong()).thenReturn(10_302L);
        when(customFieldManager.getCustomFieldObjectsByName(ReviewsBlueprint.REVIEWEE_FIELD)).thenReturn(List.of(reviewee));
        when(customFieldManager.getCustomFieldObjectsByName(ReviewsBlueprint.PERIOD_FIELD)).thenReturn(List.of(period));
        when(userManager.getUserByKey("boss-key")).thenReturn(boss);
        when(userManager.getUserByKey("ann-key")).thenReturn(ann);
        when(dateFieldFormat.formatDatePicker(any())).thenReturn("15/Nov/26");
        when(issueService.newIssueInputParameters()).thenReturn(input);
        when(issueService.validateCreate(boss, input)).thenReturn(validation);
    }

    private JiraReviewIssues issues() {
        return new JiraReviewIssues(issueService, projectManager, issueTypeManager, customFieldManager, userManager,
                dateFieldFormat);
    }

    @Test
    public void createsTheReviewAsTheManagerWithRevieweePeriodAssigneeAndDueDate() {
        when(validation.isValid()).thenReturn(true);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(20_001L);
        when(issue.getKey()).thenReturn("SALES-77");
        when(result.isValid()).thenReturn(true);
        when(result.getIssue()).thenReturn(issue);
        when(issueService.create(boss, validation)).thenReturn(result);

        ReviewIssues.Created created = issues().create(review, "Performance review: Ann, November 2026");

        assertEquals(new ReviewIssues.Created(20_001L, "SALES-77"), created);
        verify(input).setProjectId(10_000L);
        verify(input).setIssueTypeId("10042");
        verify(input).setSummary("Performance review: Ann, November 2026");
        verify(input).setReporterId("boss");
        verify(input).setAssigneeId("ann");
        verify(input).setDueDate("15/Nov/26");
        verify(input).addCustomFieldValue(10_301L, "ann");
        verify(input).addCustomFieldValue(10_302L, "FY2026-M11");
        ArgumentCaptor<Date> due = ArgumentCaptor.forClass(Date.class);
        verify(dateFieldFormat).formatDatePicker(due.capture());
        assertEquals(LocalDate.of(2026, 11, 15), due.getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
    }

    @Test
    public void aRefusedValidationIsReportedWithJirasReasonsAndNothingIsCreated() {
        when(validation.isValid()).thenReturn(false);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrorMessages()).thenReturn(List.of("You do not have permission to create issues."));
        when(errors.getErrors()).thenReturn(Map.of("assignee", "User 'ann' cannot be assigned issues."));
        when(validation.getErrorCollection()).thenReturn(errors);

        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> issues().create(review, "Performance review"));

        assertTrue(refusal.getMessage(), refusal.getMessage().contains("You do not have permission to create issues.")
                && refusal.getMessage().contains("assignee: User 'ann' cannot be assigned issues."));
        verify(issueService, never()).create(any(), any());
    }

    @Test
    public void aMissingProjectIssueTypeOrUserIsRefusedBeforeJiraIsAsked() {
        when(projectManager.getProjectObjByKey("SALES")).thenReturn(null);
        assertTrue(assertThrows(IllegalStateException.class, () -> issues().create(review, "x")).getMessage()
                .contains("SALES"));
        when(projectManager.getProjectObjByKey("SALES")).thenReturn(mock(Project.class));
        when(issueTypeManager.getIssueTypes()).thenReturn(List.of());
        assertTrue(assertThrows(IllegalStateException.class, () -> issues().create(review, "x")).getMessage()
                .contains(ReviewsBlueprint.REVIEW_TYPE));
        verify(issueService, never()).validateCreate(any(), any());
    }
}
