package com.salesteam.jira.web;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.commission.CommissionCalculator;
import com.salesteam.jira.model.commission.CommissionPlan;
import com.salesteam.jira.model.commission.Credit;
import com.salesteam.jira.model.commission.PaidCredit;
import com.salesteam.jira.model.commission.PlanKind;
import com.salesteam.jira.model.commission.Statement;
import com.salesteam.jira.model.commission.Tier;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.commission.CommissionCache;
import com.salesteam.jira.service.commission.CommissionService;
import com.salesteam.jira.service.commission.CommissionSetup;
import com.salesteam.jira.service.commission.RepStatement;
import com.salesteam.jira.store.CommissionRepository.Assignment;
import com.salesteam.jira.store.CommissionRepository.StoredPlan;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/** The commission plans page and the statement page rendered by real Velocity, with script in every name. */
public class CommissionPagesTemplateTest {

    private static final String XSS = "\"><script>alert(1)</script>";
    private static final String ESCAPED = "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Caller MANAGER = new Caller("m.garcia", "Maria " + XSS, false);

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private CommissionService commission;
    @Mock
    private CommissionCache cache;
    @Mock
    private TeamService teams;
    @Mock
    private PeriodService periods;
    @Mock
    private UserDirectory users;

    private final CommissionPlan plan = CommissionPlan.tiered("Plan " + XSS, EUR, PlanKind.MARGINAL_TIERS, List.of(
            new Tier(BigDecimal.ZERO, Optional.of(new BigDecimal("150000")), new BigDecimal("4")),
            new Tier(new BigDecimal("150000"), Optional.empty(), new BigDecimal("6"))));

    @Before
    public void setUp() {
        when(periods.containing("quarter", "")).thenReturn(quarter("FY2026-Q2"));
        when(periods.byKey(anyString())).thenAnswer(call -> quarter(call.getArgument(0)));
        when(teams.list()).thenReturn(List.of(new Team(7, "West " + XSS, "", Optional.empty(), Optional.of("m.garcia"),
                List.of("rep.x"))));
        when(users.byKey("rep.x")).thenReturn(Optional.of(new Person("rep.x", "rep.x", "Rep " + XSS)));
    }

    private static Period quarter(String key) {
        return Period.parse(key, FiscalCalendar.DEFAULT).orElseThrow();
    }

    private String statementPage(Locale locale, String rep) {
        CommissionStatementPage page = new CommissionStatementPage(commission, teams, periods, users,
                new PropertiesTranslator(locale));
        return new VelocityHarness().render(CommissionStatementPage.TEMPLATE, page.context(MANAGER, rep, "", "/jira"));
    }

    private String adminPage(Locale locale) {
        CommissionAdminPage page = new CommissionAdminPage(commission, cache, teams, periods, users,
                new PropertiesTranslator(locale));
        return new VelocityHarness().render(CommissionAdminPage.TEMPLATE, page.context());
    }

    @Test
    public void theStatementExplainsEachLineBandAndClawbackEscaped() {
        // 145k before, then a 20k deal: 5k at 4 % and 15k at 6 % (PRODUCT.md's example); a clawback paid in Q1
        Statement statement = CommissionCalculator.statement(plan, "FY2026-Q2", List.of(
                        new Credit(101, LocalDate.parse("2026-04-02"), Money.of(new BigDecimal("145000"), EUR)),
                        new Credit(102, LocalDate.parse("2026-05-03"), Money.of(new BigDecimal("20000"), EUR))),
                Optional.empty(), List.of(new PaidCredit(99, "FY2026-Q1", Money.of(new BigDecimal("10000"), EUR),
                        Money.of(new BigDecimal("400"), EUR))));
        when(commission.statement("rep.x", "")).thenReturn(new RepStatement("rep.x", "Rep " + XSS, "FY2026-Q2", false,
                Optional.of(statement), 0, Map.of(102L, "SALES-" + XSS, 99L, "SALES-99")));

        String html = statementPage(Locale.ENGLISH, "rep.x");

        assertFalse(html, html.contains("<script>"));
        assertTrue(html, html.contains("<option value=\"rep.x\" selected>Rep " + ESCAPED + "</option>"));
        assertTrue(html, html.contains("<option value=\"m.garcia\">Maria " + ESCAPED + "</option>"));
        assertTrue(html, html.contains("Plan: Plan " + ESCAPED + " (Marginal tiers, EUR)"));
        assertTrue(html, html.contains("Statement of Rep " + ESCAPED + " for "));
        assertTrue(html, html.contains("<a href=\"/jira/browse/SALES-%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E\">SALES-"
                + ESCAPED + "</a>"));
        assertTrue(html, html.contains("<a href=\"/jira/browse/SALES-99\">SALES-99</a>"));
        assertTrue("a deal the viewer may not browse is named hidden, without key or link: " + html,
                html.contains("<span class=\"salesteam-statement-hidden\" title=\"You may not browse this deal in Jira, or it was"
                        + " deleted: its key is not shown.\">Hidden deal</span>"));
        assertFalse(html, html.contains("101"));
        assertTrue(html, html.contains("Band 1 (0.00 to 150,000.00): 5,000.00 at 4 %"));
        assertTrue(html, html.contains("Band 2 (from 150,000.00): 15,000.00 at 6 %"));
        assertTrue(html, html.contains("<td class=\"salesteam-number\">1,100.00</td>"));
        assertTrue("the clawback names the period it was paid in: " + html,
                html.contains("Clawback of " + quarter("FY2026-Q1").label(Locale.ENGLISH)));
        assertTrue(html, html.contains("salesteam-statement-clawback"));
        assertTrue(html, html.contains("href=\"/jira/rest/salesteam/1.0/commission/statement/rep/rep.x/csv?period=FY2026-Q2\""));
    }

