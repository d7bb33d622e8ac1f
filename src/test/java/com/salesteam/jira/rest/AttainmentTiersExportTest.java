package com.salesteam.jira.rest;

import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.commission.CommissionCalculator;
import com.salesteam.jira.model.commission.CommissionPlan;
import com.salesteam.jira.model.commission.Credit;
import com.salesteam.jira.model.commission.PlanKind;
import com.salesteam.jira.model.commission.Statement;
import com.salesteam.jira.model.commission.Tier;
import com.salesteam.jira.model.commission.TierBasis;
import com.salesteam.jira.service.commission.RepStatement;
import com.salesteam.jira.store.CommissionRepository.StoredPlan;
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

/** Retroactive tiers of attainment in the CSV and the JSON: each line's band as a % range, and the attainment. */
public class AttainmentTiersExportTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    /** 3 % below 100 % of quota, 5 % from 100 % to 150 %, 7 % above. */
    private static final CommissionPlan PLAN = CommissionPlan.tiered("Quota", EUR, PlanKind.RETROACTIVE_TIERS,
            TierBasis.ATTAINMENT, List.of(new Tier(BigDecimal.ZERO, Optional.of(new BigDecimal("100")), new BigDecimal("3")),
                    new Tier(new BigDecimal("100"), Optional.of(new BigDecimal("150")), new BigDecimal("5")),
                    new Tier(new BigDecimal("150"), Optional.empty(), new BigDecimal("7"))));

    private static RepStatement at120Percent() {
        Statement statement = CommissionCalculator.statement(PLAN, "FY2026-Q2", List.of(
                        new Credit(101, LocalDate.parse("2026-04-02"), Money.of(new BigDecimal("90000"), EUR)),
                        new Credit(102, LocalDate.parse("2026-05-03"), Money.of(new BigDecimal("30000"), EUR))),
                Optional.of(Money.of(new BigDecimal("100000"), EUR)), List.of());
        return new RepStatement("bob", "Bob", "FY2026-Q2", false, Optional.of(statement), 0,
                Map.of(101L, "SALES-1", 102L, "SALES-2"));
    }

    @Test
    public void theCsvNamesEachLinesBandRangeAndTheAttainmentThatPickedIt() {
        String[] rows = CommissionCsv.write(at120Percent(), new PropertiesTranslator(Locale.ENGLISH)).substring(1)
                .split("\r\n");

        assertEquals("Bob,FY2026-Q2,Credit,SALES-1,2026-04-02,90000.00,2 [100%-150%]: 90000.00 @ 5%,5,4500.00,,EUR",
                rows[1]);
        assertEquals("Bob,FY2026-Q2,Credit,SALES-2,2026-05-03,30000.00,2 [100%-150%]: 30000.00 @ 5%,5,1500.00,,EUR",
                rows[2]);
        assertEquals("Bob,FY2026-Q2,Earned,,,,,,6000.00,,EUR", rows[3]);
        assertEquals("Bob,FY2026-Q2,Attainment %,,,,,120.0,,,EUR", rows[5]);
        assertEquals("no target or payout for tiers", 7, rows.length);
    }

    @Test
    @SuppressWarnings("unchecked")
    public void theJsonGivesThePlansBasisEachBandsBasisAndTheAttainment() {
        CommissionJsonMapper mapper = new CommissionJsonMapper();

        assertEquals("attainment", mapper.plan(new StoredPlan(3, PLAN)).get("tierBasis"));
        Map<String, Object> json = mapper.statement(at120Percent());
        assertEquals("attainment", ((Map<String, Object>) json.get("plan")).get("tierBasis"));
        assertEquals("120.0", json.get("attainment"));
        Map<String, Object> line = ((List<Map<String, Object>>) json.get("lines")).get(0);
        Map<String, Object> band = ((List<Map<String, Object>>) line.get("bands")).get(0);
        assertEquals("attainment", band.get("basis"));
        assertEquals("100", band.get("from"));
        assertEquals("150", band.get("to"));
        assertEquals("4500.00", line.get("commission"));
    }
}
