package com.salesteam.jira.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Onboarding over real HTTP (Jetty, Jersey, Jackson, the pages' Velocity) as each role: the template REST API and
 * admin page, a person's plan, the Development plan page, and the plan made when someone joins a team through
 * the teams REST API, once however often they are added. The demo's James Clark joined 21 days before
 * 2026-11-20 and has done two of his five tasks.
 */
public class OnboardingSandboxTest {

    private static final String REP = "j.clark";
    private static final String MANAGER = "m.garcia";
    private static final String OTHER_MANAGER = "wang.fang";
    private static final String ADMIN = SandboxUsers.ADMIN;
    private static final String TEMPLATE = "/rest/salesteam/1.0/onboarding/template";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final SandboxServer SANDBOX = new SandboxServer("sandbox-onboarding", "2026-11-20T10:00:00Z",
            "application/json");
    private static long emea;

    @BeforeClass
    public static void findTeam() throws Exception {
        for (JsonNode team : JSON.readTree(SANDBOX.get("/rest/salesteam/1.0/teams", ADMIN).body())) {
            if (team.get("name").asText().equals("EMEA Enterprise")) {
                emea = team.get("id").asLong();
            }
        }
    }

    @Test
    public void theTemplateIsTheAdministratorsAndABadOneIsRefusedNamingEachField() throws Exception {
        HttpResponse<String> read = SANDBOX.get(TEMPLATE, ADMIN);
        assertEquals(200, read.statusCode());
        JsonNode template = JSON.readTree(read.body());
        assertEquals("SALES", template.get("projectKey").asText());
        assertEquals(5, template.get("tasks").size());
        assertEquals("Ride-along", template.get("tasks").get(2).get("kind").asText());
        assertEquals(4, template.get("kinds").size());
        assertEquals(403, SANDBOX.get(TEMPLATE, MANAGER).statusCode());
        assertEquals(403, SANDBOX.get(TEMPLATE, REP).statusCode());
        assertEquals(401, SANDBOX.get(TEMPLATE, null).statusCode());

        String body = "{\"projectKey\":\"\",\"tasks\":[{\"title\":\"<script>alert(1)</script>\",\"kind\":\"Golf\","
                + "\"dueAfterDays\":3}]}";
        assertEquals(415, SANDBOX.send("PUT", TEMPLATE, ADMIN, "application/x-www-form-urlencoded", "projectKey=X")
                .statusCode());
        assertEquals(403, SANDBOX.send("PUT", TEMPLATE, MANAGER, "application/json", body).statusCode());
        HttpResponse<String> bad = SANDBOX.send("PUT", TEMPLATE, ADMIN, "application/json", body);
        assertEquals(400, bad.statusCode());
        JsonNode errors = JSON.readTree(bad.body()).get("errors");
        assertTrue(errors.has("projectKey") && errors.has("tasks[0].kind"));
        assertFalse(errors.has("tasks[0].title"));
        assertEquals(5, JSON.readTree(SANDBOX.get(TEMPLATE, ADMIN).body()).get("tasks").size());
    }

    @Test
    public void thePersonTheirManagerAndAdminsReadTheDemoPlanInProgressAndTheGadgetShowsIt() throws Exception {
        String path = "/rest/salesteam/1.0/onboarding/plan/" + REP;

        JsonNode plan = JSON.readTree(SANDBOX.get(path, MANAGER).body());

        assertTrue(plan.get("hasPlan").asBoolean());
        assertEquals("2026-10-30", plan.get("joined").asText());
        assertEquals(2, plan.get("done").asInt());
        assertEquals(5, plan.get("total").asInt());
        assertTrue(plan.get("steps").get(4).get("issueKey").asText().startsWith("SALES-"));
        assertEquals(200, SANDBOX.get(path, REP).statusCode());
        assertEquals(200, SANDBOX.get(path, ADMIN).statusCode());
        assertEquals(403, SANDBOX.get(path, OTHER_MANAGER).statusCode());
        assertEquals(403, SANDBOX.get(path, "l.brown").statusCode());
        assertEquals(401, SANDBOX.get(path, null).statusCode());
        int percent = -1;
        for (JsonNode rep : JSON.readTree(SANDBOX.get("/rest/salesteam/1.0/coaching/team/" + emea, MANAGER).body())
                .get("reps")) {
            percent = rep.get("key").asText().equals(REP) ? rep.get("onboardingPercent").asInt() : percent;
        }
        assertEquals("the gadget's column from the real plan", 40, percent);
        assertFalse("the demo group's members were in their team before onboarding existed", JSON.readTree(
                SANDBOX.get("/rest/salesteam/1.0/onboarding/plan/i.lewis", ADMIN).body()).get("hasPlan").asBoolean());
    }

    @Test
    public void someoneJoiningThroughTheTeamsApiGetsOnePlanHoweverOftenTheyAreAdded() throws Exception {
        String without = "{\"name\":\"EMEA Enterprise\",\"description\":\"Large accounts in Europe\","
                + "\"managerKey\":\"m.garcia\",\"members\":[\"e.johnson\",\"l.brown\",\"o.davis\",\"n.wilson\","
                + "\"a.taylor\",\"j.clark\"]}";
        String with = without.replace("\"j.clark\"]", "\"j.clark\",\"s.martin\"]");
        String team = "/rest/salesteam/1.0/teams/" + emea;
        assertEquals(200, SANDBOX.send("PUT", team, ADMIN, "application/json", without).statusCode());
        assertEquals(200, SANDBOX.send("PUT", team, ADMIN, "application/json", with).statusCode());

        JsonNode plan = JSON.readTree(SANDBOX.get("/rest/salesteam/1.0/onboarding/plan/s.martin", ADMIN).body());
        assertEquals("2026-11-20", plan.get("joined").asText());
        assertEquals(5, plan.get("total").asInt());
        assertEquals("the job's work ran at once in the sandbox", 5, countIssueKeys(plan));

        assertEquals(200, SANDBOX.send("PUT", team, ADMIN, "application/json", without).statusCode());
        assertEquals(200, SANDBOX.send("PUT", team, ADMIN, "application/json", with).statusCode());
        assertEquals(plan, JSON.readTree(SANDBOX.get("/rest/salesteam/1.0/onboarding/plan/s.martin", ADMIN).body()));
    }

    private static int countIssueKeys(JsonNode plan) {
        int keys = 0;
        for (JsonNode step : plan.get("steps")) {
            keys += step.get("issueKey").isNull() ? 0 : 1;
        }
        return keys;
    }

    @Test
    public void theAdminPageIsForAdministratorsAndChecksTheToken() throws Exception {
        String path = "/plugins/servlet/salesteam/admin/onboarding";
        HttpResponse<String> page = SANDBOX.get(path, ADMIN);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Ride-along with a senior rep"));
        assertEquals(403, SANDBOX.get(path, MANAGER).statusCode());
        assertEquals(302, SANDBOX.get(path, null).statusCode());

        String token = page.body().replaceAll("(?s).*name=\"atl_token\" value=\"([0-9a-f]+)\".*", "$1");
        String form = "projectKey=SALES&title=" + URLEncoder.encode("<script>x</script>", StandardCharsets.UTF_8)
                + "&kind=Mentoring&days=400";
        assertEquals(403, SANDBOX.send("POST", path, ADMIN, "application/x-www-form-urlencoded",
                form + "&atl_token=forged").statusCode());
        HttpResponse<String> refused = SANDBOX.send("POST", path, ADMIN, "application/x-www-form-urlencoded",
                form + "&atl_token=" + token);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("&lt;script&gt;x&lt;/script&gt;"));
        assertFalse(refused.body().contains("<script>x"));
        assertEquals(5, JSON.readTree(SANDBOX.get(TEMPLATE, ADMIN).body()).get("tasks").size());
    }

    @Test
    public void theDevelopmentPlanPageIsThePersonsTheirManagersAndAdminsAndSavesBehindTheToken() throws Exception {
        String path = "/plugins/servlet/salesteam/development-plan";
        HttpResponse<String> own = SANDBOX.get(path, REP);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("2 of 5 onboarding tasks done"));
        assertEquals(200, SANDBOX.get(path + "?rep=" + REP, MANAGER).statusCode());
        assertEquals(200, SANDBOX.get(path + "?rep=" + REP, ADMIN).statusCode());
        assertEquals(403, SANDBOX.get(path + "?rep=" + REP, OTHER_MANAGER).statusCode());
        assertEquals(403, SANDBOX.get(path + "?rep=" + REP, "l.brown").statusCode());
        assertEquals(302, SANDBOX.get(path, null).statusCode());

        String token = own.body().replaceAll("(?s).*name=\"atl_token\" value=\"([0-9a-f]+)\".*", "$1");
        String form = "rep=" + REP + "&goal=" + URLEncoder.encode("<script>alert(1)</script> Close 100k",
                StandardCharsets.UTF_8) + "&done=0&goal=&skills=Negotiation&targetRole=Account+executive";
        assertEquals(403, SANDBOX.send("POST", path, REP, "application/x-www-form-urlencoded",
                form + "&atl_token=forged").statusCode());
        assertEquals(302, SANDBOX.send("POST", path, REP, "application/x-www-form-urlencoded",
                form + "&atl_token=" + token).statusCode());
        JsonNode saved = JSON.readTree(SANDBOX.get("/rest/salesteam/1.0/development-plan/" + REP, MANAGER).body());
        assertEquals(1, saved.get("goalsDone").asInt());
        assertEquals("Account executive", saved.get("targetRole").asText());
        String shown = SANDBOX.get(path + "?rep=" + REP, MANAGER).body();
        assertTrue(shown.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt; Close 100k\""));
        assertFalse(shown.contains("<script>alert"));
    }

    @Test
    public void onlyAnAdministratorMayRetryAStepWithJsonAndOnlyAFailedOne() throws Exception {
        String retry = "/rest/salesteam/1.0/onboarding/plan/" + REP + "/steps/4/retry";

        assertEquals(401, SANDBOX.send("POST", retry, null, "application/json", "{}").statusCode());
        assertEquals(403, SANDBOX.send("POST", retry, MANAGER, "application/json", "{}").statusCode());
        assertEquals(403, SANDBOX.send("POST", retry, REP, "application/json", "{}").statusCode());
        assertEquals(415, SANDBOX.send("POST", retry, ADMIN, "application/x-www-form-urlencoded", "x=1").statusCode());
        HttpResponse<String> notFailed = SANDBOX.send("POST", retry, ADMIN, "application/json", "{}");
        assertEquals(404, notFailed.statusCode());
        assertTrue(notFailed.body(), notFailed.body().contains("has not failed"));

        JsonNode step = JSON.readTree(SANDBOX.get("/rest/salesteam/1.0/onboarding/plan/" + REP, ADMIN).body())
                .get("steps").get(4);
        assertEquals(4, step.get("position").asInt());
        assertFalse(step.get("failed").asBoolean());
        assertTrue(step.get("failure").isNull());
    }
}
