package com.salesteam.jira.sandbox;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The automation page and REST API in the sandbox: the demo run shown, each role's access, JSON-only changes. */
public class AutomationSandboxTest {

    private static final String ADMIN = SandboxUsers.ADMIN;
    private static final String MANAGER = "m.garcia";
    private static final String REP = "li.wei";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static Sandbox sandbox;

    @BeforeClass
    public static void start() throws Exception {
        // a Thursday morning in London, afternoon in Shanghai: outside everyone's quiet hours
        sandbox = Sandbox.start(0, Files.createTempDirectory("sandbox-automation"), true,
                Clock.fixed(Instant.parse("2026-05-14T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterClass
    public static void stop() throws Exception {
        sandbox.close();
    }

    private static HttpResponse<String> send(String method, String path, String user, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Cookie", SandboxLoginFilter.USER_COOKIE + "=" + user);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.header("Accept", "application/json, text/html;q=0.9");
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        return send("GET", path, user, null, null);
    }

    @Test
    public void theAdminPageShowsTheDemoRunsAndWhatTheyDid() throws Exception {
        HttpResponse<String> page = get("/plugins/servlet/salesteam/admin/automation", ADMIN);
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
        assertEquals(403, get("/plugins/servlet/salesteam/admin/automation", MANAGER).statusCode());
        assertEquals(403, get("/rest/salesteam/1.0/automation/jobs", MANAGER).statusCode());
        assertEquals(403, get("/rest/salesteam/1.0/automation/jobs", REP).statusCode());
        assertEquals(401, get("/rest/salesteam/1.0/automation/jobs", null).statusCode());
        assertEquals(302, get("/plugins/servlet/salesteam/admin/automation", null).statusCode());
        HttpResponse<String> jobs = get("/rest/salesteam/1.0/automation/jobs", ADMIN);
        assertEquals(200, jobs.statusCode());
        assertTrue(jobs.body().contains("\"job\":\"stale-deals\""));
        assertTrue(jobs.body().contains("\"kind\":\"commented\""));
    }

    @Test
    public void runNowTakesJsonFromAdminsOnly() throws Exception {
        String path = "/rest/salesteam/1.0/automation/jobs/slip-alerts/run";
        assertEquals(403, send("POST", path, MANAGER, "application/json", "{}").statusCode());
        assertEquals(415, send("POST", path, ADMIN, "application/x-www-form-urlencoded", "a=b").statusCode());
        assertEquals(404, send("POST", "/rest/salesteam/1.0/automation/jobs/nope/run", ADMIN, "application/json", "{}")
                .statusCode());
        assertEquals(202, send("POST", path, ADMIN, "application/json", "{}").statusCode());
        assertTrue(get("/rest/salesteam/1.0/automation/jobs", ADMIN).body().contains("\"trigger\":\"admin\""));
    }

    @Test
    public void badSettingsAreRefusedFieldByField() throws Exception {
        HttpResponse<String> refused = send("PUT", "/rest/salesteam/1.0/automation/settings", ADMIN, "application/json",
                "{\"actor\":\"<script>\",\"quietStart\":\"7pm\",\"quietEnd\":\"06:00\",\"maxSlips\":1}");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("\"actor\""));
        assertTrue(refused.body().contains("\"quietStart\""));
        assertEquals(403, send("PUT", "/rest/salesteam/1.0/automation/stale-rules", MANAGER, "application/json", "[]")
                .statusCode());
    }

    @Test
    public void everyoneOptsInOrOutOfTheDigestForThemselvesWithJson() throws Exception {
        String path = "/rest/salesteam/1.0/automation/digest/me";
        assertEquals("{\"optedOut\":false}", get(path, REP).body());
        assertEquals(415, send("PUT", path, REP, "application/x-www-form-urlencoded", "optedOut=true").statusCode());
        assertEquals(400, send("PUT", path, REP, "application/json", "{\"optedOut\":\"yes\"}").statusCode());
        assertEquals(200, send("PUT", path, REP, "application/json", "{\"optedOut\":true}").statusCode());
        assertEquals("{\"optedOut\":true}", get(path, REP).body());
        assertEquals("{\"optedOut\":false}", get(path, MANAGER).body());
        assertEquals(401, get(path, null).statusCode());
        // the demo run mailed the weekly digest to the people with stale or slipped deals
        assertTrue(get("/plugins/servlet/salesteam/admin/automation", ADMIN).body().contains("Sent the digest"));
    }

    @Test
    public void aManagerListsTheSlippedDealsOfTheirTeamAndARepCannot() throws Exception {
        String teams = get("/rest/salesteam/1.0/teams", ADMIN).body();
        Matcher emea = Pattern.compile("\"id\":(\\d+),\"name\":\"EMEA Enterprise\"").matcher(teams);
        assertTrue(emea.find());
        HttpResponse<String> slips = get("/rest/salesteam/1.0/automation/slips?team=" + emea.group(1), MANAGER);
        assertEquals(200, slips.statusCode());
        assertTrue(slips.body().contains("\"reasons\":[\"too_many_slips\"]"));
        assertEquals(403, get("/rest/salesteam/1.0/automation/slips?team=" + emea.group(1), REP).statusCode());
        assertEquals(403, get("/rest/salesteam/1.0/automation/slips", MANAGER).statusCode());
    }
}
