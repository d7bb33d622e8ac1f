package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.workflow.InvalidInputException;
import com.salesteam.jira.jira.goal.GoalIssueReader;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.goal.SmartRules;
import com.salesteam.jira.model.setup.GoalBlueprint;
import com.salesteam.jira.service.AppSettings;
import com.salesteam.jira.service.TeamLookup;
import com.salesteam.jira.service.Caller;
import com.opensymphony.workflow.WorkflowContext;
import com.salesteam.jira.service.goal.SmartGoalChecker;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The SMART validator on a goal issue whose fields Jira holds: the refusal names each failed letter in the user's
 * language; the owner's history comes from one read of the month sums.
 */
public class SmartGoalValidatorTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CustomFieldManager customFieldManager;
    @Mock
    private AppSettings settings;
    @Mock
    private TeamLookup teams;
    @Mock
    private DealLedger ledger;
    @Mock
    private MutableIssue issue;
    @Mock
    private CustomField metric;
    @Mock
    private CustomField target;
    @Mock
    private CustomField period;
    @Mock
    private CustomField owner;
    @Mock
    private ApplicationUser ann;
    @Mock
    private ApplicationUser bob;

    @Before
    public void setUp() {
        when(customFieldManager.getCustomFieldObjectsByName(GoalBlueprint.METRIC_FIELD)).thenReturn(List.of(metric));
        when(customFieldManager.getCustomFieldObjectsByName(GoalBlueprint.TARGET_FIELD)).thenReturn(List.of(target));
        when(customFieldManager.getCustomFieldObjectsByName(GoalBlueprint.PERIOD_FIELD)).thenReturn(List.of(period));
        when(customFieldManager.getCustomFieldObjectsByName(GoalBlueprint.OWNER_FIELD)).thenReturn(List.of(owner));
        when(settings.fiscalCalendar()).thenReturn(FiscalCalendar.DEFAULT);
        when(settings.defaultCurrency()).thenReturn(EUR);
        when(teams.hierarchy()).thenReturn(new TeamHierarchy(List.of(new Team(1, "EMEA", "", Optional.empty(),
                Optional.of("boss"), List.of("ann")))));
        when(ann.getKey()).thenReturn("ann");
        when(bob.getKey()).thenReturn("bob");
        when(issue.getSummary()).thenReturn("Win 150k of new revenue in Q1");
        when(issue.getDescription()).thenReturn("Close the three enterprise renewals and two new logos in EMEA.");
        when(issue.getCustomFieldValue(metric)).thenReturn(option("Revenue won"));
        when(issue.getCustomFieldValue(target)).thenReturn(150000.0);
        when(issue.getCustomFieldValue(period)).thenReturn("FY2027-Q1");
        when(issue.getAssignee()).thenReturn(ann);
        when(issue.getDueDate()).thenReturn(Timestamp.valueOf(LocalDate.of(2027, 3, 31).atStartOfDay()));
    }

    /** A select list's option reads as its text. */
    private static Object option(String text) {
        return new Object() {
            @Override
            public String toString() {
                return text;
            }
        };
    }

    private static ForecastTotals won(long minor, long count) {
        return new ForecastTotals(EUR, minor, count, 0, 0, 0, 0, 0, 0);
    }

    /** Who commits the goal, and whether they are a Jira administrator logged in. */
    private String caller = "ann";
    private boolean callerIsAdmin;

    private void validate(Locale locale, Map<String, String> args) throws InvalidInputException {
        WorkflowContext context = () -> caller;
        new SmartGoalValidator(new GoalIssueReader(customFieldManager),
                new SmartGoalChecker(settings, teams, ledger), new PropertiesTranslator(locale),
                () -> Optional.of(new Caller(caller, caller, callerIsAdmin)), teams)
                .validate(Map.of("issue", issue, "context", context), args, null);
    }

    @Test
    public void onlyTheOwnerTheirManagerOrAnAdminCommitsAndOthersLearnNothingOfTheOwner() throws Exception {
        when(ledger.monthSumsByMonth(any(), any(), any())).thenReturn(Map.of());
        caller = "bob";
        assertEquals("Only the goal's owner, their manager or a Jira administrator commits a sales goal.",
                refusal(Locale.ENGLISH, Map.of()));
        verify(ledger, never()).monthSumsByMonth(any(), any(), any());
        caller = "boss";
        validate(Locale.ENGLISH, Map.of());
        caller = "admin";
        callerIsAdmin = true;
        validate(Locale.ENGLISH, Map.of());
    }

    private String refusal(Locale locale, Map<String, String> args) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> validate(locale, args));
        assertEquals(List.of(refused.getMessage()), refused.getGenericErrors());
        return refused.getMessage();
    }

    @Test
    public void aSmartGoalOfTheAssigneeCommitsAndTheirHistoryIsReadOnceForTheFourQuarters() throws Exception {
        when(ledger.monthSumsByMonth("ann", YearMonth.of(2026, 1), YearMonth.of(2027, 1)))
                .thenReturn(Map.of(YearMonth.of(2026, 8), Map.of(EUR, won(120_000_00L, 3))));

        validate(Locale.ENGLISH, Map.of());

        verify(ledger).monthSumsByMonth("ann", YearMonth.of(2026, 1), YearMonth.of(2027, 1));
    }

    @Test
    public void theRefusalNamesEachFailedLetterInTheUsersLanguage() {
        when(issue.getDescription()).thenReturn("TBD");
        when(issue.getDueDate()).thenReturn(Timestamp.valueOf(LocalDate.of(2027, 5, 3).atStartOfDay()));

        assertEquals("S (specific): the description is boilerplate. T (time-bound): the due date 2027-05-03 is "
                + "outside FY2027-Q1.", refusal(Locale.ENGLISH, Map.of()));
        assertEquals("S（具体）未通过：描述只是套话。 T（有时限）未通过：到期日 2027-05-03 不在 FY2027-Q1 内。",
                refusal(Locale.SIMPLIFIED_CHINESE, Map.of()));
    }

    @Test
    public void theTargetIsAchievableWithinTheConfiguredMultipleOfTheBestQuarter() throws Exception {
        // best quarter: 90,000 in other currencies never counts; 120,000 EUR in Q3 2026
        when(ledger.monthSumsByMonth(anyString(), any(), any())).thenReturn(Map.of(
                YearMonth.of(2026, 8), Map.of(EUR, won(120_000_00L, 3)),
                YearMonth.of(2026, 2), Map.of(Currency.getInstance("USD"), won(900_000_00L, 1))));

        validate(Locale.ENGLISH, Map.of(SmartRules.MULTIPLE_ARG, "1.25"));
        assertEquals("A (achievable): the target 150000 is more than 1.2 times the owner's best of the last 4 periods "
                + "(120000); at most 144000.", refusal(Locale.ENGLISH, Map.of(SmartRules.MULTIPLE_ARG, "1.2")));
    }

    @Test
    public void aDealsGoalCountsDealsWonInEveryCurrency() {
        when(issue.getCustomFieldValue(metric)).thenReturn(option("Deals won"));
        when(issue.getCustomFieldValue(target)).thenReturn(10.0);
        when(ledger.monthSumsByMonth(anyString(), any(), any())).thenReturn(Map.of(
                YearMonth.of(2026, 4), Map.of(EUR, won(1, 2), Currency.getInstance("USD"), won(1, 2))));

        assertEquals("A (achievable): the target 10 is more than 1.5 times the owner's best of the last 4 periods "
                + "(4); at most 6.", refusal(Locale.ENGLISH, Map.of()));
    }

    @Test
    public void theGoalOwnerFieldOverridesTheAssigneeAndMustBeOnASalesTeam() {
        when(issue.getCustomFieldValue(owner)).thenReturn(bob);
        caller = "bob";

        assertEquals("R (relevant): the goal's owner is on no sales team.", refusal(Locale.ENGLISH, Map.of()));
        verify(ledger).monthSumsByMonth("bob", YearMonth.of(2026, 1), YearMonth.of(2027, 1));
    }

    @Test
    public void anEmptyGoalFailsEveryLetterButAchievableAndReadsNoHistory() {
        when(issue.getSummary()).thenReturn("Goal");
        when(issue.getDescription()).thenReturn(null);
        when(issue.getCustomFieldValue(metric)).thenReturn(null);
        when(issue.getCustomFieldValue(target)).thenReturn(Double.NaN);
        when(issue.getCustomFieldValue(period)).thenReturn(" ");
        when(issue.getAssignee()).thenReturn(null);
        when(issue.getDueDate()).thenReturn(null);

        assertEquals("S (specific): the summary is boilerplate. S (specific): the description is missing. "
                + "M (measurable): choose a Goal Metric. M (measurable): enter a Goal Target. "
                + "R (relevant): the goal has no owner: set the Goal Owner or the assignee. "
                + "T (time-bound): enter a Goal Period such as FY2027-Q1. T (time-bound): set a due date.",
                refusal(Locale.ENGLISH, Map.of()));
        verify(ledger, never()).monthSumsByMonth(anyString(), any(), any());
    }

    @Test
    public void withoutTheGoalFieldsInJiraNothingIsSmart() {
        when(customFieldManager.getCustomFieldObjectsByName(anyString())).thenReturn(List.of());

        assertEquals("M (measurable): choose a Goal Metric. M (measurable): enter a Goal Target. "
                + "T (time-bound): enter a Goal Period such as FY2027-Q1.", refusal(Locale.ENGLISH, Map.of()));
    }
}
