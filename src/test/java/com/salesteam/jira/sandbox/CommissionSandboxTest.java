package com.salesteam.jira.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Commission over real HTTP in the sandbox, whose demo plan is assigned to EMEA Enterprise for this quarter
 * (FY2026-Q2): an overlapping assignment is refused, and statements name their deals by issue key.
 */
public class CommissionSandboxTest {

    private static final String COMMISSION = "/rest/salesteam/1.0/commission";
    /** A demo rep of EMEA Enterprise. */
    private static final String EMEA_REP = "e.johnson";
    private static final String ADMIN = SandboxUsers.ADMIN;
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final SandboxServer SANDBOX = new SandboxServer("commission-sandbox-test", "2026-05-14T10:00:00Z",
            "application/json, text/html;q=0.9, text/csv;q=0.8");

    private static long demoPlanId() throws Exception {
        JsonNode plans = JSON.readTree(SANDBOX.get(COMMISSION + "/plans", ADMIN).body());
        for (JsonNode plan : plans) {
            if (plan.get("name").asText().equals("EMEA marginal")) {
                return plan.get("id").asLong();
            }
        }
        throw new AssertionError("no demo plan: " + plans);
    }

    @Test
    public void aMonthInsideTheAssignedQuarterIsRefusedNamingPeriodAndNothingIsSaved() throws Exception {
        long plan = demoPlanId();

        HttpResponse<String> refused = SANDBOX.postJson(COMMISSION + "/assignments", ADMIN, "{\"planId\":" + plan
                + ",\"subjectType\":\"rep\",\"subjectKey\":\"" + EMEA_REP + "\",\"period\":\"FY2026-M05\"}");

        assertEquals(refused.body(), 400, refused.statusCode());
        JsonNode errors = JSON.readTree(refused.body()).get("errors");
        assertEquals(refused.body(), 1, errors.size());
        assertTrue(refused.body(), errors.get("period").asText().startsWith("FY2026-M05 overlaps FY2026-Q2, for which"
                + " EMEA Enterprise has the plan EMEA marginal"));
        assertEquals("[]", SANDBOX.get(COMMISSION + "/assignments?period=FY2026-M05", ADMIN).body());
    }

    @Test
    public void theStatementNamesEachDealByItsIssueKeyInJsonCsvAndPage() throws Exception {
        HttpResponse<String> response = SANDBOX.get(COMMISSION + "/statement/rep/" + EMEA_REP + "?period=FY2026-Q2", EMEA_REP);
        assertEquals(response.body(), 200, response.statusCode());
        JsonNode lines = JSON.readTree(response.body()).get("lines");
        assertTrue(response.body(), lines.size() > 0);
        JsonNode first = lines.get(0);
        String key = "SALES-" + first.get("dealId").asLong();
        assertEquals(first.toString(), key, first.get("issueKey").asText());
        assertFalse(first.toString(), first.get("hidden").asBoolean());

        String csv = SANDBOX.get(COMMISSION + "/statement/rep/" + EMEA_REP + "/csv?period=FY2026-Q2", EMEA_REP).body();
        assertTrue(csv, csv.contains(",Credit," + key + ","));
        String page = SANDBOX.get("/plugins/servlet/salesteam/commission/statement", EMEA_REP).body();
        assertTrue(page, page.contains("/browse/" + key + "\">" + key + "</a>"));
    }
}
