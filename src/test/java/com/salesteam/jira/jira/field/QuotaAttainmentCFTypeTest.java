package com.salesteam.jira.jira.field;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.user.ApplicationUser;
import com.salesteam.jira.jira.deal.DealIssueReader;
import com.salesteam.jira.jira.goal.GoalIssueReader;
import com.salesteam.jira.jira.review.ReviewIssueReader;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.quota.Attainment;
import com.salesteam.jira.model.setup.DealBlueprint;
import com.salesteam.jira.model.setup.GoalBlueprint;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.service.AppSettings;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.RepAttainment;
import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The Quota Attainment field on a deal: from the cache only, for those who may see it, rendered by real Velocity. */
public class QuotaAttainmentCFTypeTest {

    private final java.util.Set<Long> hiddenProjects = new java.util.HashSet<>();
    private final com.salesteam.jira.service.DealAmountAccess amounts = new com.salesteam.jira.service.DealAmountAccess(
            userKey -> hiddenProjects, org.mockito.Mockito.mock(com.salesteam.jira.store.DealLedger.class));

    private static final LocalDate CLOSE = LocalDate.of(2026, 5, 20);
    private static final Period QUARTER = Period.parse("FY2026-Q2", FiscalCalendar.DEFAULT).orElseThrow();

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CustomFieldManager customFieldManager;
    @Mock
    private AppSettings settings;
    @Mock
    private CurrentUser currentUser;
    @Mock
    private Issue issue;
    @Mock
    private IssueType dealType;
    @Mock
    private ApplicationUser owner;
    @Mock
    private CustomField expectedClose;
    @Mock
    private CustomField field;

    private final List<String> loads = new ArrayList<>();
    private MemoryAttainmentCache cache;
    private QuotaAttainmentCFType type;

    @Before
    public void setUp() {
        when(dealType.getName()).thenReturn(DealBlueprint.ISSUE_TYPE);
        when(issue.getIssueType()).thenReturn(dealType);
        when(owner.getKey()).thenReturn("ann");
        when(issue.getAssignee()).thenReturn(owner);
        when(customFieldManager.getCustomFieldObjectsByName(DealBlueprint.EXPECTED_CLOSE_FIELD))
                .thenReturn(List.of(expectedClose));
        when(issue.getCustomFieldValue(expectedClose))
                .thenReturn(Date.from(CLOSE.atStartOfDay(ZoneId.systemDefault()).toInstant()));
        cache = new MemoryAttainmentCache((rep, day) -> {
            loads.add(rep + "@" + day);
            return new RepAttainment(rep, "FY2026-Q2",
                    Optional.of(Attainment.of(150_000_00L, 108_750_00L, 60_000_00L, 30_000_00L, QUARTER, CLOSE)),
                    Optional.of("EUR"), Set.of(rep, "boss"));
        });
        type = new QuotaAttainmentCFType(new DealIssueReader(customFieldManager, settings),
                new GoalIssueReader(customFieldManager), new ReviewIssueReader(customFieldManager), cache, currentUser,
                new PropertiesTranslator(Locale.ENGLISH), amounts);
    }

