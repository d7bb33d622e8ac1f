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
 * (FY2026-Q2): an overlapping assignment is refused, statements name their deals by issue key, the CSV is for the
 * payee, their manager and admins, a cap below the threshold is a 400 and the running quarter cannot be closed.
 */
public class CommissionSandboxTest {

    private static final String COMMISSION = "/rest/salesteam/1.0/commission";
    /** A demo rep of EMEA Enterprise. */
    private static final String EMEA_REP = "e.johnson";
    private static final String ADMIN = SandboxUsers.ADMIN;
    /** EMEA Enterprise's manager, and a rep of another team. */
    private static final String MANAGER = "m.garcia";
    private static final String OTHER_REP = "li.wei";
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

    @Test
    public void theStatementCsvIsForThePayeeTheirManagerAndAdminsOnly() throws Exception {
        String csv = COMMISSION + "/statement/rep/" + EMEA_REP + "/csv?period=FY2026-Q2";

        HttpResponse<String> payee = SANDBOX.get(csv, EMEA_REP);
        assertEquals(payee.body(), 200, payee.statusCode());
        assertTrue(payee.body(), payee.body().contains(",Earned,"));
        HttpResponse<String> manager = SANDBOX.get(csv, MANAGER);
        assertEquals(manager.body(), 200, manager.statusCode());
        assertEquals("the manager reads the payee's figures", payee.body(), manager.body());
        assertEquals(200, SANDBOX.get(csv, ADMIN).statusCode());
        HttpResponse<String> otherRep = SANDBOX.get(csv, OTHER_REP);
        assertEquals(otherRep.body(), 403, otherRep.statusCode());
        assertFalse(otherRep.body(), otherRep.body().contains("EUR"));
        assertEquals(401, SANDBOX.get(csv, null).statusCode());
    }

    @Test
    public void aCapBelowTheThresholdIsA400NamingCapAndNothingIsSaved() throws Exception {
        String before = SANDBOX.get(COMMISSION + "/plans", ADMIN).body();

        HttpResponse<String> refused = SANDBOX.postJson(COMMISSION + "/plans", ADMIN, "{\"name\":\"Capped too low\","
                + "\"currency\":\"EUR\",\"kind\":\"pay-curve\",\"targetIncentive\":\"10000\",\"threshold\":\"50\","
                + "\"points\":[{\"attainment\":\"50\",\"payout\":\"20\"},{\"attainment\":\"100\",\"payout\":\"100\"}],"
                + "\"accelerator\":\"2\",\"cap\":\"40\"}");

        assertEquals(refused.body(), 400, refused.statusCode());
        JsonNode errors = JSON.readTree(refused.body()).get("errors");
        assertEquals(refused.body(), 1, errors.size());
        assertEquals("The cap 40 % is below the threshold 50 %.", errors.get("cap").asText());
        assertEquals("nothing saved", before, SANDBOX.get(COMMISSION + "/plans", ADMIN).body());
    }

    @Test
    public void theRunningQuarterCannotBeClosed() throws Exception {
        HttpResponse<String> refused = SANDBOX.postJson(COMMISSION + "/periods/FY2026-Q2/close", ADMIN, "{}");

        assertEquals(refused.body(), 400, refused.statusCode());
        assertTrue(refused.body(), JSON.readTree(refused.body()).get("errors").get("period").asText()
                .startsWith("Period FY2026-Q2 has not ended yet"));
        String page = SANDBOX.get("/plugins/servlet/salesteam/admin/commission", ADMIN).body();
        assertFalse(page, page.contains("data-period=\"FY2026-Q2\""));
        assertTrue(page, page.contains("data-period=\"FY2026-Q1\""));
    }
}
