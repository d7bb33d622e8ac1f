package com.salesteam.jira.web;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.commission.CommissionCalculator;
import com.salesteam.jira.model.commission.CommissionPlan;
import com.salesteam.jira.model.commission.Credit;
import com.salesteam.jira.model.commission.PlanKind;
import com.salesteam.jira.model.commission.Statement;
import com.salesteam.jira.model.commission.Tier;
import com.salesteam.jira.model.commission.TierBasis;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.commission.CommissionCache;
import com.salesteam.jira.service.commission.CommissionService;
import com.salesteam.jira.service.commission.CommissionSetup;
import com.salesteam.jira.service.commission.RepStatement;
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

/** Retroactive tiers of attainment on the statement page and the plans page, by real Velocity, names escaped. */
public class AttainmentTiersPagesTest {

    private static final String XSS = "\"><script>alert(1)</script>";
    private static final String ESCAPED = "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Caller ADMIN = new Caller("admin", "Admin " + XSS, true);

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

    /** 3 % below 100 % of quota, 5 % from there. */
    private final CommissionPlan plan = CommissionPlan.tiered("Quota " + XSS, EUR, PlanKind.RETROACTIVE_TIERS,
            TierBasis.ATTAINMENT, List.of(new Tier(BigDecimal.ZERO, Optional.of(new BigDecimal("100")), new BigDecimal("3")),
                    new Tier(new BigDecimal("100"), Optional.empty(), new BigDecimal("5"))));

    @Before
    public void setUp() {
        when(periods.containing("quarter", "")).thenReturn(quarter("FY2026-Q2"));
        when(periods.byKey(anyString())).thenAnswer(call -> quarter(call.getArgument(0)));
        when(teams.list()).thenReturn(List.of());
    }

    private static Period quarter(String key) {
        return Period.parse(key, FiscalCalendar.DEFAULT).orElseThrow();
    }

    private String statementPage(Locale locale, Optional<Money> quota) {
        Statement statement = CommissionCalculator.statement(plan, "FY2026-Q2", List.of(
                new Credit(101, LocalDate.parse("2026-04-02"), Money.of(new BigDecimal("90000"), EUR)),
                new Credit(102, LocalDate.parse("2026-05-03"), Money.of(new BigDecimal("30000"), EUR))), quota, List.of());
        when(commission.statement("admin", "")).thenReturn(new RepStatement("admin", "Admin " + XSS, "FY2026-Q2",
                false, Optional.of(statement), 0, Map.of(101L, "SALES-" + XSS, 102L, "SALES-102")));
        CommissionStatementPage page = new CommissionStatementPage(commission, teams, periods, users,
                new PropertiesTranslator(locale));
        return new VelocityHarness().render(CommissionStatementPage.TEMPLATE, page.context(ADMIN, "admin", "", "/jira"));
    }

    @Test
    public void eachLineNamesItsBandAsAPercentRangeAndTheAttainmentIsShown() {
        String html = statementPage(Locale.ENGLISH, Optional.of(Money.of(new BigDecimal("100000"), EUR)));

        assertFalse(html, html.contains("<script>"));
        assertTrue(html, html.contains("SALES-" + ESCAPED));
        assertTrue(html, html.contains("Plan: Quota " + ESCAPED + " (Retroactive tiers of attainment, EUR)"));
        assertTrue(html, html.contains("Band 2 (from 100 % of quota): 90,000.00 at 5 %"));
        assertTrue(html, html.contains("<td class=\"salesteam-number\" id=\"salesteam-statement-attainment\">120 %</td>"));
        assertFalse("attainment tiers have no payout %: " + html, html.contains("Payout"));
        assertFalse(html, html.contains("salesteam-statement-noquota"));
    }

    @Test
    public void withoutAQuotaTheStatementSaysNothingIsPaidInChinese() {
        String html = statementPage(Locale.SIMPLIFIED_CHINESE, Optional.empty());

        assertTrue(html, html.contains("id=\"salesteam-statement-noquota\""));
        assertTrue(html, html.contains("没有以 EUR 计的收入配额"));
        assertFalse(html, html.contains("salesteam-statement-attainment"));
    }

    @Test
    public void theEditorOffersTheBasisAttainmentFirstAndListsThePlanAsAttainmentTiers() {
        when(commission.plans()).thenReturn(List.of(new StoredPlan(3, plan)));
        when(cache.setup()).thenReturn(new CommissionSetup(List.of(new StoredPlan(3, plan)), List.of(), Set.of()));
        when(commission.assignments(anyString())).thenReturn(List.of());
        CommissionAdminPage page = new CommissionAdminPage(commission, cache, teams, periods, users,
                new PropertiesTranslator(Locale.ENGLISH));

        String html = new VelocityHarness().render(CommissionAdminPage.TEMPLATE, page.context());

        assertFalse(html, html.contains("<script>"));
        assertTrue(html, html.contains("<td class=\"salesteam-commission-plan-name\">Quota " + ESCAPED + "</td>"));
        assertTrue(html, html.contains("<td>Retroactive tiers of attainment</td>"));
        assertTrue("attainment is the default basis: " + html, html.replaceAll("\\s+", " ").contains(
                "<select class=\"select\" id=\"salesteam-commission-basis\"> <option value=\"attainment\">Attainment (% of"
                        + " the revenue quota)</option> <option value=\"amount\">Credited amount</option>"));
        assertTrue(html, html.contains("data-field=\"tierBasis\""));
        assertTrue(html, html.contains("<th id=\"salesteam-commission-tier-from\">From (amount)</th>"));
    }
}
