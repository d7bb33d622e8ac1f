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
 * The 1:1 schedules REST resource over real HTTP (Jetty, Jersey, Jackson) as each role: anonymous, a rep
 * (e.johnson), the team's manager (m.garcia), another team's manager (wang.fang) and a Jira administrator. On the
 * sandbox's demo day, 2026-11-20, o.davis meets m.garcia weekly since 2026-11-10 and her meeting of 2026-11-17 was
 * held; zhang.min meets wang.fang every two weeks.
 */
public class OneOnOneSandboxTest {

    private static final String PATH = "/rest/salesteam/1.0/oneonones/schedules";
    private static final String REP = "e.johnson";
    private static final String MANAGER = "m.garcia";
    private static final String OTHER_MANAGER = "wang.fang";
    private static final String ADMIN = SandboxUsers.ADMIN;
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final SandboxServer SANDBOX = new SandboxServer("sandbox-oneonone", "2026-11-20T10:00:00Z",
            "application/json");

    private static JsonNode rep(JsonNode list, String key) {
        for (JsonNode rep : list) {
            if (rep.get("repKey").asText().equals(key)) {
                return rep;
            }
        }
        return null;
    }

    @Test
    public void eachRoleListsTheRepsItMaySee() throws Exception {
        JsonNode manager = JSON.readTree(SANDBOX.send("GET", PATH, MANAGER, null, null).body());
        JsonNode admin = JSON.readTree(SANDBOX.send("GET", PATH, ADMIN, null, null).body());
        JsonNode rep = JSON.readTree(SANDBOX.send("GET", PATH, REP, null, null).body());

        JsonNode olivia = rep(manager, "o.davis").get("schedule");
        assertEquals("weekly", olivia.get("frequency").asText());
        assertEquals("2026-11-10", olivia.get("firstMeeting").asText());
        assertEquals("SALES", olivia.get("projectKey").asText());
        assertEquals(MANAGER, olivia.get("managerKey").asText());
        assertEquals(null, rep(manager, "zhang.min"));
        assertEquals("biweekly", rep(admin, "zhang.min").get("schedule").get("frequency").asText());
        assertEquals(1, rep.size());
        assertTrue(rep.get(0).get("schedule").isNull());
        assertEquals(401, SANDBOX.send("GET", PATH, null, null, null).statusCode());
    }

    @Test
    public void aRepReadsOnlyTheirOwnScheduleAndAnotherTeamsManagerNone() throws Exception {
        assertEquals(200, SANDBOX.send("GET", PATH + "/" + REP, REP, null, null).statusCode());
        assertEquals(403, SANDBOX.send("GET", PATH + "/o.davis", REP, null, null).statusCode());
        assertEquals(403, SANDBOX.send("GET", PATH + "/o.davis", OTHER_MANAGER, null, null).statusCode());
        assertEquals(200, SANDBOX.send("GET", PATH + "/o.davis", ADMIN, null, null).statusCode());
        assertEquals(401, SANDBOX.send("GET", PATH + "/o.davis", null, null, null).statusCode());
    }

    @Test
    public void theManagerSetsAScheduleWithJsonOnlyAndBadFieldsAreNamed() throws Exception {
        String path = PATH + "/l.brown";
        String weekly = "{\"frequency\":\"weekly\",\"firstMeeting\":\"2026-11-23\",\"projectKey\":\"SALES\"}";

        assertEquals(415, SANDBOX.send("PUT", path, MANAGER, "application/x-www-form-urlencoded",
                "frequency=weekly").statusCode());
        assertEquals(403, SANDBOX.send("PUT", path, REP, "application/json", weekly).statusCode());
        assertEquals(403, SANDBOX.send("PUT", path, OTHER_MANAGER, "application/json", weekly).statusCode());
        HttpResponse<String> bad = SANDBOX.send("PUT", path, MANAGER, "application/json",
                "{\"frequency\":\"monthly\",\"firstMeeting\":\"<script>\",\"projectKey\":\"<script>alert(1)</script>\"}");
        assertEquals(400, bad.statusCode());
        JsonNode errors = JSON.readTree(bad.body()).get("errors");
        assertTrue(errors.has("frequency") && errors.has("firstMeeting") && errors.has("projectKey"));
        assertTrue(JSON.readTree(SANDBOX.send("GET", path, MANAGER, null, null).body()).get("schedule").isNull());

        HttpResponse<String> saved = SANDBOX.send("PUT", path, MANAGER, "application/json", weekly);

        assertEquals(200, saved.statusCode());
        assertEquals("2026-11-23", JSON.readTree(SANDBOX.send("GET", path, "l.brown", null, null).body())
                .get("schedule").get("firstMeeting").asText());
        assertEquals(403, SANDBOX.send("DELETE", path, REP, null, null).statusCode());
        assertEquals(204, SANDBOX.send("DELETE", path, ADMIN, null, null).statusCode());
        assertEquals(404, SANDBOX.send("DELETE", path, MANAGER, null, null).statusCode());
    }

    @Test
    public void theHeldDemoMeetingIsTheRepsLastOneOnOneOnTheCoachingGadget() throws Exception {
        long emea = 0;
        for (JsonNode team : JSON.readTree(SANDBOX.send("GET", "/rest/salesteam/1.0/review-cycles", ADMIN, null,
                null).body())) {
            emea = team.get("teamName").asText().equals("EMEA Enterprise") ? team.get("teamId").asLong() : emea;
        }
        JsonNode overview = JSON.readTree(SANDBOX.send("GET", "/rest/salesteam/1.0/coaching/team/" + emea, MANAGER,
                null, null).body());
        JsonNode olivia = null;
        for (JsonNode rep : overview.get("reps")) {
            olivia = rep.get("key").asText().equals("o.davis") ? rep : olivia;
        }

        assertEquals(3, olivia.get("daysSinceOneOnOne").asInt());
    }

    @Test
    public void theReviewCyclesPageShowsTheOneOnOneSectionToTheManager() throws Exception {
        HttpResponse<String> page = SANDBOX.send("GET", "/plugins/servlet/salesteam/review-cycles", MANAGER, null,
                null);

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"salesteam-oneonones-table\""));
        assertTrue(page.body().contains("data-rep=\"o.davis\""));
        assertTrue(page.body().contains("Olivia Davis"));
        assertFalse(page.body().contains("data-rep=\"zhang.min\""));
        assertTrue(page.body().contains("salesteam-oneonones.js"));
    }
}
