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
 * Badges over real HTTP in the sandbox, whose start runs the badge rules over the demo data: the REST API per role,
 * the badges on leaderboard rows (never an amount), "mark as seen" and the profile panel.
 */
public class BadgeSandboxTest {

    private static final String REP = "li.wei";
    private static final String ADMIN = SandboxUsers.ADMIN;
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final SandboxServer SANDBOX = new SandboxServer("badge-sandbox-test", "2026-05-14T10:00:00Z",
            "application/json, text/html;q=0.9");

    private static JsonNode badgesOf(String user, String asUser) throws Exception {
        HttpResponse<String> response = SANDBOX.get("/rest/salesteam/1.0/badges" + (user == null ? "" : "?user=" + user), asUser);
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body()).get("badges");
    }

    @Test
    public void theDemoDataEarnsBadgesWithTheirReasons() throws Exception {
        JsonNode own = badgesOf(null, REP);
        assertTrue(own.toString(), own.size() > 0);
        JsonNode first = null;
        for (JsonNode badge : own) {
            if (badge.get("kind").asText().equals("first-deal-won")) {
                first = badge;
            }
        }
        assertTrue("every demo rep won a deal: " + own, first != null);
        assertTrue(first.toString(), first.get("dealKey").asText().startsWith("SALES-"));
        assertTrue(first.toString(), first.get("reason").asText().contains(first.get("dealKey").asText()));

        JsonNode everyone = JSON.readTree(SANDBOX.get("/rest/salesteam/1.0/leaderboard?metric=revenue-won&top=100&period=FY2026-Q1",
                ADMIN).body());
        long biggest = 0;
        long quotaMet = 0;
        for (JsonNode row : everyone.get("rows")) {
            for (JsonNode badge : row.get("badges")) {
                biggest += badge.get("kind").asText().equals("biggest-deal") ? 1 : 0;
                quotaMet += badge.get("kind").asText().equals("quota-met") ? 1 : 0;
            }
        }
        assertEquals("the biggest deal of the finished quarter in EUR and in CNY", 2, biggest);
        assertTrue("reps ahead of their quota in the finished quarter: " + everyone, quotaMet > 0);
    }

    @Test
    public void badgesFollowTheRoles() throws Exception {
        assertTrue(badgesOf(REP, REP).size() > 0);
        assertTrue("the manager of the team", badgesOf(REP, "wang.fang").size() > 0);
        assertTrue("an admin", badgesOf(REP, ADMIN).size() > 0);
        assertEquals("another rep of the team", 403, SANDBOX.get("/rest/salesteam/1.0/badges?user=" + REP, "zhang.min").statusCode());
        assertEquals("the manager of another team", 403, SANDBOX.get("/rest/salesteam/1.0/badges?user=" + REP, "m.garcia").statusCode());
        HttpResponse<String> anonymous = SANDBOX.get("/rest/salesteam/1.0/badges?user=" + REP, null);
        assertEquals(401, anonymous.statusCode());
    }

    @Test
    public void seeingBadgesTakesJsonOnlyAndClearsOnlyTheCallersNewOnes() throws Exception {
        String rep = "zhao.li";
        assertTrue(badgesOf(rep, rep).findValues("new").stream().anyMatch(JsonNode::asBoolean));
        assertEquals(415, SANDBOX.send("POST", "/rest/salesteam/1.0/badges/seen", rep, "application/x-www-form-urlencoded", "x=1")
                .statusCode());
        assertEquals(401, SANDBOX.send("POST", "/rest/salesteam/1.0/badges/seen", null, "application/json", "{}").statusCode());

        HttpResponse<String> seen = SANDBOX.send("POST", "/rest/salesteam/1.0/badges/seen", rep, "application/json", "{}");

        assertEquals(seen.body(), 200, seen.statusCode());
        assertTrue(seen.body(), JSON.readTree(seen.body()).get("seen").asInt() > 0);
        assertTrue(badgesOf(rep, rep).findValues("new").stream().noneMatch(JsonNode::asBoolean));
        assertTrue("others keep theirs", badgesOf("huang.qiang", ADMIN).findValues("new").stream().anyMatch(JsonNode::asBoolean));
    }

    @Test
    public void aRepsBoardShowsBadgesButNoHiddenAmountThroughThem() throws Exception {
        String teams = SANDBOX.get("/rest/salesteam/1.0/teams", ADMIN).body();
        String emeaId = teams.replaceAll("(?s).*\"id\":(\\d+),\"name\":\"EMEA Enterprise\".*", "$1");
        String privacy = "/rest/salesteam/1.0/settings/leaderboard-privacy";
        assertEquals(200, SANDBOX.send("PUT", privacy, ADMIN, "application/json",
                "{\"showToReps\":true,\"hideAmountsFromReps\":true,\"excluded\":[]}").statusCode());
        try {
            HttpResponse<String> rep = SANDBOX.get("/rest/salesteam/1.0/leaderboard?metric=revenue-won&period=FY2026-Q1&top=100&team="
                    + emeaId, "e.johnson");
            assertEquals(rep.body(), 200, rep.statusCode());
            JsonNode board = JSON.readTree(rep.body());
            assertTrue(board.get("hiddenAmounts").asBoolean());
            HttpResponse<String> manager = SANDBOX.get("/rest/salesteam/1.0/leaderboard?metric=revenue-won&period=FY2026-Q1&top=100"
                    + "&team=" + emeaId, "m.garcia");
            JsonNode amounts = JSON.readTree(manager.body());
            int withBadges = 0;
            for (JsonNode row : board.get("rows")) {
                withBadges += row.get("badges").size() > 0 ? 1 : 0;
                for (JsonNode badge : row.get("badges")) {
                    String text = badge.toString();
                    assertFalse("a currency sign means an amount: " + text, text.contains("€"));
                    for (JsonNode shown : amounts.get("rows")) {
                        assertFalse("an amount in a badge: " + text, text.contains(shown.get("formatted").asText()));
                        assertFalse("an amount in a badge: " + text, text.contains(shown.get("value").asText()));
                    }
                }
            }
            assertTrue(rep.body(), withBadges > 0);
        } finally {
            SANDBOX.send("PUT", privacy, ADMIN, "application/json",
                    "{\"showToReps\":false,\"hideAmountsFromReps\":true,\"excluded\":[]}");
        }
    }

    @Test
    public void theProfilePanelShowsBadgesToThePersonAndTheirManagerOnly() throws Exception {
        HttpResponse<String> own = SANDBOX.get("/secure/ViewProfile.jspa?name=" + REP, REP);
        assertEquals(200, own.statusCode());
        assertTrue(own.body(), own.body().contains("id=\"salesteam-badges-panel\""));
        assertTrue(own.body(), own.body().contains("salesteam-badge-first-deal-won"));

        HttpResponse<String> manager = SANDBOX.get("/secure/ViewProfile.jspa?name=" + REP, "wang.fang");
        assertTrue(manager.body(), manager.body().contains("id=\"salesteam-badges-panel\""));
        assertFalse("no notification of someone else's badges", manager.body().contains("salesteam-badges-seen"));

        HttpResponse<String> other = SANDBOX.get("/secure/ViewProfile.jspa?name=" + REP, "e.johnson");
        assertEquals(200, other.statusCode());
        assertFalse(other.body(), other.body().contains("salesteam-badges-panel"));
    }
}
