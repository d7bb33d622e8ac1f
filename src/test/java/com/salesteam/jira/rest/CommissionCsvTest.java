package com.salesteam.jira.rest;

import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.commission.CommissionCalculator;
import com.salesteam.jira.model.commission.CommissionPlan;
import com.salesteam.jira.model.commission.Credit;
import com.salesteam.jira.model.commission.CurvePoint;
import com.salesteam.jira.model.commission.PaidCredit;
import com.salesteam.jira.model.commission.PlanHeading;
import com.salesteam.jira.model.commission.PlanKind;
import com.salesteam.jira.model.commission.Statement;
import com.salesteam.jira.model.commission.Tier;
import com.salesteam.jira.service.commission.RepStatement;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class CommissionCsvTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    /** 145k on deal 101, then 20k on deal 102 (PRODUCT.md's 1,100), and deal 99 paid in Q1 clawed back. */
    static Statement productExample() {
        CommissionPlan plan = CommissionPlan.tiered("AE", EUR, PlanKind.MARGINAL_TIERS, List.of(
                new Tier(BigDecimal.ZERO, Optional.of(new BigDecimal("150000")), new BigDecimal("4")),
                new Tier(new BigDecimal("150000"), Optional.empty(), new BigDecimal("6"))));
        return CommissionCalculator.statement(plan, "FY2026-Q2", List.of(
                        new Credit(101, LocalDate.parse("2026-04-02"), Money.of(new BigDecimal("145000"), EUR)),
                        new Credit(102, LocalDate.parse("2026-05-03"), Money.of(new BigDecimal("20000"), EUR))),
                Optional.empty(), List.of(new PaidCredit(99, "FY2026-Q1", Money.of(new BigDecimal("10000"), EUR),
                        Money.of(new BigDecimal("400"), EUR))));
    }

    @Test
    public void eachDealIsNamedByItsIssueKeyOrAsHiddenAndEveryRowSaysItsCurrency() {
        RepStatement rep = new RepStatement("bob", "Bob", "FY2026-Q2", false, Optional.of(productExample()), 0,
                Map.of(102L, "SALES-42", 99L, "=SALES-7"));

        String[] rows = CommissionCsv.write(rep, new PropertiesTranslator(Locale.ENGLISH)).substring(1).split("\r\n");

        assertEquals("Rep,Period,Line,Deal,Closed on,Credit,Bands,Rate %,Commission,Paid in,Currency", rows[0]);
        assertEquals("Bob,FY2026-Q2,Credit,Hidden deal,2026-04-02,145000.00,1: 145000.00 @ 4%,4,5800.00,,EUR", rows[1]);
        assertEquals("Bob,FY2026-Q2,Credit,SALES-42,2026-05-03,20000.00,1: 5000.00 @ 4%; 2: 15000.00 @ 6%,5.5000,1100.00,,EUR",
                rows[2]);
        assertEquals("a key like a formula is defused", "Bob,FY2026-Q2,Clawback,'=SALES-7,,-10000.00,,4.0000,-400.00,FY2026-Q1,EUR",
                rows[3]);
        assertEquals("Bob,FY2026-Q2,Earned,,,,,,6900.00,,EUR", rows[4]);
        assertEquals("Bob,FY2026-Q2,Clawed back,,,,,,-400.00,,EUR", rows[5]);
        assertEquals("tiers have no target, attainment or payout", 7, rows.length);
    }

    @Test
    public void aPayCurveStatementExplainsEarnedWithTargetAttainmentAndPayout() {
        CommissionPlan plan = CommissionPlan.payCurve("Bonus", Money.of(new BigDecimal("10000"), EUR), new BigDecimal("50"),
                List.of(new CurvePoint(new BigDecimal("50"), new BigDecimal("25")),
                        new CurvePoint(new BigDecimal("100"), new BigDecimal("100"))), new BigDecimal("2"), Optional.empty());
        Statement statement = CommissionCalculator.statement(plan, "FY2026-Q2",
                List.of(new Credit(101, LocalDate.parse("2026-04-02"), Money.of(new BigDecimal("80000"), EUR))),
                Optional.of(Money.of(new BigDecimal("100000"), EUR)), List.of(new PaidCredit(99, "FY2026-Q1",
                        Money.of(new BigDecimal("10000"), EUR), Money.of(new BigDecimal("500"), EUR))));
        RepStatement rep = new RepStatement("bob", "Bob", "FY2026-Q2", false, Optional.of(statement), 0, Map.of());

        List<String> rows = List.of(CommissionCsv.write(rep, new PropertiesTranslator(Locale.ENGLISH)).substring(1)
                .split("\r\n"));

        assertEquals(List.of(
                "Bob,FY2026-Q2,Earned,,,,,,7000.00,,EUR",
                "Bob,FY2026-Q2,Clawed back,,,,,,-500.00,,EUR",
                "Bob,FY2026-Q2,Target incentive,,,,,,10000.00,,EUR",
                "Bob,FY2026-Q2,Attainment %,,,,,80.0,,,EUR",
                "Bob,FY2026-Q2,Payout %,,,,,70.00,,,EUR",
                "Bob,FY2026-Q2,Total,,,80000.00,,,6500.00,,EUR"), rows.subList(3, rows.size()));
    }

    @Test
    public void clawbacksInAnotherCurrencyFollowAsAGroupOfTheirOwnInChinese() {
        Statement dollars = CommissionCalculator.clawbacks(new PlanHeading("US plan", PlanKind.MARGINAL_TIERS,
                Currency.getInstance("USD")), "FY2026-Q2", List.of(new PaidCredit(7, "FY2026-Q1",
                Money.of(new BigDecimal("10000"), Currency.getInstance("USD")),
                Money.of(new BigDecimal("400"), Currency.getInstance("USD")))));
        RepStatement rep = new RepStatement("bob", "Bob", "FY2026-Q2", false, Optional.empty(), 0, Map.of(7L, "SALES-7"),
                List.of(dollars));

        List<String> rows = List.of(CommissionCsv.write(rep, new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE))
                .substring(1).split("\r\n"));

        assertEquals(5, rows.size());
        assertTrue(rows.get(1), rows.get(1).contains(",SALES-7,,-10000.00,,4.0000,-400.00,FY2026-Q1,USD"));
        assertEquals("Bob,FY2026-Q2,应得佣金,,,,,,0.00,,USD", rows.get(2));
        assertEquals("Bob,FY2026-Q2,已追回,,,,,,-400.00,,USD", rows.get(3));
        assertTrue(rows.get(4), rows.get(4).endsWith(",,,0.00,,,-400.00,,USD"));
    }
}
