package com.salesteam.jira.sandbox;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The team meeting cadence and the digest preferences in the sandbox: the demo run of the meeting job, the meetings
 * it created with their agendas, each role's access to the cadences, and each user's own digest setting.
 */
public class MeetingSandboxTest {

    private static final String ADMIN = SandboxUsers.ADMIN;
    private static final String MANAGER = "m.garcia";
    private static final String REP = "li.wei";

    @ClassRule
    public static final SandboxServer SANDBOX = new SandboxServer("sandbox-meetings", "2026-05-14T10:00:00Z",
            "application/json, text/html;q=0.9");

    private static long teamId(String name) throws Exception {
        Matcher team = Pattern.compile("\"id\":(\\d+),\"name\":\"" + name + "\"")
                .matcher(SANDBOX.get("/rest/salesteam/1.0/teams", ADMIN).body());
        assertTrue(team.find());
        return Long.parseLong(team.group(1));
    }

    @Test
    public void theDemoRunCreatedEachTeamsMeetingsWithAgendasAndRunNowAddsNone() throws Exception {
        String html = SANDBOX.get("/plugins/servlet/salesteam/admin/automation", ADMIN).body();
        assertTrue(html.contains("Team meeting cadence"));
        assertTrue(html.contains("2026-05-14 10:00 UTC by the schedule<div>3 meetings due, 3 created, 0 failed"));
        assertTrue(html.contains("<td>Created the Sales Meeting</td>"));
        assertTrue(html.contains("<td>SALES-501</td>"));
        assertTrue(html.contains("EMEA Enterprise · 2026-W20"));
        assertTrue(html.contains("EMEA Enterprise · FY2026-M05"));
        assertTrue(html.contains("华东区销售 · FY2026-Q2"));
        assertTrue(html.contains("<h3>Team meetings</h3>"));
        assertTrue(html.contains("name=\"projectKey\" value=\"SALES\""));

        HttpResponse<String> meeting = SANDBOX.get("/browse/SALES-501", ADMIN);
        assertEquals(200, meeting.statusCode());
        String agenda = meeting.body();
        assertTrue(agenda, agenda.contains("Sales Meeting: EMEA Enterprise"));
        // the demo does not show leaderboards to reps, so neither does the team's meeting
        assertTrue(agenda.contains("h3. Leaderboard\nLeaderboards are not shown to reps."));
        assertTrue(agenda.contains("h3. Slipped deals\n* SALES\\-10002 (Ava Taylor): now closing 2026\\-09\\-18,"
                + " slipped 2 times"));
        assertTrue(agenda.contains("h3. Reviews due\n* Ava Taylor: 0 due, 1 overdue"));
        assertTrue(agenda.contains("h3. Competitions running"));
        String monthly = SANDBOX.get("/browse/SALES-502", ADMIN).body();
        assertTrue(monthly, monthly.contains("Sales Meeting: EMEA Enterprise, May 2026"));
        assertTrue(monthly.contains("h3. Forecast\n* Closed "));
        assertTrue(SANDBOX.get("/browse/CN-503", ADMIN).body().contains("Sales Meeting: 华东区销售"));
        assertEquals(404, SANDBOX.get("/browse/SALES-999", ADMIN).statusCode());

        // run now (another test may have changed a cadence: that period's meeting comes now), then again: nothing new
        assertEquals(202, runNow());
        int next = nextFreeNumber();
        assertEquals(202, runNow());
        assertEquals(404, SANDBOX.get("/browse/SALES-" + next, ADMIN).statusCode());
        assertEquals(404, SANDBOX.get("/browse/CN-" + next, ADMIN).statusCode());
    }

    private static int runNow() throws Exception {
        return SANDBOX.send("POST", "/rest/salesteam/1.0/automation/jobs/meetings/run", ADMIN, "application/json", "{}")
                .statusCode();
    }

    /** The number the sandbox gives the next meeting issue, in whichever project. */
    private static int nextFreeNumber() throws Exception {
        int number = 501;
        while (SANDBOX.get("/browse/SALES-" + number, ADMIN).statusCode() == 200
                || SANDBOX.get("/browse/CN-" + number, ADMIN).statusCode() == 200) {
            number++;
        }
        return number;
    }

