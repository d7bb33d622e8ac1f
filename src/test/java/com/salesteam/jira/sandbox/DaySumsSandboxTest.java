package com.salesteam.jira.sandbox;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Weeks, custom ranges, the tie rule and new-pipeline attainment over real HTTP (Jetty, Jersey, Jackson) as each
 * role, on the sandbox's demo data of 14 May 2026 (week 20 of 2026).
 */
public class DaySumsSandboxTest {

    private static final String BOARD = "/rest/salesteam/1.0/leaderboard?metric=deals-won";
    private static final String MANAGER = "m.garcia";
    private static final String REP = "e.johnson";

    @ClassRule
    public static final SandboxServer SANDBOX = new SandboxServer("sandbox-days", "2026-05-14T10:00:00Z",
            "application/json");

    private static String emea() throws Exception {
        String teams = SANDBOX.get("/rest/salesteam/1.0/teams", MANAGER).body();
        return teams.replaceAll("(?s).*\"id\":(\\d+),\"name\":\"EMEA Enterprise\".*", "$1");
    }

    @Test
    public void aManagerRanksAWeekAndACustomRangeWithTheirPreviousPeriods() throws Exception {
        String team = "&team=" + emea();
        HttpResponse<String> week = SANDBOX.get(BOARD + "&period=2026-W20" + team, MANAGER);
        assertEquals(week.body(), 200, week.statusCode());
        assertTrue(week.body(), week.body().contains("\"period\":\"2026-W20\",\"previousPeriod\":\"2026-W19\""));

        HttpResponse<String> april = SANDBOX.get(BOARD + "&from=2026-04-01&to=2026-04-30" + team, MANAGER);
        assertEquals(april.body(), 200, april.statusCode());
        assertTrue(april.body(), april.body().contains(
                "\"period\":\"2026-04-01..2026-04-30\",\"previousPeriod\":\"2026-03-02..2026-03-31\""));
        assertTrue("April has won deals in the demo data", april.body().contains("\"rank\":1,"));

        HttpResponse<String> told = SANDBOX.get(BOARD + "&from=2026-04-01&to=2026-04-30&tieBreak=reached-first" + team,
                MANAGER);
        assertEquals(told.body(), 200, told.statusCode());
        assertEquals(403, SANDBOX.get(BOARD + "&period=2026-W20" + team, REP).statusCode());
        assertEquals(401, SANDBOX.get(BOARD + "&period=2026-W20" + team, null).statusCode());
    }

    @Test
    public void badRangesAndTieRulesAre400NamingTheField() throws Exception {
        String team = "&team=" + emea();
        HttpResponse<String> backwards = SANDBOX.get(BOARD + "&from=2026-05-10&to=2026-05-01" + team, MANAGER);
        assertEquals(400, backwards.statusCode());
        assertTrue(backwards.body(), backwards.body().contains("\"errors\":{\"to\":"));
        HttpResponse<String> tooLong = SANDBOX.get(BOARD + "&from=2025-01-01&to=2026-05-01" + team, MANAGER);
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body(), tooLong.body().contains("\"errors\":{\"to\":") && tooLong.body().contains("366"));
        HttpResponse<String> notADay = SANDBOX.get(BOARD + "&from=%3Cscript%3E&to=2026-05-01" + team, MANAGER);
        assertEquals(400, notADay.statusCode());
        assertTrue(notADay.body(), notADay.body().contains("\"errors\":{\"from\":"));
        HttpResponse<String> rule = SANDBOX.get(BOARD + "&period=2026-W20&tieBreak=coin" + team, MANAGER);
        assertEquals(400, rule.statusCode());
        assertTrue(rule.body(), rule.body().contains("\"errors\":{\"tieBreak\":"));
    }

    @Test
    public void newPipelineAttainmentIsMeasuredNotRefused() throws Exception {
        HttpResponse<String> team = SANDBOX.get("/rest/salesteam/1.0/attainment/team/" + emea()
                + "?period=FY2026-Q2&metric=new-pipeline", MANAGER);
        assertEquals(team.body(), 200, team.statusCode());
        assertTrue(team.body(), team.body().contains("\"metric\":\"new-pipeline\""));
        HttpResponse<String> week = SANDBOX.get("/rest/salesteam/1.0/attainment/team/" + emea()
                + "?period=2026-W20&metric=revenue-won", MANAGER);
        assertEquals(week.body(), 200, week.statusCode());
    }
}
