package com.salesteam.jira.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Leaderboards of a KPI and of the KPI Scorecard over real HTTP in the sandbox (demo weights: reps on calls,
 * meetings, e-mails and deals won): the JSON per role and the field named for a bad KPI.
 */
public class LeaderboardKpiSandboxTest {

    private static final String MANAGER = "m.garcia";
    private static final String ADMIN = SandboxUsers.ADMIN;
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final SandboxServer SANDBOX = new SandboxServer("leaderboard-kpi-sandbox-test",
            "2026-05-14T10:00:00Z", "application/json, text/html;q=0.9");

    private static String emeaBoard(String query) throws Exception {
        String teams = SANDBOX.get("/rest/salesteam/1.0/teams", ADMIN).body();
        String emeaId = teams.replaceAll("(?s).*\"id\":(\\d+),\"name\":\"EMEA Enterprise\".*", "$1");
        return "/rest/salesteam/1.0/leaderboard?period=FY2026-Q2&top=100&team=" + emeaId + "&" + query;
    }

    @Test
    public void aManagerRanksTheTeamByAKpiAndByTheScorecard() throws Exception {
        HttpResponse<String> kpi = SANDBOX.get(emeaBoard("metric=kpi&kpi=deals-won"), MANAGER);
        assertEquals(kpi.body(), 200, kpi.statusCode());
        JsonNode board = JSON.readTree(kpi.body());
        assertEquals("kpi", board.get("metric").asText());
        assertEquals("deals-won", board.get("kpi").asText());
        assertEquals("Deals won", board.get("kpiName").asText());
        assertEquals(false, board.get("lowerIsBetter").asBoolean());
        assertTrue(kpi.body(), board.get("rows").size() > 1);
        assertEquals(1, board.get("rows").get(0).get("rank").asInt());
        assertTrue(kpi.body(), board.get("rows").get(0).get("value").asInt() > 0);

        HttpResponse<String> scorecard = SANDBOX.get(emeaBoard("metric=scorecard"), MANAGER);
        assertEquals(scorecard.body(), 200, scorecard.statusCode());
        JsonNode scores = JSON.readTree(scorecard.body());
        assertEquals("scorecard", scores.get("metric").asText());
        assertTrue(scorecard.body(), scores.get("kpi").isNull());
        assertTrue("deals won count for the reps' scores: " + scorecard.body(),
                scores.get("rows").get(0).get("value").asDouble() > 0);
        assertTrue(scorecard.body(), scores.get("rows").get(0).has("movement"));
    }

    @Test
    public void aBadKpiIsNamedAndRepsAndOutsidersAreRefused() throws Exception {
        for (String query : new String[] {"metric=kpi&kpi=nope", "metric=kpi", "metric=kpi&kpi=%3Cscript%3E"}) {
            HttpResponse<String> bad = SANDBOX.get(emeaBoard(query), MANAGER);
            assertEquals(query + ": " + bad.body(), 400, bad.statusCode());
            assertTrue(bad.body(), JSON.readTree(bad.body()).get("errors").has("kpi"));
            // the key is echoed in JSON, never HTML: the gadget shows messages as text
            assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        }
        assertEquals("not shared with reps", 403, SANDBOX.get(emeaBoard("metric=scorecard"), "e.johnson").statusCode());
        assertEquals("another team's manager", 403,
                SANDBOX.get(emeaBoard("metric=kpi&kpi=calls"), "wang.fang").statusCode());
        assertEquals(401, SANDBOX.get(emeaBoard("metric=scorecard"), null).statusCode());
        assertEquals("everyone's board is for admins", 403,
                SANDBOX.get("/rest/salesteam/1.0/leaderboard?metric=scorecard", MANAGER).statusCode());
        HttpResponse<String> everyone = SANDBOX.get("/rest/salesteam/1.0/leaderboard?metric=scorecard&top=100", ADMIN);
        assertEquals(everyone.body(), 200, everyone.statusCode());
        assertTrue(everyone.body(), everyone.body().contains("\"name\":\"李伟\""));
    }
}
