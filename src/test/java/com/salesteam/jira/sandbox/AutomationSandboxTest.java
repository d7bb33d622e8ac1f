package com.salesteam.jira.sandbox;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The automation page and REST API in the sandbox: the demo run shown, each role's access, JSON-only changes. */
public class AutomationSandboxTest {

    private static final String ADMIN = SandboxUsers.ADMIN;
    private static final String MANAGER = "m.garcia";
    private static final String REP = "li.wei";
    @ClassRule
    public static final SandboxServer SANDBOX = new SandboxServer("sandbox-automation", "2026-05-14T10:00:00Z",
            "application/json, text/html;q=0.9");

    @BeforeClass
    public static void start() throws Exception {
        // a Thursday morning in London, afternoon in Shanghai: outside everyone's quiet hours
    }

    @Test
    public void theAdminPageShowsTheDemoRunsAndWhatTheyDid() throws Exception {
        HttpResponse<String> page = SANDBOX.get("/plugins/servlet/salesteam/admin/automation", ADMIN);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("Stale-deal follow-up"));
        assertTrue(html.contains("Close-date slip alerts"));
        assertTrue(html.contains("2026-05-14 10:00 UTC by the schedule"));
        assertTrue(html.contains("2026-05-14 11:00 UTC"));
        // the stale-deal run commented, created follow-ups and flagged deals; the slip run flagged some
        assertTrue(html.contains("Commented"));
        assertTrue(html.contains("Created a sub-task"));
        Matcher result = Pattern.compile("(\\d+) deals, (\\d+) changes, 0 failed").matcher(html);
        assertTrue(result.find());
        assertTrue(Integer.parseInt(result.group(2)) > 0);
        assertTrue(html.contains("salesteam-automation-admin.js"));
    }

    @Test
    public void onlyAdminsOpenThePageOrTheJobs() throws Exception {
        assertEquals(403, SANDBOX.get("/plugins/servlet/salesteam/admin/automation", MANAGER).statusCode());
        assertEquals(403, SANDBOX.get("/rest/salesteam/1.0/automation/jobs", MANAGER).statusCode());
        assertEquals(403, SANDBOX.get("/rest/salesteam/1.0/automation/jobs", REP).statusCode());
        assertEquals(401, SANDBOX.get("/rest/salesteam/1.0/automation/jobs", null).statusCode());
        assertEquals(302, SANDBOX.get("/plugins/servlet/salesteam/admin/automation", null).statusCode());
        HttpResponse<String> jobs = SANDBOX.get("/rest/salesteam/1.0/automation/jobs", ADMIN);
        assertEquals(200, jobs.statusCode());
        assertTrue(jobs.body().contains("\"job\":\"stale-deals\""));
        assertTrue(jobs.body().contains("\"kind\":\"commented\""));
    }

    @Test
    public void runNowTakesJsonFromAdminsOnly() throws Exception {
        String path = "/rest/salesteam/1.0/automation/jobs/slip-alerts/run";
        assertEquals(403, SANDBOX.send("POST", path, MANAGER, "application/json", "{}").statusCode());
        assertEquals(415, SANDBOX.send("POST", path, ADMIN, "application/x-www-form-urlencoded", "a=b").statusCode());
        assertEquals(404, SANDBOX.send("POST", "/rest/salesteam/1.0/automation/jobs/nope/run", ADMIN, "application/json", "{}")
                .statusCode());
        assertEquals(202, SANDBOX.send("POST", path, ADMIN, "application/json", "{}").statusCode());
        assertTrue(SANDBOX.get("/rest/salesteam/1.0/automation/jobs", ADMIN).body().contains("\"trigger\":\"admin\""));
    }

    @Test
    public void badSettingsAreRefusedFieldByField() throws Exception {
        HttpResponse<String> refused = SANDBOX.send("PUT", "/rest/salesteam/1.0/automation/settings", ADMIN, "application/json",
                "{\"actor\":\"<script>\",\"quietStart\":\"7pm\",\"quietEnd\":\"06:00\",\"maxSlips\":1}");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("\"actor\""));
        assertTrue(refused.body().contains("\"quietStart\""));
        assertEquals(403, SANDBOX.send("PUT", "/rest/salesteam/1.0/automation/stale-rules", MANAGER, "application/json", "[]")
                .statusCode());
    }

    @Test
    public void everyoneOptsInOrOutOfTheDigestForThemselvesWithJson() throws Exception {
        String path = "/rest/salesteam/1.0/automation/digest/me";
        assertEquals("{\"optedOut\":false}", SANDBOX.get(path, REP).body());
        assertEquals(415, SANDBOX.send("PUT", path, REP, "application/x-www-form-urlencoded", "optedOut=true").statusCode());
        assertEquals(400, SANDBOX.send("PUT", path, REP, "application/json", "{\"optedOut\":\"yes\"}").statusCode());
        assertEquals(200, SANDBOX.send("PUT", path, REP, "application/json", "{\"optedOut\":true}").statusCode());
        assertEquals("{\"optedOut\":true}", SANDBOX.get(path, REP).body());
        assertEquals("{\"optedOut\":false}", SANDBOX.get(path, MANAGER).body());
        assertEquals(401, SANDBOX.get(path, null).statusCode());
        // the demo run mailed the weekly digest to the people with stale or slipped deals
        assertTrue(SANDBOX.get("/plugins/servlet/salesteam/admin/automation", ADMIN).body().contains("Sent the digest"));
    }

    @Test
    public void aManagerListsTheSlippedDealsOfTheirTeamAndARepCannot() throws Exception {
        String teams = SANDBOX.get("/rest/salesteam/1.0/teams", ADMIN).body();
        Matcher emea = Pattern.compile("\"id\":(\\d+),\"name\":\"EMEA Enterprise\"").matcher(teams);
        assertTrue(emea.find());
        HttpResponse<String> slips = SANDBOX.get("/rest/salesteam/1.0/automation/slips?team=" + emea.group(1), MANAGER);
        assertEquals(200, slips.statusCode());
        assertTrue(slips.body().contains("\"reasons\":[\"too_many_slips\"]"));
        assertEquals(403, SANDBOX.get("/rest/salesteam/1.0/automation/slips?team=" + emea.group(1), REP).statusCode());
        assertEquals(403, SANDBOX.get("/rest/salesteam/1.0/automation/slips", MANAGER).statusCode());
    }
}