    @Test
    public void withoutAPlanTheRepIsToldToAskTheirAdminInChinese() {
        when(commission.statement("m.garcia", "")).thenReturn(new RepStatement("m.garcia", "Maria " + XSS, "FY2026-Q2",
                false, Optional.empty(), 0, Map.of()));

        String html = statementPage(Locale.SIMPLIFIED_CHINESE, "");

        assertFalse(html, html.contains("<script>"));
        assertTrue(html, html.contains("id=\"salesteam-statement-empty\""));
        assertTrue(html, html.contains("Maria " + ESCAPED));
        assertTrue(html, html.contains("请联系管理员分配佣金方案"));
        assertTrue(html, html.contains("<title>佣金对账单</title>"));
        assertFalse(html, html.contains("salesteam-statement-csv"));
    }

    @Test
    public void aRefusedStatementIsAMessageNotAPage() {
        when(commission.statement("stranger", "")).thenThrow(ServiceException.forbidden("salesteam.error.commission.forbidden"));

        String html = statementPage(Locale.ENGLISH, "stranger");

        assertTrue(html, html.contains("id=\"salesteam-statement-error\""));
        assertTrue(html, html.contains("You may see your own commission statement"));
        assertFalse(html, html.contains("salesteam-statement-lines"));
    }

    @Test
    public void plansAssignmentsAndQuartersAreListedEscaped() {
        when(commission.plans()).thenReturn(List.of(new StoredPlan(3, plan)));
        when(cache.setup()).thenReturn(new CommissionSetup(List.of(new StoredPlan(3, plan)), List.of(), Set.of("FY2026-Q1")));
        when(commission.assignments(anyString())).thenReturn(List.of());
        when(commission.assignments("FY2026-Q2")).thenReturn(List.of(new Assignment(11, 3, "rep", "rep.x", "FY2026-Q2"),
                new Assignment(12, 3, "team", "7", "FY2026-Q2")));

        String html = adminPage(Locale.ENGLISH);

        assertFalse(html, html.contains("<script>"));
        assertTrue(html, html.contains("<td class=\"salesteam-commission-plan-name\">Plan " + ESCAPED + "</td>"));
        assertTrue(html, html.contains("<option value=\"3\">Plan " + ESCAPED + "</option>"));
        assertTrue(html, html.contains("Rep " + ESCAPED + " <span class=\"aui-lozenge aui-lozenge-subtle\">Rep</span>"));
        assertTrue(html, html.contains("West " + ESCAPED + " <span class=\"aui-lozenge aui-lozenge-subtle\">Team</span>"));
        assertTrue(html, html.contains("<td>2 tiers</td>"));
        assertTrue(html, html.contains("<option value=\"marginal-tiers\">Marginal tiers</option>"));
        assertTrue("a closed quarter cannot be closed again", html.contains(">Closed</span>"));
        assertFalse(html, html.contains("data-period=\"FY2026-Q1\""));
        assertFalse("the current quarter is running: no Close button: " + html, html.contains("data-period=\"FY2026-Q2\""));
        assertTrue(html, html.contains(">Running</span>"));
    }

    @Test
    public void onlyAQuarterThatHasEndedOffersClose() {
        when(commission.plans()).thenReturn(List.of());
        when(cache.setup()).thenReturn(new CommissionSetup(List.of(), List.of(), Set.of()));
        when(commission.assignments(anyString())).thenReturn(List.of());

        String html = adminPage(Locale.SIMPLIFIED_CHINESE);

        assertTrue(html, html.contains("data-period=\"FY2026-Q1\""));
        for (String running : List.of("FY2026-Q2", "FY2026-Q3", "FY2026-Q4")) {
            assertFalse(running + ": " + html, html.contains("data-period=\"" + running + "\""));
        }
        assertTrue(html, html.contains(">进行中</span>"));
    }

