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

        assertEquals(Map.of("name", "AE", "kind", "marginal-tiers"), json.get("plan"));
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
}
