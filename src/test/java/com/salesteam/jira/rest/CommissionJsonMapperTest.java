package com.salesteam.jira.rest;

import com.salesteam.jira.service.commission.RepStatement;
import org.junit.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

public class CommissionJsonMapperTest {

    @Test
    @SuppressWarnings("unchecked")
    public void eachLineNamesItsDealByIssueKeyOrSaysItIsHidden() {
        RepStatement rep = new RepStatement("bob", "Bob", "FY2026-Q2", true,
                Optional.of(CommissionCsvTest.productExample()), 0, Map.of(102L, "SALES-42", 99L, "SALES-7"));

        Map<String, Object> json = new CommissionJsonMapper().statement(rep);

        assertEquals(Map.of("name", "AE", "kind", "marginal-tiers", "tierBasis", "amount"), json.get("plan"));
        assertEquals("EUR", json.get("currency"));
        List<Map<String, Object>> lines = (List<Map<String, Object>>) json.get("lines");
        assertNull("a hidden deal's issue id is not given either", lines.get(0).get("dealId"));
        assertNull(lines.get(0).get("issueKey"));
        assertEquals(true, lines.get(0).get("hidden"));
        assertEquals(102L, lines.get(1).get("dealId"));
        assertEquals("SALES-42", lines.get(1).get("issueKey"));
        assertEquals(false, lines.get(1).get("hidden"));
        assertEquals("SALES-7", lines.get(2).get("issueKey"));
        assertEquals("clawback", lines.get(2).get("kind"));
    }

    @Test
    @SuppressWarnings("unchecked")
    public void clawbacksOutsideThePlanAndTheTargetIncentiveAreGiven() {
        com.salesteam.jira.model.commission.Statement dollars = com.salesteam.jira.model.commission.CommissionCalculator
                .clawbacks(new com.salesteam.jira.model.commission.PlanHeading("US plan",
                        com.salesteam.jira.model.commission.PlanKind.MARGINAL_TIERS, java.util.Currency.getInstance("USD")),
                        "FY2026-Q2", List.of(new com.salesteam.jira.model.commission.PaidCredit(7, "FY2026-Q1",
                                com.salesteam.jira.model.Money.ofMinor(1_000_000, java.util.Currency.getInstance("USD")),
                                com.salesteam.jira.model.Money.ofMinor(40_000, java.util.Currency.getInstance("USD")))));
        RepStatement rep = new RepStatement("bob", "Bob", "FY2026-Q2", false,
                Optional.of(CommissionCsvTest.productExample()), 0, Map.of(7L, "SALES-7"), List.of(dollars));

        Map<String, Object> json = new CommissionJsonMapper().statement(rep);

        assertNull("tiers have no target incentive", json.get("targetIncentive"));
        List<Map<String, Object>> clawbacks = (List<Map<String, Object>>) json.get("clawbacks");
        assertEquals(1, clawbacks.size());
        assertEquals("USD", clawbacks.get(0).get("currency"));
        assertEquals("-400.00", clawbacks.get(0).get("net"));
        assertEquals("SALES-7", ((List<Map<String, Object>>) clawbacks.get(0).get("lines")).get(0).get("issueKey"));
        assertEquals(List.of(), new CommissionJsonMapper().statement(new RepStatement("bob", "Bob", "FY2026-Q2", false,
                Optional.empty(), 0, Map.of())).get("clawbacks"));
    }
}
