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
 * Quotas on a KPI over real HTTP in the sandbox: set by the manager, read back, measured against the calls the rep
 * logs, each role refused where it should be and each bad value named (the file: {@code KpiQuotaCsvTest}).
 */
public class KpiQuotaSandboxTest {

    private static final String MANAGER = "m.garcia";
    private static final String REP = "e.johnson";
    private static final String OTHER_MANAGER = "wang.fang";
    private static final String ADMIN = SandboxUsers.ADMIN;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CALLS_QUOTA = "{\"subjectType\":\"rep\",\"subjectKey\":\"e.johnson\","
            + "\"period\":\"FY2026-Q2\",\"metric\":\"kpi:calls\",\"target\":\"120.5\"}";

    @ClassRule
    public static final SandboxServer SANDBOX = new SandboxServer("kpi-quota-sandbox-test",
            "2026-05-14T10:00:00Z", "application/json, text/html;q=0.9");

    private static HttpResponse<String> put(String user, String json) throws Exception {
        return SANDBOX.send("PUT", "/rest/salesteam/1.0/quotas", user, "application/json", json);
    }

    @Test
    public void aManagerSetsAKpiQuotaAndTheRepReadsTheirAttainment() throws Exception {
        HttpResponse<String> set = put(MANAGER, CALLS_QUOTA);
        assertEquals(set.body(), 200, set.statusCode());
        JsonNode after = JSON.readTree(set.body()).get("after");
        assertEquals("kpi:calls", after.get("metric").asText());
        assertEquals("120.5", after.get("target").asText());
        assertFalse(set.body(), after.has("currency"));

        HttpResponse<String> logged = SANDBOX.send("PUT", "/rest/salesteam/1.0/kpis/entries", REP, "application/json",
                "{\"kpi\":\"calls\",\"day\":\"2026-05-12\",\"value\":\"30.25\"}");
        assertEquals(logged.body(), 200, logged.statusCode());
        HttpResponse<String> own = SANDBOX.get("/rest/salesteam/1.0/attainment/rep/e.johnson?period=FY2026-Q2"
                + "&metric=kpi%3Acalls", REP);
        assertEquals(own.body(), 200, own.statusCode());
        JsonNode figures = JSON.readTree(own.body()).get("attainment");
        assertEquals("120.5", figures.get("quota").get("value").asText());
        assertEquals(own.body(), "30.25", figures.get("closed").get("value").asText());
        assertEquals(own.body(), "25.1", figures.get("percent").asText());
        assertFalse("a KPI has no pipeline: " + own.body(), figures.has("open"));
        assertTrue(own.body(), figures.get("coverage").isNull());

        String teams = SANDBOX.get("/rest/salesteam/1.0/teams", ADMIN).body();
        String emeaId = teams.replaceAll("(?s).*\"id\":(\\d+),\"name\":\"EMEA Enterprise\".*", "$1");
        HttpResponse<String> team = SANDBOX.get("/rest/salesteam/1.0/attainment/team/" + emeaId
                + "?period=FY2026-Q2&metric=kpi:calls", MANAGER);
        assertEquals(team.body(), 200, team.statusCode());
        assertEquals("kpi:calls", JSON.readTree(team.body()).get("metric").asText());
        assertEquals("only the KPI quota set above: the derived team quota", "120.5",
                JSON.readTree(team.body()).get("team").get("attainment").get("quota").get("value").asText());

        HttpResponse<String> quotas = SANDBOX.get("/rest/salesteam/1.0/quotas/team/" + emeaId
                + "?period=FY2026-Q2&metric=kpi:calls", MANAGER);
        assertEquals(quotas.body(), 200, quotas.statusCode());
        assertEquals("the derived sum in the KPI's unit", "120.5",
                JSON.readTree(quotas.body()).get("derived").get("target").asText());
        HttpResponse<String> grid = SANDBOX.get("/rest/salesteam/1.0/quotas/team/" + emeaId
                + "/grid?year=FY2026&metric=kpi:calls", MANAGER);
        assertEquals(grid.body(), 200, grid.statusCode());
        assertEquals("kpi:calls", JSON.readTree(grid.body()).get("metric").asText());
        assertFalse(JSON.readTree(grid.body()).get("money").asBoolean());

        HttpResponse<String> history = SANDBOX.get("/rest/salesteam/1.0/quotas/history?subjectType=rep"
                + "&subjectKey=e.johnson&period=FY2026-Q2&metric=kpi:calls", REP);
        assertEquals(history.body(), 200, history.statusCode());
        assertTrue(history.body(), history.body().contains("\"target\":\"120.5\""));
    }

    @Test
    public void othersAreRefusedAndBadKpiQuotasNamed() throws Exception {
        assertEquals("nobody sets their own", 403, put(REP, CALLS_QUOTA).statusCode());
        assertEquals("another team's manager", 403, put(OTHER_MANAGER, CALLS_QUOTA).statusCode());
        assertEquals(401, put(null, CALLS_QUOTA).statusCode());
        assertEquals(403, SANDBOX.get("/rest/salesteam/1.0/attainment/rep/e.johnson?period=FY2026-Q2"
                + "&metric=kpi:calls", OTHER_MANAGER).statusCode());
        assertEquals(401, SANDBOX.get("/rest/salesteam/1.0/attainment/rep/e.johnson?period=FY2026-Q2"
                + "&metric=kpi:calls", null).statusCode());

        HttpResponse<String> unknown = put(MANAGER, CALLS_QUOTA.replace("kpi:calls", "kpi:nope"));
        assertEquals(unknown.body(), 400, unknown.statusCode());
        assertTrue(unknown.body(), JSON.readTree(unknown.body()).get("errors").has("metric"));
        HttpResponse<String> target = put(MANAGER, CALLS_QUOTA.replace("120.5", "1.234"));
        assertEquals(target.body(), 400, target.statusCode());
        assertTrue(target.body(), JSON.readTree(target.body()).get("errors").has("target"));
        HttpResponse<String> read = SANDBOX.get("/rest/salesteam/1.0/attainment/rep/e.johnson?period=FY2026-Q2"
                + "&metric=kpi:%3Cscript%3E", ADMIN);
        assertEquals(read.body(), 400, read.statusCode());
        assertTrue(read.body(), JSON.readTree(read.body()).get("errors").has("metric"));
    }

    @Test
    public void theQuotaPageOffersTheKpisInUse() throws Exception {
        HttpResponse<String> page = SANDBOX.send("GET", "/plugins/servlet/salesteam/admin/quotas", ADMIN, null, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("<option value=\"kpi:calls\">KPI: Calls</option>"));
    }
}
