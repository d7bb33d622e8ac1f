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
 * The new-pipeline leaderboard over real HTTP in the sandbox (demo deals are created a month or three before they
 * close): the JSON of a quarter, a week and a range per role, amounts hidden from a rep when the admin says so, and
 * the fields named for a bad metric or KPI.
 */
public class NewPipelineBoardSandboxTest {

    private static final String MANAGER = "m.garcia";
    private static final String REP = "e.johnson";
    private static final String ADMIN = SandboxUsers.ADMIN;
    private static final String PRIVACY = "/rest/salesteam/1.0/settings/leaderboard-privacy";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final SandboxServer SANDBOX = new SandboxServer("new-pipeline-board-sandbox-test",
            "2026-05-14T10:00:00Z", "application/json");

    private static String emeaBoard(String query) throws Exception {
        String teams = SANDBOX.get("/rest/salesteam/1.0/teams", ADMIN).body();
        String emeaId = teams.replaceAll("(?s).*\"id\":(\\d+),\"name\":\"EMEA Enterprise\".*", "$1");
        return "/rest/salesteam/1.0/leaderboard?top=100&team=" + emeaId + "&" + query;
    }

    @Test
    public void aManagerRanksTheTeamsNewPipelineOfAQuarterAWeekAndARange() throws Exception {
        HttpResponse<String> quarter = SANDBOX.get(emeaBoard("metric=new-pipeline&period=FY2026-Q2"), MANAGER);
        assertEquals(quarter.body(), 200, quarter.statusCode());
        JsonNode board = JSON.readTree(quarter.body());
        assertEquals("new-pipeline", board.get("metric").asText());
        assertEquals("EUR", board.get("currency").asText());
        assertEquals("FY2026-Q1", board.get("previousPeriod").asText());
        assertTrue(quarter.body(), board.get("rows").size() > 1);
        assertEquals(1, board.get("rows").get(0).get("rank").asInt());
        assertTrue("the demo deals were created in the quarter: " + quarter.body(),
                board.get("rows").get(0).get("value").asDouble() > 0);
        assertTrue(quarter.body(), board.get("rows").get(0).get("formatted").asText().contains("€"));

        for (String period : new String[] {"period=2026-W20", "from=2026-04-01&to=2026-04-30"}) {
            HttpResponse<String> days = SANDBOX.get(emeaBoard("metric=new-pipeline&" + period), MANAGER);
            assertEquals(days.body(), 200, days.statusCode());
            assertEquals("new-pipeline", JSON.readTree(days.body()).get("metric").asText());
        }
        HttpResponse<String> told = SANDBOX.get(emeaBoard("metric=new-pipeline&period=FY2026-Q2&tieBreak=reached-first"),
                MANAGER);
        assertEquals(told.body(), 200, told.statusCode());
    }

    @Test
    public void repsSeeRanksWithoutTheOthersAmountsOnlyOnceShared() throws Exception {
        String query = emeaBoard("metric=new-pipeline&period=FY2026-Q2");
        assertEquals("not shared with reps", 403, SANDBOX.get(query, REP).statusCode());
        assertEquals(401, SANDBOX.get(query, null).statusCode());
        assertEquals("everyone's board is for admins", 403,
                SANDBOX.get("/rest/salesteam/1.0/leaderboard?metric=new-pipeline", MANAGER).statusCode());
        assertEquals(200, SANDBOX.send("PUT", PRIVACY, ADMIN, "application/json",
                "{\"showToReps\":true,\"hideAmountsFromReps\":true,\"excluded\":[]}").statusCode());
        try {
            HttpResponse<String> rep = SANDBOX.get(query, REP);
            assertEquals(rep.body(), 200, rep.statusCode());
            JsonNode board = JSON.readTree(rep.body());
            assertTrue(rep.body(), board.get("hiddenAmounts").asBoolean());
            for (JsonNode row : board.get("rows")) {
                assertEquals(rep.body(), row.get("self").asBoolean(), !row.get("value").isNull());
            }
        } finally {
            SANDBOX.send("PUT", PRIVACY, ADMIN, "application/json",
                    "{\"showToReps\":false,\"hideAmountsFromReps\":true,\"excluded\":[]}");
        }
    }

    @Test
    public void aDealKpiShowsItsCurrencyAsItsMetricDoesWhateverUnitItWasGiven() throws Exception {
        String kpis = "/rest/salesteam/1.0/kpis";
        HttpResponse<String> pipe = SANDBOX.postJson(kpis, ADMIN, "{\"key\":\"pipecount\",\"nameEn\":\"Pipe\","
                + "\"nameZh\":\"商机\",\"unit\":\"count\",\"source\":\"deal-metric\",\"metric\":\"new-pipeline\","
                + "\"direction\":\"higher-is-better\",\"benchmarks\":{\"rep\":\"1\",\"manager\":\"1\"}}");
        assertEquals(pipe.body(), 201, pipe.statusCode());
        HttpResponse<String> won = SANDBOX.postJson(kpis, ADMIN, "{\"key\":\"wonmoney\",\"nameEn\":\"Won\","
                + "\"nameZh\":\"赢单\",\"unit\":\"money\",\"source\":\"deal-metric\",\"metric\":\"deals-won\","
                + "\"direction\":\"higher-is-better\",\"benchmarks\":{\"rep\":\"1\",\"manager\":\"1\"}}");
        assertEquals(won.body(), 201, won.statusCode());

        HttpResponse<String> amounts = SANDBOX.get(emeaBoard("metric=kpi&kpi=pipecount&period=FY2026-Q2"), MANAGER);
        assertEquals(amounts.body(), 200, amounts.statusCode());
        JsonNode board = JSON.readTree(amounts.body());
        assertEquals(amounts.body(), "EUR", board.get("currency").asText());
        assertTrue(amounts.body(), board.get("rows").get(0).get("formatted").asText().contains("€"));

        HttpResponse<String> counts = SANDBOX.get(emeaBoard("metric=kpi&kpi=wonmoney&period=FY2026-Q2"), MANAGER);
        assertEquals(counts.body(), 200, counts.statusCode());
        board = JSON.readTree(counts.body());
        assertTrue(counts.body(), board.get("currency").isNull());
        assertFalse(counts.body(), board.get("rows").get(0).get("formatted").asText().contains("€"));
    }

    @Test
    public void anUnknownMetricOrKpiIsA400NamingIt() throws Exception {
        HttpResponse<String> metric = SANDBOX.get(emeaBoard("metric=pipeline-new"), MANAGER);
        assertEquals(metric.body(), 400, metric.statusCode());
        assertTrue(metric.body(), JSON.readTree(metric.body()).get("errors").has("metric"));
        HttpResponse<String> kpi = SANDBOX.get(emeaBoard("metric=kpi&kpi=nope"), MANAGER);
        assertEquals(kpi.body(), 400, kpi.statusCode());
        assertTrue(kpi.body(), JSON.readTree(kpi.body()).get("errors").has("kpi"));
    }
}
