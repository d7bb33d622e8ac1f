package com.salesteam.jira.sandbox;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The competitions REST API and page over real HTTP (Jetty, Jersey, Jackson) as each role, on the sandbox's demo
 * data of 14 May 2026: "Deals won sprint" runs in May, "Revenue race" finished in April and was frozen at start.
 */
public class CompetitionSandboxTest {

    private static final String REST = "/rest/salesteam/1.0/competitions";
    private static final String MANAGER = "m.garcia";
    private static final String REP = "e.johnson";
    private static final String OTHER_REP = "li.wei";
    private static final String ADMIN = SandboxUsers.ADMIN;

    @ClassRule
    public static final SandboxServer SANDBOX = new SandboxServer("sandbox-competitions", "2026-05-14T10:00:00Z",
            "application/json, text/html;q=0.9");

    private static String id(String list, String name) {
        Matcher matcher = Pattern.compile("\"id\":(\\d+),\"name\":\"" + Pattern.quote(name) + "\"").matcher(list);
        assertTrue(list, matcher.find());
        return matcher.group(1);
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    public void everyoneSeesTheCompetitionsTheyTakePartInOrOversee() throws Exception {
        HttpResponse<String> manager = SANDBOX.get(REST, MANAGER);
        assertEquals(manager.body(), 200, manager.statusCode());
        assertTrue(manager.body().contains("\"name\":\"Deals won sprint\""));
        assertTrue(manager.body().contains("\"state\":\"running\",\"daysLeft\":18"));
        assertTrue(manager.body().contains("\"name\":\"Revenue race\""));

        HttpResponse<String> rep = SANDBOX.get(REST + "?state=finished", REP);
        assertEquals(200, rep.statusCode());
        assertTrue(rep.body(), rep.body().contains("\"name\":\"Revenue race\"") && !rep.body().contains("Deals won sprint"));
        assertEquals("not on the roster", "[]", SANDBOX.get(REST, OTHER_REP).body());
        assertEquals(401, SANDBOX.get(REST, null).statusCode());
        HttpResponse<String> state = SANDBOX.get(REST + "?state=someday", REP);
        assertEquals(400, state.statusCode());
        assertTrue(state.body(), state.body().contains("\"errors\":{\"state\":"));
    }

    @Test
    public void theFinishedCompetitionShowsItsFrozenWinnersAndARepSeesNoHiddenAmounts() throws Exception {
        String race = id(SANDBOX.get(REST, ADMIN).body(), "Revenue race");

        HttpResponse<String> manager = SANDBOX.get(REST + "/" + race, MANAGER);
        assertEquals(manager.body(), 200, manager.statusCode());
        assertTrue(manager.body(), manager.body().contains("\"state\":\"finished\""));
        assertTrue(manager.body().contains("\"frozen\":true"));
        assertTrue(manager.body().contains("\"rank\":1,"));
        assertTrue(manager.body(), manager.body().contains("\"winner\":true,\"prize\":\"Weekend in Lisbon\""));
        assertEquals("every amount for the manager", 0, occurrences(manager.body(), "\"value\":null"));

        HttpResponse<String> rep = SANDBOX.get(REST + "/" + race, REP);
        assertEquals(200, rep.statusCode());
        assertTrue(rep.body().contains("\"hiddenAmounts\":true"));
        int rows = occurrences(rep.body(), "\"rank\":");
        assertEquals("only her own amount: " + rep.body(), rows - 1, occurrences(rep.body(), "\"value\":null"));
        assertTrue(rep.body(), rep.body().matches("(?s).*\"userKey\":\"e\\.johnson\",\"name\":\"Emma Johnson\",\"value\":\"[0-9.]+\".*"));
        assertEquals("another team's rep", 404, SANDBOX.get(REST + "/" + race, OTHER_REP).statusCode());
        assertEquals(404, SANDBOX.get(REST + "/999999", ADMIN).statusCode());
    }

    @Test
    public void writesAreJsonOnlyForAdminsAndManagersAndNameEveryBadField() throws Exception {
        String valid = "{\"name\":\"June push\",\"metric\":\"deals-won\",\"start\":\"2026-06-01\",\"end\":\"2026-06-30\","
                + "\"people\":[\"e.johnson\"],\"prizes\":[\"Mug\"]}";
        assertEquals(403, SANDBOX.send("POST", REST, REP, "application/json", valid).statusCode());
        assertEquals(401, SANDBOX.send("POST", REST, null, "application/json", valid).statusCode());
        assertEquals(415, SANDBOX.send("POST", REST, MANAGER, "application/x-www-form-urlencoded", "name=x").statusCode());

        HttpResponse<String> invalid = SANDBOX.send("POST", REST, MANAGER, "application/json",
                "{\"name\":\"\",\"metric\":\"percent-of-quota\",\"start\":\"2026-06-02\",\"end\":\"2026-05-31\"}");
        assertEquals(400, invalid.statusCode());
        for (String field : new String[]{"name", "metric", "end", "participants"}) {
            assertTrue(field + ": " + invalid.body(), invalid.body().contains("\"" + field + "\":"));
        }
        HttpResponse<String> tooLong = SANDBOX.send("POST", REST, MANAGER, "application/json", valid
                .replace("\"end\":\"2026-06-30\"", "\"end\":\"2027-06-30\""));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body(), tooLong.body().contains("\"end\":\"A competition lasts at most 366 days.\""));
        HttpResponse<String> noKpi = SANDBOX.send("POST", REST, MANAGER, "application/json", valid
                .replace("\"metric\":\"deals-won\"", "\"metric\":\"kpi:nope\""));
        assertEquals(400, noKpi.statusCode());
        assertTrue(noKpi.body(), noKpi.body().contains("\"metric\":\"There is no KPI \\\"nope\\\""));

        HttpResponse<String> created = SANDBOX.send("POST", REST, MANAGER, "application/json", valid);
        assertEquals(created.body(), 201, created.statusCode());
        String id = created.body().replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1");
        assertEquals("the rep's manager's sub-team manager does not manage her", 403,
                SANDBOX.send("PUT", REST + "/" + id, "j.smith", "application/json", valid).statusCode());
        HttpResponse<String> updated = SANDBOX.send("PUT", REST + "/" + id, MANAGER, "application/json",
                valid.replace("June push", "June <b>push</b>"));
        assertEquals(updated.body(), 200, updated.statusCode());
        assertTrue(updated.body().contains("\"name\":\"June <b>push</b>\""));
        assertEquals(403, SANDBOX.send("DELETE", REST + "/" + id, REP, null, null).statusCode());
        assertEquals(204, SANDBOX.send("DELETE", REST + "/" + id, MANAGER, null, null).statusCode());
        assertEquals(404, SANDBOX.get(REST + "/" + id, ADMIN).statusCode());
    }