    private void viewer(String key, boolean admin) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(key, key, admin)));
    }

    @Test
    public void theOwnerTheirManagerAndAdminsSeeTheOwnersAttainmentInTheCloseDatesPeriod() {
        viewer("ann", false);
        RepAttainment value = type.getValueFromIssue(field, issue);
        assertEquals("FY2026-Q2", value.periodKey());
        assertEquals("72.5", type.getStringFromSingularObject(value));
        viewer("boss", false);
        assertEquals(value, type.getValueFromIssue(field, issue));
        viewer("admin", true);
        assertEquals(value, type.getValueFromIssue(field, issue));
        assertEquals("computed once, then read from the cache", List.of("ann@" + CLOSE), loads);
    }

    @Test
    public void othersNonDealsDealsWithoutOwnerOrCloseDateAndAnonymousViewersGetNothing() {
        viewer("bob", false);
        assertNull("a colleague", type.getValueFromIssue(field, issue));
        when(currentUser.caller()).thenReturn(Optional.empty());
        assertNull("anonymous", type.getValueFromIssue(field, issue));
        viewer("ann", false);
        when(issue.getCustomFieldValue(expectedClose)).thenReturn(null);
        assertNull("no expected close", type.getValueFromIssue(field, issue));
        when(issue.getAssignee()).thenReturn(null);
        assertNull("no owner", type.getValueFromIssue(field, issue));
        IssueType task = org.mockito.Mockito.mock(IssueType.class);
        when(task.getName()).thenReturn("Task");
        when(issue.getIssueType()).thenReturn(task);
        assertNull("not a deal", type.getValueFromIssue(field, issue));
        assertEquals("only the colleague's view needed the figure (to hide it)", List.of("ann@" + CLOSE), loads);
    }

    @Test
    public void aRepWithoutQuotaShowsNothing() {
        type = new QuotaAttainmentCFType(new DealIssueReader(customFieldManager, settings),
                new GoalIssueReader(customFieldManager), new ReviewIssueReader(customFieldManager), MemoryAttainmentCache.empty(),
                currentUser, new PropertiesTranslator(Locale.ENGLISH), amounts);
        viewer("ann", false);
        assertNull(type.getValueFromIssue(field, issue));
    }

    @Test
    public void theViewShowsPercentAndDetailsInTheReadersLanguage() {
        viewer("ann", false);
        RepAttainment value = type.getValueFromIssue(field, issue);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            QuotaAttainmentCFType localized = new QuotaAttainmentCFType(new DealIssueReader(customFieldManager, settings),
                    new GoalIssueReader(customFieldManager), new ReviewIssueReader(customFieldManager), cache, currentUser, new PropertiesTranslator(locale), amounts);
            Map<String, Object> context = new java.util.HashMap<>(localized.getVelocityParameters(issue, field, null));
            context.put("value", value);
            String html = new VelocityHarness().render("templates/field/quota-attainment-view.vm", context);
            if (locale == Locale.ENGLISH) {
                assertTrue(html, html.contains(">72.5 %</span>"));
                assertTrue(html, html.contains("€108,750.00 of €150,000.00 in FY2026-Q2 · gap €41,250.00"));
            } else {
                assertTrue(html, html.contains(">达成 72.5%</span>"));
            }
            assertTrue(html, html.contains("salesteam-attainment-on"));
        }
        String empty = new VelocityHarness().render("templates/field/quota-attainment-view.vm",
                new java.util.HashMap<>(type.getVelocityParameters(issue, field, null)));
        assertFalse(empty.contains("<span"));
    }

    @Test
    public void aViewerWhoCannotBrowseEveryProjectSeesThePercentWithoutTheAmounts() {
        viewer("boss", false);
        hiddenProjects.add(7L);
        Map<String, Object> context = new java.util.HashMap<>(type.getVelocityParameters(issue, field, null));
        context.put("value", type.getValueFromIssue(field, issue));

        String html = new VelocityHarness().render("templates/field/quota-attainment-view.vm", context);

        assertTrue(html, html.contains(">72.5 %</span>"));
        assertTrue(html, html.contains("FY2026-Q2 · pace"));
        assertFalse(html, html.contains("€"));
    }

    // Sales Goal: the owner's attainment of the goal's metric in the goal's period

    private Issue goal(String period, String metric, ApplicationUser goalOwner) {
        IssueType goalType = org.mockito.Mockito.mock(IssueType.class);
        when(goalType.getName()).thenReturn(GoalBlueprint.ISSUE_TYPE);
        CustomField periodField = org.mockito.Mockito.mock(CustomField.class);
        CustomField metricField = org.mockito.Mockito.mock(CustomField.class);
        CustomField ownerField = org.mockito.Mockito.mock(CustomField.class);
        when(customFieldManager.getCustomFieldObjectsByName(GoalBlueprint.PERIOD_FIELD)).thenReturn(List.of(periodField));
        when(customFieldManager.getCustomFieldObjectsByName(GoalBlueprint.METRIC_FIELD)).thenReturn(List.of(metricField));
        when(customFieldManager.getCustomFieldObjectsByName(GoalBlueprint.OWNER_FIELD)).thenReturn(List.of(ownerField));
        Issue goal = org.mockito.Mockito.mock(Issue.class);
        when(goal.getIssueType()).thenReturn(goalType);
        when(goal.getAssignee()).thenReturn(owner);
        when(goal.getCustomFieldValue(periodField)).thenReturn(period);
        when(goal.getCustomFieldValue(metricField)).thenReturn(metric);
        when(goal.getCustomFieldValue(ownerField)).thenReturn(goalOwner);
        return goal;
    }

    private QuotaAttainmentCFType goalField(List<String> periodLoads) {
        MemoryAttainmentCache goals = new MemoryAttainmentCache((rep, day) -> {
            throw new AssertionError("a goal is read by its period, never by a day");
        }, (rep, periodKey, metric) -> {
            periodLoads.add(rep + "@" + periodKey + "/" + metric.key());
            return new RepAttainment(rep, periodKey, Optional.of(Attainment.of(10, 4, 3, 0, QUARTER, CLOSE)),
                    Optional.empty(), Set.of(rep, "boss"));
        });
        return new QuotaAttainmentCFType(new DealIssueReader(customFieldManager, settings),
                new GoalIssueReader(customFieldManager), new ReviewIssueReader(customFieldManager), goals, currentUser, new PropertiesTranslator(Locale.ENGLISH), amounts);
    }

    @Test
    public void aGoalShowsItsOwnersAttainmentOfItsMetricInItsPeriodToTheOwnerTheirManagersAndAdmins() {
        List<String> periodLoads = new ArrayList<>();
        QuotaAttainmentCFType goalType = goalField(periodLoads);
        Issue goal = goal(" fy2026-q2 ", "Deals won", null);

        viewer("ann", false);
        RepAttainment value = goalType.getValueFromIssue(field, goal);
        assertEquals("40.0", goalType.getStringFromSingularObject(value));
        viewer("boss", false);
        assertEquals(value, goalType.getValueFromIssue(field, goal));
        viewer("admin", true);
        assertEquals(value, goalType.getValueFromIssue(field, goal));
        viewer("bob", false);
        assertNull(goalType.getValueFromIssue(field, goal));
        assertEquals("the assignee owns a goal that names nobody; one load", List.of("ann@FY2026-Q2/deals-won"), periodLoads);

        Map<String, Object> context = new java.util.HashMap<>(goalType.getVelocityParameters(goal, field, null));
        context.put("value", value);
        String html = new VelocityHarness().render("templates/field/quota-attainment-view.vm", context);
        assertTrue("a count goal shows counts: " + html, html.contains("4 of 10 in FY2026-Q2"));
    }

    @Test
    public void theGoalOwnerFieldDecidesWhoseAttainmentAndABadGoalShowsNothing() {
        List<String> periodLoads = new ArrayList<>();
        QuotaAttainmentCFType goalType = goalField(periodLoads);
        ApplicationUser carl = org.mockito.Mockito.mock(ApplicationUser.class);
        when(carl.getKey()).thenReturn("carl");
        viewer("admin", true);

        assertEquals("carl", goalType.getValueFromIssue(field, goal("FY2026-Q2", "Revenue won", carl)).repKey());
        assertNull("no period", goalType.getValueFromIssue(field, goal(null, "Revenue won", carl)));
        assertNull("a key that could not be a period", goalType.getValueFromIssue(field, goal("FY2026|Q2", "Revenue won", carl)));
        assertNull("no quota metric", goalType.getValueFromIssue(field, goal("FY2026-Q2", "Happiness", carl)));
        assertEquals(List.of("carl@FY2026-Q2/revenue-won"), periodLoads);
    }

    // Performance Review: the Reviewee's revenue attainment in the Review Period

    private Issue review(String period, ApplicationUser reviewee) {
        IssueType reviewType = org.mockito.Mockito.mock(IssueType.class);
        when(reviewType.getName()).thenReturn(ReviewsBlueprint.REVIEW_TYPE);
        CustomField periodField = org.mockito.Mockito.mock(CustomField.class);
        CustomField revieweeField = org.mockito.Mockito.mock(CustomField.class);
        when(customFieldManager.getCustomFieldObjectsByName(ReviewsBlueprint.PERIOD_FIELD)).thenReturn(List.of(periodField));
        when(customFieldManager.getCustomFieldObjectsByName(ReviewsBlueprint.REVIEWEE_FIELD))
                .thenReturn(List.of(revieweeField));
        Issue review = org.mockito.Mockito.mock(Issue.class);
        when(review.getIssueType()).thenReturn(reviewType);
        when(review.getAssignee()).thenReturn(owner);
        when(review.getCustomFieldValue(periodField)).thenReturn(period);
        when(review.getCustomFieldValue(revieweeField)).thenReturn(reviewee);
        return review;
    }

    @Test
    public void aReviewShowsTheRevieweesRevenueAttainmentInItsPeriodToThemTheirManagerAndAdminsOnly() {
        List<String> periodLoads = new ArrayList<>();
        QuotaAttainmentCFType reviewField = goalField(periodLoads);
        ApplicationUser bob = org.mockito.Mockito.mock(ApplicationUser.class);
        when(bob.getKey()).thenReturn("bob");
        Issue review = review(" fy2026-q2 ", bob);

        viewer("bob", false);
        RepAttainment value = reviewField.getValueFromIssue(field, review);
        assertEquals("bob", value.repKey());
        assertEquals("FY2026-Q2", value.periodKey());
        assertEquals("40.0", reviewField.getStringFromSingularObject(value));
        viewer("boss", false);
        assertEquals(value, reviewField.getValueFromIssue(field, review));
        viewer("admin", true);
        assertEquals(value, reviewField.getValueFromIssue(field, review));
        viewer("ann", false);
        assertNull("the assignee (reviewer) who does not manage bob", reviewField.getValueFromIssue(field, review));
        viewer("carl", false);
        assertNull("a colleague", reviewField.getValueFromIssue(field, review));
        assertEquals("one load, then every view reads the cache", List.of("bob@FY2026-Q2/revenue-won"), periodLoads);
    }

    @Test
    public void aReviewWithoutRevieweeOrWithABadPeriodShowsNothingAndNeverReachesTheCache() {
        List<String> periodLoads = new ArrayList<>();
        QuotaAttainmentCFType reviewField = goalField(periodLoads);
        ApplicationUser bob = org.mockito.Mockito.mock(ApplicationUser.class);
        when(bob.getKey()).thenReturn("bob");
        viewer("admin", true);

        assertNull("no reviewee", reviewField.getValueFromIssue(field, review("FY2026-Q2", null)));
        assertNull("no period", reviewField.getValueFromIssue(field, review("  ", bob)));
        assertNull("a key that could not be a period", reviewField.getValueFromIssue(field, review("FY2026|Q2", bob)));
        assertEquals(List.of(), periodLoads);
    }
}
