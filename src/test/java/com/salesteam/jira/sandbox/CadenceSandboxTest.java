package com.salesteam.jira.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The review cycle and coaching REST resources over real HTTP (Jetty, Jersey, Jackson), as each role: anonymous,
 * a rep, the team's manager, another team's manager and a Jira administrator. The sandbox's demo cycles ran on
 * 2026-11-20, so EMEA Enterprise's November reviews (due on the 10th) are overdue.
 */
public class CadenceSandboxTest {

    private static final String REP = "e.johnson";
    private static final String MANAGER = "m.garcia";
    private static final String OTHER_MANAGER = "wang.fang";
    private static final String ADMIN = SandboxUsers.ADMIN;
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final SandboxServer SANDBOX = new SandboxServer("sandbox-cadence", "2026-11-20T10:00:00Z",
            "application/json");
    private static long emea;

    @BeforeClass
    public static void start() throws Exception {
        for (JsonNode team : JSON.readTree(SANDBOX.send("GET", "/rest/salesteam/1.0/review-cycles", ADMIN, null, null).body())) {
            if (team.get("teamName").asText().equals("EMEA Enterprise")) {
                emea = team.get("teamId").asLong();
            }
        }
    }

    @Test
    public void theManagerSeesTheTeamsCoachingAndOthersAreRefused() throws Exception {
        String path = "/rest/salesteam/1.0/coaching/team/" + emea;

        HttpResponse<String> manager = SANDBOX.send("GET", path, MANAGER, null, null);

        assertEquals(200, manager.statusCode());
        JsonNode overview = JSON.readTree(manager.body());
        assertEquals("EMEA Enterprise", overview.get("teamName").asText());
        assertEquals("six of seven reps' November reviews are open and past the 10th", 6,
                overview.get("reviewsOverdue").asInt());
        assertEquals(0, overview.get("reviewsDue").asInt());
        JsonNode emma = null;
        for (JsonNode rep : overview.get("reps")) {
            emma = rep.get("key").asText().equals(REP) ? rep : emma;
        }
        assertEquals("Emma Johnson", emma.get("name").asText());
        assertEquals(3, emma.get("openActions").asInt());
        assertEquals(4, emma.get("daysSinceOneOnOne").asInt());
        assertTrue(emma.get("onboardingPercent").isNull());
        assertEquals(200, SANDBOX.send("GET", path, ADMIN, null, null).statusCode());
        assertEquals(403, SANDBOX.send("GET", path, REP, null, null).statusCode());
        assertEquals(403, SANDBOX.send("GET", path, OTHER_MANAGER, null, null).statusCode());
        assertEquals(401, SANDBOX.send("GET", path, null, null, null).statusCode());
    }

    @Test
    public void theManagerChangesTheCycleWithJsonOnlyAndBadFieldsAreNamed() throws Exception {
        String path = "/rest/salesteam/1.0/review-cycles/team/" + emea;
        String quarterly = "{\"cadence\":\"quarterly\",\"dueDay\":30,\"projectKey\":\"SALES\",\"assignee\":\"manager\"}";

        HttpResponse<String> form = SANDBOX.send("PUT", path, MANAGER, "application/x-www-form-urlencoded",
                "cadence=quarterly&dueDay=30");
        HttpResponse<String> rep = SANDBOX.send("PUT", path, REP, "application/json", quarterly);
        HttpResponse<String> bad = SANDBOX.send("PUT", path, MANAGER, "application/json",
                "{\"cadence\":\"weekly\",\"dueDay\":40,\"projectKey\":\"<script>\",\"assignee\":\"rep\"}");

        assertEquals(415, form.statusCode());
        assertEquals(403, rep.statusCode());
        assertEquals(400, bad.statusCode());
        JsonNode errors = JSON.readTree(bad.body()).get("errors");
        assertTrue(errors.has("cadence") && errors.has("projectKey"));
        assertFalse(errors.has("assignee"));
        assertEquals("monthly", JSON.readTree(SANDBOX.send("GET", path, MANAGER, null, null).body())
                .get("cycle").get("cadence").asText());

        HttpResponse<String> saved = SANDBOX.send("PUT", path, MANAGER, "application/json", quarterly);
        assertEquals(200, saved.statusCode());
        assertEquals(30, JSON.readTree(SANDBOX.send("GET", path, ADMIN, null, null).body()).get("cycle").get("dueDay").asInt());
        // restore the demo cycle for the other tests of this class
        assertEquals(200, SANDBOX.send("PUT", path, ADMIN, "application/json",
                "{\"cadence\":\"monthly\",\"dueDay\":10,\"projectKey\":\"SALES\",\"assignee\":\"rep\"}").statusCode());
    }

