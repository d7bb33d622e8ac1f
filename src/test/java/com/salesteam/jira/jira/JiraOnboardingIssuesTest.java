package com.salesteam.jira.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import com.salesteam.jira.model.cadence.OnboardingStep;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.service.cadence.OnboardingIssues;
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
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** An onboarding step becomes a Coaching Action through IssueService's validateCreate and create, as the reporter. */
public class JiraOnboardingIssuesTest {

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
    private OptionsManager optionsManager;
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
    private final OnboardingStep step = new OnboardingStep("ann-key", 2, "Ride along with Ava", "Ride-along",
            LocalDate.of(2026, 11, 12), "SALES", OnboardingStep.State.CLAIMED, Optional.empty(), false);

    private static ApplicationUser user(String key, String name) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(name);
        return user;
    }

    private static Option option(long id, String value) {
        Option option = mock(Option.class);
        when(option.getOptionId()).thenReturn(id);
        when(option.getValue()).thenReturn(value);
        return option;
    }

    /** Jira's option list: a List of options. */
    private static final class OptionList extends ArrayList<Option> implements Options {
    }

    @Before
    public void setUp() {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(10_000L);
        when(projectManager.getProjectObjByKey("SALES")).thenReturn(project);
        IssueType coaching = mock(IssueType.class);
        when(coaching.getName()).thenReturn(ReviewsBlueprint.COACHING_TYPE);
        when(coaching.getId()).thenReturn("10043");
        when(issueTypeManager.getIssueTypes()).thenReturn(List.of(coaching));
        CustomField rep = mock(CustomField.class);
        when(rep.getIdAsLong()).thenReturn(10_401L);
        CustomField kind = mock(CustomField.class);
        when(kind.getIdAsLong()).thenReturn(10_402L);
        FieldConfigScheme scheme = mock(FieldConfigScheme.class);
        FieldConfig config = mock(FieldConfig.class);
        when(scheme.getOneAndOnlyConfig()).thenReturn(config);
        when(kind.getConfigurationSchemes()).thenReturn(List.of(scheme));
        OptionList options = new OptionList();
        options.add(option(301, "Training course"));
        options.add(option(304, "Ride-along"));
        when(optionsManager.getOptions(config)).thenReturn(options);
        when(customFieldManager.getCustomFieldObjectsByName(ReviewsBlueprint.REP_FIELD)).thenReturn(List.of(rep));
        when(customFieldManager.getCustomFieldObjectsByName(ReviewsBlueprint.KIND_FIELD)).thenReturn(List.of(kind));
        when(userManager.getUserByKey("boss-key")).thenReturn(boss);
        when(userManager.getUserByKey("ann-key")).thenReturn(ann);
        when(dateFieldFormat.formatDatePicker(any())).thenReturn("12/Nov/26");
        when(issueService.newIssueInputParameters()).thenReturn(input);
        when(issueService.validateCreate(boss, input)).thenReturn(validation);
    }

    private JiraOnboardingIssues issues() {
        return new JiraOnboardingIssues(issueService, projectManager, issueTypeManager, customFieldManager,
                optionsManager, userManager, dateFieldFormat);
    }

    @Test
    public void createsTheCoachingActionForThePersonWithKindAndDueDateAsTheReporter() {
        when(validation.isValid()).thenReturn(true);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(20_002L);
        when(issue.getKey()).thenReturn("SALES-78");
        when(result.isValid()).thenReturn(true);
        when(result.getIssue()).thenReturn(issue);
        when(issueService.create(boss, validation)).thenReturn(result);

        OnboardingIssues.Created created = issues().create(step, "boss-key");

        assertEquals(new OnboardingIssues.Created(20_002L, "SALES-78"), created);
        verify(input).setProjectId(10_000L);
        verify(input).setIssueTypeId("10043");
        verify(input).setSummary("Ride along with Ava");
        verify(input).setReporterId("boss");
        verify(input).setAssigneeId("ann");
        verify(input).setDueDate("12/Nov/26");
        verify(input).addCustomFieldValue(10_401L, "ann");
        verify(input).addCustomFieldValue(10_402L, "304");
        ArgumentCaptor<Date> due = ArgumentCaptor.forClass(Date.class);
        verify(dateFieldFormat).formatDatePicker(due.capture());
        assertEquals(LocalDate.of(2026, 11, 12), due.getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
    }

    @Test
    public void aKindTheFieldDoesNotOfferIsLeftEmptyNotGuessed() {
        when(validation.isValid()).thenReturn(false);
        when(validation.getErrorCollection()).thenReturn(null);
        OnboardingStep mentoring = new OnboardingStep("ann-key", 0, "Mentor", "Mentoring", LocalDate.of(2026, 11, 12),
                "SALES", OnboardingStep.State.CLAIMED, Optional.empty(), false);

        assertThrows(IllegalStateException.class, () -> issues().create(mentoring, "boss-key"));

        verify(input, never()).addCustomFieldValue(eq(10_402L), anyString());
    }

    @Test
    public void aRefusalCarriesJirasReasonsAndAMissingProjectOrUserIsRefusedBeforeJiraIsAsked() {
        when(validation.isValid()).thenReturn(false);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrorMessages()).thenReturn(List.of("You do not have permission to create issues."));
        when(errors.getErrors()).thenReturn(Map.of("assignee", "User 'ann' cannot be assigned issues."));
        when(validation.getErrorCollection()).thenReturn(errors);

        IllegalStateException refusal = assertThrows(IllegalStateException.class, () -> issues().create(step, "boss-key"));

        assertTrue(refusal.getMessage(), refusal.getMessage().contains("You do not have permission")
                && refusal.getMessage().contains("assignee: User 'ann' cannot be assigned issues."));
        verify(issueService, never()).create(any(), any());
        assertThrows(IllegalStateException.class, () -> issues().create(step, "ghost"));
        when(projectManager.getProjectObjByKey("SALES")).thenReturn(null);
        assertTrue(assertThrows(IllegalStateException.class, () -> issues().create(step, "boss-key")).getMessage()
                .contains("SALES"));
    }
}
