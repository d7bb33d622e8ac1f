package com.salesteam.jira.sandbox;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Amounts in a competition over real HTTP, decided per row: in a two-team competition the manager of one team sees
 * the amounts of their own reps only; top N with the viewer's own place apart and each row's badges; a finished
 * competition deleted by an admin only. Demo data of 14 May 2026; amounts hidden from reps (the default).
 */
public class CompetitionPrivacySandboxTest {

    private static final String REST = "/rest/salesteam/1.0/competitions";
    private static final String ADMIN = SandboxUsers.ADMIN;
    private static final Pattern ROW = Pattern.compile(
            "\\{\"rank\":\\d+,\"userKey\":\"([^\"]+)\",\"name\":\"[^\"]*\",\"value\":(null|\"[0-9.]+\")");

    @ClassRule
    public static final SandboxServer SANDBOX = new SandboxServer("sandbox-competition-privacy",
            "2026-05-14T10:00:00Z", "application/json");

    private static String teamId(String teams, String name) {
        Matcher matcher = Pattern.compile("\"id\":(\\d+),\"name\":\"" + Pattern.quote(name) + "\"").matcher(teams);
        assertTrue(teams, matcher.find());
        return matcher.group(1);
    }

    /** Each row's user and whether its value came (true) or was withheld (false), in order. */
    private static List<String> rows(String board, boolean withValue) {
        List<String> found = new ArrayList<>();
        Matcher matcher = ROW.matcher(board);
        while (matcher.find()) {
            if (withValue == !matcher.group(2).equals("null")) {
                found.add(matcher.group(1));
            }
        }
        return found;
    }

    private String twoRegions() throws Exception {
        String teams = SANDBOX.get("/rest/salesteam/1.0/teams", ADMIN).body();
        HttpResponse<String> created = SANDBOX.send("POST", REST, ADMIN, "application/json",
                "{\"name\":\"Two regions\",\"metric\":\"deals-won\",\"start\":\"2026-05-01\",\"end\":\"2026-05-31\","
                        + "\"teams\":[" + teamId(teams, "EMEA Inside Sales") + "," + teamId(teams, "华东区销售")
                        + "],\"people\":[\"e.johnson\"],\"prizes\":[\"Trip\"]}");
        assertEquals(created.body(), 201, created.statusCode());
        return created.body().replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1");
    }

    @Test
    public void theManagerOfOneOfTwoTeamsSeesNoAmountsOfTheOtherTeamNorOfPeopleTheyDoNotManage() throws Exception {
        String id = twoRegions();

        String smith = SANDBOX.get(REST + "/" + id, "j.smith").body();
        List<String> shown = rows(smith, true);
        List<String> withheld = rows(smith, false);
        assertEquals(smith, List.of("b.walker", "c.hall", "i.lewis", "m.lee", "wu.hao", "zhou.jie"),
                shown.stream().sorted().toList());
        assertTrue(smith, withheld.containsAll(List.of("li.wei", "zhang.min", "e.johnson")));
        assertTrue(smith.contains("\"hiddenAmounts\":true"));

        String wang = SANDBOX.get(REST + "/" + id, "wang.fang").body();
        assertTrue(wang, rows(wang, true).contains("li.wei"));
        assertFalse(wang, rows(wang, true).contains("i.lewis"));
        assertFalse("e.johnson is in EMEA Enterprise", rows(wang, true).contains("e.johnson"));

        String garcia = SANDBOX.get(REST + "/" + id, "m.garcia").body();
        assertTrue("m.garcia manages EMEA Enterprise and the Inside Sales team below it",
                rows(garcia, true).containsAll(List.of("e.johnson", "i.lewis")));
        assertFalse(garcia, rows(garcia, true).contains("li.wei"));

        String admin = SANDBOX.get(REST + "/" + id, ADMIN).body();
        assertEquals(admin, List.of(), rows(admin, false));
        assertEquals(200, SANDBOX.send("PUT", "/rest/salesteam/1.0/settings/leaderboard-privacy", ADMIN,
                "application/json", "{\"showToReps\":true,\"hideAmountsFromReps\":false,\"excluded\":[]}").statusCode());
        try {
            assertEquals("amounts shown to reps: every row", List.of(),
                    rows(SANDBOX.get(REST + "/" + id, "j.smith").body(), false));
        } finally {
            SANDBOX.send("PUT", "/rest/salesteam/1.0/settings/leaderboard-privacy", ADMIN, "application/json",
                    "{\"showToReps\":false,\"hideAmountsFromReps\":true,\"excluded\":[]}");
        }
    }

    @Test
    public void topNGivesTheFirstPlacesTheViewersOwnApartAndEachRowsBadges() throws Exception {
        String list = SANDBOX.get(REST, ADMIN).body();
        Matcher sprint = Pattern.compile("\"id\":(\\d+),\"name\":\"Deals won sprint\"").matcher(list);
        assertTrue(list, sprint.find());
        String all = SANDBOX.get(REST + "/" + sprint.group(1), ADMIN).body();
        List<String> order = rows(all, true);
        String last = order.get(order.size() - 1);

        HttpResponse<String> top = SANDBOX.get(REST + "/" + sprint.group(1) + "?top=3", last);
        assertEquals(top.body(), 200, top.statusCode());
        String placed = top.body().substring(0, top.body().indexOf("\"own\":"));
        List<String> firstThree = new ArrayList<>(rows(placed, true));
        firstThree.addAll(rows(placed, false));
        assertEquals(placed, 3, firstThree.size());
        assertTrue(placed, placed.contains("\"userKey\":\"" + order.get(0) + "\""));
        assertFalse(placed, placed.contains("\"userKey\":\"" + last + "\""));
        assertTrue(top.body(), top.body().contains("\"own\":{\"rank\":"));
        assertTrue(top.body(), top.body().substring(top.body().indexOf("\"own\":")).contains("\"userKey\":\"" + last + "\""));
        assertTrue("each row lists its badges: " + top.body(), top.body().contains("\"badges\":[{\"kind\":"));

        HttpResponse<String> bad = SANDBOX.get(REST + "/" + sprint.group(1) + "?top=lots", last);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("\"errors\":{\"top\":"));
        assertEquals(400, SANDBOX.get(REST + "/" + sprint.group(1) + "?top=0", last).statusCode());
    }

    @Test
    public void onlyAnAdminDeletesTheFinishedCompetitionWhoseWinnersAreRecorded() throws Exception {
        Matcher race = Pattern.compile("\"id\":(\\d+),\"name\":\"Revenue race\"").matcher(SANDBOX.get(REST, ADMIN).body());
        assertTrue(race.find());
        String path = REST + "/" + race.group(1);

        HttpResponse<String> creator = SANDBOX.send("DELETE", path, "m.garcia", null, null);
        assertEquals(creator.body(), 403, creator.statusCode());
        assertTrue(creator.body(), creator.body().contains("only a Jira administrator can delete it"));
        assertEquals(200, SANDBOX.get(path, "m.garcia").statusCode());

        assertEquals(204, SANDBOX.send("DELETE", path, ADMIN, null, null).statusCode());
        assertEquals(404, SANDBOX.get(path, ADMIN).statusCode());
    }
}