    @Test
    public void aRepCannotListOrDeleteCyclesAndAManagerListsOnlyTheirTeams() throws Exception {
        assertEquals(403, SANDBOX.send("GET", "/rest/salesteam/1.0/review-cycles", REP, null, null).statusCode());
        assertEquals(401, SANDBOX.send("GET", "/rest/salesteam/1.0/review-cycles", null, null, null).statusCode());
        assertEquals(403, SANDBOX.send("DELETE", "/rest/salesteam/1.0/review-cycles/team/" + emea, REP, null, null)
                .statusCode());
        JsonNode listed = JSON.readTree(SANDBOX.send("GET", "/rest/salesteam/1.0/review-cycles", OTHER_MANAGER, null, null)
                .body());
        assertEquals(1, listed.size());
        assertEquals("quarterly", listed.get(0).get("cycle").get("cadence").asText());
    }

    @Test
    public void theReviewCyclesPageIsForManagersAndAdminsOnly() throws Exception {
        String path = "/plugins/servlet/salesteam/review-cycles";

        HttpResponse<String> manager = SANDBOX.send("GET", path, MANAGER, null, null);

        assertEquals(200, manager.statusCode());
        assertTrue(manager.body().contains("EMEA Enterprise"));
        assertFalse(manager.body().contains("华东区销售"));
        assertTrue(SANDBOX.send("GET", path, ADMIN, null, null).body().contains("华东区销售"));
        assertEquals(403, SANDBOX.send("GET", path, REP, null, null).statusCode());
        HttpResponse<String> anonymous = SANDBOX.send("GET", path, null, null, null);
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("login"));
    }

    @Test
    public void aRepWritesTheirDevelopmentPlanTheirManagerReadsItAndOthersAreRefused() throws Exception {
        String path = "/rest/salesteam/1.0/development-plan/" + REP;
        String plan = "{\"goals\":[{\"text\":\"<script>alert(1)</script> Close 100k\",\"done\":true},"
                + "{\"text\":\"Demo alone\"}],\"skills\":[\"Negotiation\"],\"targetRole\":\"Account executive\"}";

        assertEquals(415, SANDBOX.send("PUT", path, REP, "application/x-www-form-urlencoded", "targetRole=x").statusCode());
        assertEquals(400, SANDBOX.send("PUT", path, REP, "application/json", "{\"goals\":[{\"text\":\" \"}],\"skills\":[]}")
                .statusCode());
        assertEquals(200, SANDBOX.send("PUT", path, REP, "application/json", plan).statusCode());

        JsonNode read = JSON.readTree(SANDBOX.send("GET", path, MANAGER, null, null).body());
        assertEquals(1, read.get("goalsDone").asInt());
        assertEquals("<script>alert(1)</script> Close 100k", read.get("goals").get(0).get("text").asText());
        assertEquals(403, SANDBOX.send("GET", path, OTHER_MANAGER, null, null).statusCode());
        assertEquals(403, SANDBOX.send("GET", path, "l.brown", null, null).statusCode());
        assertEquals(403, SANDBOX.send("PUT", path, OTHER_MANAGER, "application/json", plan).statusCode());
        assertEquals(401, SANDBOX.send("GET", path, null, null, null).statusCode());
    }
}
