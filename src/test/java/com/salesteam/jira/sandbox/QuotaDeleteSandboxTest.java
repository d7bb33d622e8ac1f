package com.salesteam.jira.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Removing a quota over real HTTP in the sandbox: {@code DELETE /quotas} addressed like the history, refused to
 * anonymous callers, the rep, and another team's manager, 404 when there is none, and the year it removes makes
 * room for its quarters. e.johnson is in m.garcia's team; the demo sets no new-pipeline quotas.
 */
public class QuotaDeleteSandboxTest {

    private static final String QUOTAS = "/rest/salesteam/1.0/quotas";
    private static final String MANAGER = "m.garcia";
    private static final String REP = "e.johnson";
    private static final String OTHER_MANAGER = "wang.fang";
    private static final String ADMIN = SandboxUsers.ADMIN;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YEAR = QUOTAS + "?subjectType=rep&subjectKey=e.johnson&period=FY2026"
            + "&metric=new-pipeline";

    @ClassRule
    public static final SandboxServer SANDBOX = new SandboxServer("quota-delete-sandbox-test",
            "2026-05-14T10:00:00Z", "application/json");

    private static HttpResponse<String> put(String user, String period, String target) throws Exception {
        return SANDBOX.send("PUT", QUOTAS, user, "application/json", "{\"subjectType\":\"rep\","
                + "\"subjectKey\":\"e.johnson\",\"period\":\"" + period + "\",\"metric\":\"new-pipeline\","
                + "\"target\":\"" + target + "\"}");
    }

    @Test
    public void theManagerRemovesAYearQuotaAndItsQuartersMayFollow() throws Exception {
        assertEquals(200, put(MANAGER, "FY2026", "EUR 400000").statusCode());
        HttpResponse<String> overlapping = put(MANAGER, "FY2026-Q3", "EUR 100000");
        assertEquals(overlapping.body(), 400, overlapping.statusCode());

        assertEquals(401, SANDBOX.send("DELETE", YEAR, null, null, null).statusCode());
        assertEquals(403, SANDBOX.send("DELETE", YEAR, REP, null, null).statusCode());
        assertEquals(403, SANDBOX.send("DELETE", YEAR, OTHER_MANAGER, null, null).statusCode());
        HttpResponse<String> removed = SANDBOX.send("DELETE", YEAR, MANAGER, null, null);

        assertEquals(removed.body(), 200, removed.statusCode());
        JsonNode removal = JSON.readTree(removed.body());
        assertEquals("removed", removal.get("action").asText());
        assertEquals("Removed", removal.get("actionText").asText());
        assertTrue(removed.body(), removal.get("after").isNull());
        assertEquals("400000.00", removal.get("before").get("target").asText());
        assertEquals(MANAGER, removal.get("authorKey").asText());
        assertEquals(404, SANDBOX.send("DELETE", YEAR, MANAGER, null, null).statusCode());
        assertEquals(204, SANDBOX.get(QUOTAS + "/rep/e.johnson?period=FY2026&metric=new-pipeline", MANAGER)
                .statusCode());
        assertEquals(200, put(MANAGER, "FY2026-Q3", "EUR 100000").statusCode());

        HttpResponse<String> history = SANDBOX.get(QUOTAS + "/history?subjectType=rep&subjectKey=e.johnson"
                + "&period=FY2026&metric=new-pipeline", REP);
        assertEquals(history.body(), 200, history.statusCode());
        JsonNode changes = JSON.readTree(history.body());
        assertEquals(2, changes.size());
        assertEquals("removed", changes.get(0).get("action").asText());
        assertEquals("created", changes.get(1).get("action").asText());
    }

    @Test
    public void theAdminRemovesAnyQuotaAndBadFieldsAreNamed() throws Exception {
        assertEquals(200, put(MANAGER, "FY2026-M01", "EUR 1000").statusCode());
        String january = QUOTAS + "?subjectType=rep&subjectKey=e.johnson&period=FY2026-M01&metric=new-pipeline";

        HttpResponse<String> bad = SANDBOX.send("DELETE", QUOTAS + "?subjectType=rep&subjectKey=%3Cscript%3E"
                + "&period=FY2026-Q9&metric=fame", ADMIN, null, null);
        assertEquals(bad.body(), 400, bad.statusCode());
        JsonNode errors = JSON.readTree(bad.body()).get("errors");
        assertTrue(bad.body(), errors.has("subjectKey") && errors.has("period") && errors.has("metric"));
        assertEquals("a form post is no way to the quotas", 415, SANDBOX.send("PUT", QUOTAS, ADMIN,
                "application/x-www-form-urlencoded", "subjectType=rep").statusCode());
        assertEquals(200, SANDBOX.send("DELETE", january, ADMIN, null, null).statusCode());
        assertEquals(404, SANDBOX.send("DELETE", january, ADMIN, null, null).statusCode());
    }
}