    @Test
    public void withoutPlansTheAdminIsToldWhatToDoInChinese() {
        when(commission.plans()).thenReturn(List.of());
        when(cache.setup()).thenReturn(new CommissionSetup(List.of(), List.of(), Set.of()));
        when(commission.assignments(anyString())).thenReturn(List.of());

        String html = adminPage(Locale.SIMPLIFIED_CHINESE);

        assertTrue(html, html.contains("id=\"salesteam-commission-noplans\""));
        assertTrue(html, html.contains("还没有佣金方案"));
        assertTrue(html, html.contains("id=\"salesteam-commission-noassignments\""));
        assertFalse(html, html.contains("id=\"salesteam-commission-assign\""));
        assertTrue(html, html.contains("<title>佣金方案</title>"));
    }

    @Test
    public void aPayCurveWithoutAQuotaSaysNothingIsPaidAndShowsItsTargetIncentive() {
        CommissionPlan curve = CommissionPlan.payCurve("Bonus " + XSS, Money.of(new BigDecimal("12000"), EUR),
                new BigDecimal("50"), List.of(new com.salesteam.jira.model.commission.CurvePoint(new BigDecimal("50"),
                        new BigDecimal("25")), new com.salesteam.jira.model.commission.CurvePoint(new BigDecimal("100"),
                        new BigDecimal("100"))), new BigDecimal("2"), Optional.empty());
        Statement statement = CommissionCalculator.statement(curve, "FY2026-Q2", List.of(new Credit(101,
                LocalDate.parse("2026-04-02"), Money.of(new BigDecimal("80000"), EUR))), Optional.empty(), List.of());
        when(commission.statement("rep.x", "")).thenReturn(new RepStatement("rep.x", "Rep " + XSS, "FY2026-Q2", false,
                Optional.of(statement), 0, Map.of()));

        String html = statementPage(Locale.ENGLISH, "rep.x");

        assertFalse(html, html.contains("<script>"));
        assertTrue(html, html.contains("id=\"salesteam-statement-noquota\">There is no revenue quota in EUR for "
                + quarter("FY2026-Q2").label(Locale.ENGLISH) + ": nothing is paid."));
        assertTrue(html, html.contains("id=\"salesteam-statement-target\">12,000.00 EUR</td>"));
        String chinese = statementPage(Locale.SIMPLIFIED_CHINESE, "rep.x");
        assertTrue(chinese, chinese.contains("没有以 EUR 计的收入配额：不支付任何佣金"));
        assertTrue(chinese, chinese.contains("目标激励"));
    }

    @Test
    public void aStatementWithQuotaOrTiersHasNoNoQuotaNote() {
        Statement tiers = CommissionCalculator.statement(plan, "FY2026-Q2", List.of(new Credit(101,
                LocalDate.parse("2026-04-02"), Money.of(new BigDecimal("1000"), EUR))), Optional.empty(), List.of());
        when(commission.statement("rep.x", "")).thenReturn(new RepStatement("rep.x", "Rep", "FY2026-Q2", false,
                Optional.of(tiers), 0, Map.of()));

        String html = statementPage(Locale.ENGLISH, "rep.x");

        assertFalse(html, html.contains("salesteam-statement-noquota"));
        assertFalse(html, html.contains("salesteam-statement-target"));
    }

    @Test
    public void withoutAPlanClawbacksOfDealsPaidEarlierAreStillShownInTheirCurrency() {
        Statement dollars = CommissionCalculator.clawbacks(new com.salesteam.jira.model.commission.PlanHeading(
                "US " + XSS, PlanKind.MARGINAL_TIERS, Currency.getInstance("USD")), "FY2026-Q2", List.of(new PaidCredit(99,
                "FY2026-Q1", Money.of(new BigDecimal("10000"), Currency.getInstance("USD")),
                Money.of(new BigDecimal("400"), Currency.getInstance("USD")))));
        when(commission.statement("rep.x", "")).thenReturn(new RepStatement("rep.x", "Rep " + XSS, "FY2026-Q2", false,
                Optional.empty(), 0, Map.of(99L, "SALES-99"), List.of(dollars)));

        String html = statementPage(Locale.ENGLISH, "rep.x");

        assertFalse(html, html.contains("<script>"));
        assertTrue(html, html.contains("id=\"salesteam-statement-empty\""));
        assertTrue(html, html.contains("Clawbacks in USD"));
        assertTrue(html, html.contains("paid earlier under US " + ESCAPED));
        assertTrue(html, html.contains("<a href=\"/jira/browse/SALES-99\">SALES-99</a>"));
        assertTrue(html, html.contains("Clawback of " + quarter("FY2026-Q1").label(Locale.ENGLISH)));
        assertTrue(html, html.contains("<strong>-400.00 USD</strong>"));
        assertTrue("the CSV holds the clawbacks too: " + html, html.contains("id=\"salesteam-statement-csv\""));
    }
}
