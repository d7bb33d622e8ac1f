package com.salesteam.jira.jira.field;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.user.ApplicationUser;
import com.salesteam.jira.jira.deal.DealIssueReader;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.kpi.Scorecard;
import com.salesteam.jira.model.kpi.ScorecardRules;
import com.salesteam.jira.model.kpi.ScorecardWeight;
import com.salesteam.jira.model.setup.DealBlueprint;
import com.salesteam.jira.service.AppSettings;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.RepScorecard;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
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

/** The KPI Scorecard field on a deal: from the cache only, for those who may see it, rendered by real Velocity. */
public class KpiScorecardCFTypeTest {

    private static final LocalDate CLOSE = LocalDate.of(2026, 5, 20);
    private static final String XSS = "<script>alert('x')</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";
    /** Calls 40 % capped at 120 %, demos 30 % (named by an admin, so escaped), bugs 30 % (a JQL count). */
    private static final ScorecardRules RULES = new ScorecardRules(Map.of(
            "calls", KpiDefinition.standardActivities().get(0),
            "demos", kpi("demos", "Demos " + XSS, "演示 " + XSS, new KpiSource.Manual()),
            "bugs", kpi("bugs", "Bugs", "缺陷", new KpiSource.JqlCount("type = Bug"))),
            Map.of(KpiRole.REP, new Scorecard(KpiRole.REP, List.of(
                    new ScorecardWeight("calls", new BigDecimal("40"), Optional.of(new BigDecimal("120"))),
                    new ScorecardWeight("demos", new BigDecimal("30"), Optional.empty()),
                    new ScorecardWeight("bugs", new BigDecimal("30"), Optional.empty())))));

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
    private MemoryScorecardCache cache;
    private KpiScorecardCFType type;

    private static KpiDefinition kpi(String key, String nameEn, String nameZh, KpiSource source) {
        return new KpiDefinition(key, nameEn, nameZh, KpiUnit.COUNT, source, KpiDirection.HIGHER_IS_BETTER,
                Map.of(KpiRole.REP, new BigDecimal("10"), KpiRole.MANAGER, new BigDecimal("5")), true);
    }

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
        // a quarter: calls 900 of 600 (150 %, capped 120 %), demos 15 of 30
        cache = new MemoryScorecardCache(() -> RULES, (rep, day, rules) -> {
            loads.add(rep + "@" + day);
            return new RepScorecard(rep, "FY2026-Q2", rules.score(KpiRole.REP,
                    Map.of("calls", new BigDecimal("900"), "demos", new BigDecimal("15")), PeriodType.QUARTER),
                    Set.of(rep, "boss"));
        });
        type = type(Locale.ENGLISH, cache);
    }

    private KpiScorecardCFType type(Locale locale, MemoryScorecardCache scorecards) {
        return new KpiScorecardCFType(new DealIssueReader(customFieldManager, settings), scorecards, currentUser,
                new PropertiesTranslator(locale));
    }

    private void viewer(String key, boolean admin) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(key, key, admin)));
    }

    @Test
    public void theOwnerTheirManagerAndAdminsSeeTheOwnersScoreInTheCloseDatesQuarter() {
        viewer("ann", false);
        RepScorecard value = type.getValueFromIssue(field, issue);
        assertEquals("FY2026-Q2", value.periodKey());
        // over the 70 % measured: calls 40 × 1.2 × 100/70 = 68.57, demos 30 × 0.5 × 100/70 = 21.43
        assertEquals("90", type.getStringFromSingularObject(value));
        viewer("boss", false);
        assertEquals(value, type.getValueFromIssue(field, issue));
        viewer("admin", true);
        assertEquals(value, type.getValueFromIssue(field, issue));
        assertEquals("computed once, then read from the cache", List.of("ann@" + CLOSE), loads);
        assertNull(type.getStringFromSingularObject(null));
        assertNull(type.getSingularObjectFromString("90"));
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
        IssueType review = org.mockito.Mockito.mock(IssueType.class);
        when(review.getName()).thenReturn("Performance Review");
        when(issue.getIssueType()).thenReturn(review);
        assertNull("not a deal (reviews come later)", type.getValueFromIssue(field, issue));
        assertNull(type.getValueFromIssue(field, null));
        assertEquals("only the colleague's view needed the figure (to hide it)", List.of("ann@" + CLOSE), loads);
    }

    @Test
    public void anOwnerWithoutAScorecardShowsNothing() {
        viewer("ann", false);
        assertNull(type(Locale.ENGLISH, MemoryScorecardCache.empty()).getValueFromIssue(field, issue));
    }

    @Test
    public void theViewShowsTheScoreAndEachKpisBreakdownInTheReadersLanguageEscaped() {
        viewer("ann", false);
        RepScorecard value = type.getValueFromIssue(field, issue);
        Map<String, String> html = new HashMap<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Map<String, Object> context = new HashMap<>(type(locale, cache).getVelocityParameters(issue, field, null));
            context.put("value", value);
            html.put(locale.getLanguage() + "-view", new VelocityHarness().render("templates/field/kpi-scorecard-view.vm", context));
            html.put(locale.getLanguage() + "-column", new VelocityHarness().render("templates/field/kpi-scorecard-column.vm", context));
        }
        String english = html.get("en-view");
        assertTrue(english, english.contains("title=\"KPI scorecard, FY2026-Q2, as rep\">90 points</strong>"));
        assertTrue(english, english.contains("<li>Calls: 900 of 600 (120 %, capped at 120 %) · weight 40 % · 68.57 points</li>"));
        assertTrue(english, english.contains("<li>Demos " + ESCAPED + ": 15 of 30 (50 %) · weight 30 % · 21.43 points</li>"));
        assertTrue(english, english.contains("<li>Bugs: not measured yet · weight 30 %</li>"));
        assertTrue(english, english.contains("Scored on 70 % of the weights; the rest is not measured yet."));
        String chinese = html.get("zh-view");
        assertTrue(chinese, chinese.contains(">90 分</strong>"));
        assertTrue(chinese, chinese.contains("<li>演示 " + ESCAPED + "：15 / 30（50%）· 权重 30% · 21.43 分</li>"));
        assertTrue(chinese, chinese.contains("缺陷：尚未计量"));
        assertTrue(html.get("en-column").contains(">90 points</span>"));
        html.values().forEach(text -> assertFalse(text, text.contains("<script>")));
        String empty = new VelocityHarness().render("templates/field/kpi-scorecard-view.vm",
                new HashMap<>(type.getVelocityParameters(issue, field, null)));
        assertFalse(empty.contains("<div"));
    }
}