    @Test
    public void managersSetTheirOwnTeamsCadenceRepsAndStrangersCannot() throws Exception {
        long emea = teamId("EMEA Enterprise");
        long east = teamId("华东区销售");
        String path = "/rest/salesteam/1.0/meeting-cadence/team/" + emea;
        String body = "{\"frequencies\":[\"weekly\",\"quarterly\"],\"projectKey\":\"SALES\",\"leaderboardTop\":4}";

        assertEquals(200, SANDBOX.get("/rest/salesteam/1.0/meeting-cadence", ADMIN).statusCode());
        HttpResponse<String> mine = SANDBOX.get("/rest/salesteam/1.0/meeting-cadence", MANAGER);
        assertEquals(200, mine.statusCode());
        assertTrue(mine.body().contains("\"frequencies\":[\"weekly\",\"monthly\"]"));
        assertFalse(mine.body().contains("华东区销售"));
        HttpResponse<String> saved = SANDBOX.send("PUT", path, MANAGER, "application/json", body);
        assertEquals(200, saved.statusCode());
        assertEquals("{\"frequencies\":[\"weekly\",\"quarterly\"],\"projectKey\":\"SALES\",\"leaderboardTop\":4}",
                saved.body());
        assertEquals(403, SANDBOX.send("PUT", "/rest/salesteam/1.0/meeting-cadence/team/" + east, MANAGER,
                "application/json", body).statusCode());
        assertEquals(403, SANDBOX.send("PUT", path, REP, "application/json", body).statusCode());
        assertEquals(403, SANDBOX.get("/rest/salesteam/1.0/meeting-cadence", REP).statusCode());
        assertEquals(401, SANDBOX.get("/rest/salesteam/1.0/meeting-cadence", null).statusCode());
        assertEquals(415, SANDBOX.send("PUT", path, MANAGER, "application/x-www-form-urlencoded",
                "frequencies=weekly").statusCode());
        assertEquals(403, SANDBOX.send("DELETE", path, REP, null, null).statusCode());
    }

    @Test
    public void aBadCadenceIsRefusedFieldByField() throws Exception {
        String path = "/rest/salesteam/1.0/meeting-cadence/team/" + teamId("华东区销售");
        HttpResponse<String> refused = SANDBOX.send("PUT", path, ADMIN, "application/json",
                "{\"frequencies\":[\"<script>\"],\"projectKey\":\"cn\",\"leaderboardTop\":99}");

        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("\"frequencies\""));
        assertTrue(refused.body().contains("\"projectKey\""));
        assertTrue(refused.body().contains("\"leaderboardTop\""));
        assertTrue(SANDBOX.get(path, ADMIN).body().contains("\"frequencies\":[\"quarterly\"],\"projectKey\":\"CN\""));
    }

    @Test
    public void everyoneSwitchesTheirOwnDigestOffOnTheirPageWithJirasToken() throws Exception {
        HttpResponse<String> page = SANDBOX.get("/plugins/servlet/salesteam/digest", REP);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("name=\"receive\" value=\"true\" checked>"));
        String token = page.body().replaceAll("(?s).*name=\"atl_token\" value=\"([0-9a-f]+)\".*", "$1");

        assertEquals(403, SANDBOX.send("POST", "/plugins/servlet/salesteam/digest", REP,
                "application/x-www-form-urlencoded", "atl_token=forged").statusCode());
        assertEquals("{\"optedOut\":false}", SANDBOX.get("/rest/salesteam/1.0/automation/digest/me", REP).body());
        HttpResponse<String> saved = SANDBOX.send("POST", "/plugins/servlet/salesteam/digest", REP,
                "application/x-www-form-urlencoded", "atl_token=" + token + "&user=" + MANAGER);
        assertEquals(302, saved.statusCode());

        assertEquals("{\"optedOut\":true}", SANDBOX.get("/rest/salesteam/1.0/automation/digest/me", REP).body());
        assertEquals("{\"optedOut\":false}", SANDBOX.get("/rest/salesteam/1.0/automation/digest/me", MANAGER).body());
        assertTrue(SANDBOX.get("/plugins/servlet/salesteam/digest?saved=1", REP).body()
                .contains("You do not get the weekly digest."));
        assertEquals(302, SANDBOX.get("/plugins/servlet/salesteam/digest", null).statusCode());
    }
}