    @Test
    public void thePageListsTheHistoryAndItsFormChecksTheXsrfToken() throws Exception {
        HttpResponse<String> rep = SANDBOX.get("/plugins/servlet/salesteam/competitions", REP);
        assertEquals(200, rep.statusCode());
        assertTrue(rep.body().contains("Revenue race"));
        assertTrue(rep.body(), rep.body().contains("Weekend in Lisbon"));
        assertFalse("reps get no form", rep.body().contains("id=\"salesteam-competition-form\""));

        HttpResponse<String> manager = SANDBOX.get("/plugins/servlet/salesteam/competitions", MANAGER);
        assertTrue(manager.body().contains("id=\"salesteam-competition-form\""));
        String token = manager.body().replaceAll("(?s).*name=\"atl_token\" value=\"([0-9a-f]+)\".*", "$1");
        String form = "name=" + URLEncoder.encode("Form <script>x</script>", StandardCharsets.UTF_8)
                + "&metric=deals-won&scoring=absolute&start=2026-07-01&end=2026-07-31&people=e.johnson";
        HttpResponse<String> forged = SANDBOX.send("POST", "/plugins/servlet/salesteam/competitions", MANAGER,
                "application/x-www-form-urlencoded", form + "&atl_token=forged");
        assertEquals(403, forged.statusCode());
        assertFalse(SANDBOX.get(REST, MANAGER).body().contains("Form <script>"));

        HttpResponse<String> saved = SANDBOX.send("POST", "/plugins/servlet/salesteam/competitions", MANAGER,
                "application/x-www-form-urlencoded", form + "&atl_token=" + token);
        assertEquals(saved.body(), 302, saved.statusCode());
        HttpResponse<String> page = SANDBOX.get("/plugins/servlet/salesteam/competitions?saved=1", MANAGER);
        assertTrue(page.body().contains("Form &lt;script&gt;x&lt;/script&gt;"));
        assertFalse(page.body().contains("Form <script>"));

        HttpResponse<String> anonymous = SANDBOX.get("/plugins/servlet/salesteam/competitions", null);
        assertEquals(302, anonymous.statusCode());
    }
}
