package com.salesteam.jira.jira;

import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.salesteam.jira.model.cadence.OnboardingStep;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.service.cadence.OnboardingIssues;
import org.junit.Before;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.salesteam.jira.jira.IssueServiceStubs.issueType;
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

    private static final String MARKER = "salesteam-claim-x-0123456789abcdef01234567";
    private final IssueServiceStubs jira = new IssueServiceStubs();
    private final OptionsManager optionsManager = mock(OptionsManager.class);
    private final OnboardingStep step = new OnboardingStep("ann-key", 2, "Ride along with Ava", "Ride-along",
            LocalDate.of(2026, 11, 12), "SALES", OnboardingStep.State.CLAIMED, Optional.empty(), false);

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
        jira.issueTypes(issueType(ReviewsBlueprint.COACHING_TYPE, "10043"));
        jira.field(ReviewsBlueprint.REP_FIELD, 10_401L);
        CustomField kind = jira.field(ReviewsBlueprint.KIND_FIELD, 10_402L);
        FieldConfigScheme scheme = mock(FieldConfigScheme.class);
        FieldConfig config = mock(FieldConfig.class);
        when(scheme.getOneAndOnlyConfig()).thenReturn(config);
        when(kind.getConfigurationSchemes()).thenReturn(List.of(scheme));
        OptionList options = new OptionList();
        options.add(option(301, "Training course"));
        options.add(option(304, "Ride-along"));
        when(optionsManager.getOptions(config)).thenReturn(options);
        jira.user("ann-key", "ann");
        jira.datePickerWrites("12/Nov/26");
    }

    private JiraOnboardingIssues issues() {
        return new JiraOnboardingIssues(jira.issueService, jira.projectManager, jira.issueTypeManager,
                jira.customFieldManager, optionsManager, jira.userManager, jira.dateFieldFormat);
    }

    @Test
    public void createsTheCoachingActionForThePersonWithKindAndDueDateAsTheReporter() {
        jira.creates(20_002L, "SALES-78");

        OnboardingIssues.Created created = issues().create(step, "boss-key", MARKER);

        assertEquals(new OnboardingIssues.Created(20_002L, "SALES-78"), created);
        verify(jira.input).setProjectId(10_000L);
        verify(jira.input).addCustomFieldValue("labels", MARKER);
        verify(jira.input).setSkipScreenCheck(true);
        verify(jira.input).setIssueTypeId("10043");
        verify(jira.input).setSummary("Ride along with Ava");
        verify(jira.input).setReporterId("boss");
        verify(jira.input).setAssigneeId("ann");
        verify(jira.input).setDueDate("12/Nov/26");
        verify(jira.input).addCustomFieldValue(10_401L, "ann");
        verify(jira.input).addCustomFieldValue(10_402L, "304");
        jira.assertDueDayFormatted(LocalDate.of(2026, 11, 12));
    }

    @Test
    public void aKindTheFieldDoesNotOfferIsLeftEmptyNotGuessed() {
        when(jira.validation.isValid()).thenReturn(false);
        when(jira.validation.getErrorCollection()).thenReturn(null);
        OnboardingStep mentoring = new OnboardingStep("ann-key", 0, "Mentor", "Mentoring", LocalDate.of(2026, 11, 12),
                "SALES", OnboardingStep.State.CLAIMED, Optional.empty(), false);

        assertThrows(IllegalStateException.class, () -> issues().create(mentoring, "boss-key", MARKER));

        verify(jira.input, never()).addCustomFieldValue(eq(10_402L), anyString());
    }

    @Test
    public void aRefusalCarriesJirasReasonsAndAMissingProjectOrUserIsRefusedBeforeJiraIsAsked() {
        jira.refuses("You do not have permission to create issues.",
                Map.of("assignee", "User 'ann' cannot be assigned issues."));

        IllegalStateException refusal = assertThrows(IllegalStateException.class, () -> issues().create(step,
                "boss-key", MARKER));

        assertTrue(refusal.getMessage(), refusal.getMessage().contains("You do not have permission")
                && refusal.getMessage().contains("assignee: User 'ann' cannot be assigned issues."));
        verify(jira.issueService, never()).create(any(), any());
        assertThrows(IllegalStateException.class, () -> issues().create(step, "ghost", MARKER));
        when(jira.projectManager.getProjectObjByKey("SALES")).thenReturn(null);
        assertTrue(assertThrows(IllegalStateException.class, () -> issues().create(step, "boss-key", MARKER)).getMessage()
                .contains("SALES"));
    }
}
