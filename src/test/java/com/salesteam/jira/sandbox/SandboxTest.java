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
 * The app's REST resources and admin page served by the sandbox over real HTTP (Jetty, Jersey, Jackson), called
 * as each role: anonymous, a rep, a manager and a Jira administrator.
 */
public class SandboxTest {

    private static final String REP = "li.wei";
    private static final String MANAGER = "m.garcia";
    private static final String ADMIN = SandboxUsers.ADMIN;

    @ClassRule
    public static final SandboxServer SANDBOX = new SandboxServer("sandbox-test", "2026-05-14T10:00:00Z",
            "application/json, text/csv;q=0.9");

    private static int teamCount() throws Exception {
        Matcher matcher = Pattern.compile("\"id\":").matcher(SANDBOX.get("/rest/salesteam/1.0/teams", ADMIN).body());
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    public void periodsAreServedToLoggedInUsersOnly() throws Exception {
        HttpResponse<String> rep = SANDBOX.get("/rest/salesteam/1.0/periods", REP);
        assertEquals(200, rep.statusCode());
        assertTrue(rep.body(), rep.body().contains("\"key\":\"FY2026-Q2\""));
        assertTrue(rep.body(), rep.body().contains("\"type\":\"week\""));
        assertTrue(rep.body(), rep.body().contains("\"timeZone\":\"UTC\""));

        assertEquals(401, SANDBOX.get("/rest/salesteam/1.0/periods", null).statusCode());
    }

    @Test
    public void periodRequestsAreValidated() throws Exception {
        HttpResponse<String> type = SANDBOX.get("/rest/salesteam/1.0/periods?type=decade", REP);
        assertEquals(400, type.statusCode());
        assertTrue(type.body(), type.body().contains("\"type\":\"Unknown period type"));

        HttpResponse<String> date = SANDBOX.get("/rest/salesteam/1.0/periods?type=month&date=2026-13-45", REP);
        assertEquals(400, date.statusCode());
        assertTrue(date.body(), date.body().contains("\"date\":"));

        HttpResponse<String> key = SANDBOX.get("/rest/salesteam/1.0/periods?key=FY2027-Q5", REP);
        assertEquals(400, key.statusCode());
        assertTrue(key.body(), key.body().contains("\"key\":"));

        HttpResponse<String> named = SANDBOX.get("/rest/salesteam/1.0/periods?key=FY2027-Q1", REP);
        assertEquals(200, named.statusCode());
        assertTrue(named.body(), named.body().contains("\"start\":\"2027-01-01\""));
    }

    @Test
    public void everyLicensedUserReadsTeams() throws Exception {
        for (String user : new String[]{REP, MANAGER, ADMIN}) {
            HttpResponse<String> response = SANDBOX.get("/rest/salesteam/1.0/teams", user);
            assertEquals(200, response.statusCode());
            assertTrue(response.body(), response.body().contains("华东区销售"));
        }
        assertEquals(401, SANDBOX.get("/rest/salesteam/1.0/teams", null).statusCode());
    }

    @Test
    public void onlyAdminsWriteTeams() throws Exception {
        int before = teamCount();
        String json = "{\"name\":\"Rogue team\"}";

        assertEquals(403, SANDBOX.postJson("/rest/salesteam/1.0/teams", REP, json).statusCode());
        assertEquals(403, SANDBOX.postJson("/rest/salesteam/1.0/teams", MANAGER, json).statusCode());
        assertEquals(401, SANDBOX.postJson("/rest/salesteam/1.0/teams", null, json).statusCode());
        assertEquals(403, SANDBOX.send("DELETE", "/rest/salesteam/1.0/teams/1", REP, null, null).statusCode());

        assertEquals(before, teamCount());
    }

    @Test
    public void adminCreatesUpdatesAndDeletesATeam() throws Exception {
        HttpResponse<String> created = SANDBOX.postJson("/rest/salesteam/1.0/teams", ADMIN,
                "{\"name\":\"Nordics\",\"managerKey\":\"j.smith\",\"members\":[\"e.johnson\",\"李伟\"]}");
        assertEquals(400, created.statusCode());
        assertTrue(created.body(), created.body().contains("\"members[1]\""));

        created = SANDBOX.postJson("/rest/salesteam/1.0/teams", ADMIN,
                "{\"name\":\"Nordics\",\"managerKey\":\"j.smith\",\"members\":[\"e.johnson\",\"li.wei\"]}");
        assertEquals(201, created.statusCode());
        assertTrue(created.body(), created.body().contains("\"displayName\":\"李伟\""));
        String id = created.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");

        HttpResponse<String> updated = SANDBOX.send("PUT", "/rest/salesteam/1.0/teams/" + id, ADMIN, "application/json",
                "{\"name\":\"Nordics & Baltics\",\"members\":[]}");
        assertEquals(200, updated.statusCode());
        assertTrue(SANDBOX.get("/rest/salesteam/1.0/teams/" + id, REP).body().contains("Nordics & Baltics"));

        assertEquals(204, SANDBOX.send("DELETE", "/rest/salesteam/1.0/teams/" + id, ADMIN, null, null).statusCode());
        assertEquals(404, SANDBOX.get("/rest/salesteam/1.0/teams/" + id, REP).statusCode());
    }

    @Test
    public void badTeamWritesGet400NamingTheFieldAndWriteNothing() throws Exception {
        int before = teamCount();

        HttpResponse<String> empty = SANDBOX.postJson("/rest/salesteam/1.0/teams", ADMIN, "{\"name\":\"  \"}");
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body(), empty.body().contains("\"errors\":{\"name\":"));

        HttpResponse<String> tooLong = SANDBOX.postJson("/rest/salesteam/1.0/teams", ADMIN, "{\"name\":\"" + "x".repeat(300) + "\"}");
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body(), tooLong.body().contains("at most 255 characters"));

        HttpResponse<String> duplicate = SANDBOX.postJson("/rest/salesteam/1.0/teams", ADMIN, "{\"name\":\"emea enterprise\"}");
        assertEquals(400, duplicate.statusCode());
        assertTrue(duplicate.body(), duplicate.body().contains("already exists"));

        HttpResponse<String> unknown = SANDBOX.postJson("/rest/salesteam/1.0/teams", ADMIN, "{\"name\":\"Ghosts\",\"members\":[\"nobody\"]}");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body(), unknown.body().contains("\"members[0]\":\"There is no Jira user with the key"));

        HttpResponse<String> form = SANDBOX.send("POST", "/rest/salesteam/1.0/teams", ADMIN,
                "application/x-www-form-urlencoded", "name=Forged");
        assertEquals(415, form.statusCode());
        assertTrue(form.body(), form.body().contains("\"Content-Type\":"));

        assertEquals(before, teamCount());
    }

    @Test
    public void deletingATeamWithSubTeamsIsRefused() throws Exception {
        String teams = SANDBOX.get("/rest/salesteam/1.0/teams", ADMIN).body();
        String emeaId = teams.replaceAll("(?s).*\"id\":(\\d+),\"name\":\"EMEA Enterprise\".*", "$1");

        HttpResponse<String> response = SANDBOX.send("DELETE", "/rest/salesteam/1.0/teams/" + emeaId, ADMIN, null, null);

        assertEquals(409, response.statusCode());
        assertTrue(response.body(), response.body().contains("EMEA Inside Sales"));
    }

    @Test
    public void teamsAdminPageIsForAdminsOnly() throws Exception {
        HttpResponse<String> admin = SANDBOX.send("GET", "/plugins/servlet/salesteam/admin/teams", ADMIN, null, null);
        assertEquals(200, admin.statusCode());
        assertTrue(admin.body().contains("EMEA Enterprise"));
        assertTrue(admin.body().contains("not Jira"));

        assertEquals(403, SANDBOX.send("GET", "/plugins/servlet/salesteam/admin/teams", REP, null, null).statusCode());

        HttpResponse<String> anonymous = SANDBOX.send("GET", "/plugins/servlet/salesteam/admin/teams", null, null, null);
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/jira/login?return="));
    }

    @Test
    public void aManagerCallsTheTeamForecastAndOthersCannot() throws Exception {
        String teams = SANDBOX.get("/rest/salesteam/1.0/teams", ADMIN).body();
        String emeaId = teams.replaceAll("(?s).*\"id\":(\\d+),\"name\":\"EMEA Enterprise\".*", "$1");
        String path = "/rest/salesteam/1.0/forecast-adjustments/team/" + emeaId;

        HttpResponse<String> made = SANDBOX.postJson(path, MANAGER,
                "{\"period\":\"FY2026-Q2\",\"category\":\"commit\",\"amount\":\"EUR 250000\",\"note\":\"<b>two</b> slip\"}");
        assertEquals(made.body(), 201, made.statusCode());
        HttpResponse<String> history = SANDBOX.get(path + "?period=FY2026-Q2", MANAGER);
        assertTrue(history.body(), history.body().contains("\"amount\":\"250000.00\",\"currency\":\"EUR\""));
        assertTrue(history.body(), history.body().contains("\"authorName\":\"Maria Garcia\""));

        HttpResponse<String> bad = SANDBOX.postJson(path, MANAGER, "{\"category\":\"pipeline\",\"amount\":\"abc\"}");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("\"category\":") && bad.body().contains("\"amount\":"));
        assertEquals(403, SANDBOX.get(path, REP).statusCode());
        assertEquals(403, SANDBOX.postJson(path, REP, "{\"category\":\"commit\",\"amount\":\"1\"}").statusCode());
        assertEquals(415, SANDBOX.send("POST", path, MANAGER, "application/x-www-form-urlencoded", "category=commit").statusCode());
    }

    @Test
    public void aManagerSetsARepsQuotaAndTheRepSeesOnlyTheirOwn() throws Exception {
        String quota = "{\"subjectType\":\"rep\",\"subjectKey\":\"e.johnson\",\"period\":\"FY2026-Q2\","
                + "\"metric\":\"revenue-won\",\"target\":\"EUR 150000\"}";
        HttpResponse<String> set = SANDBOX.send("PUT", "/rest/salesteam/1.0/quotas", MANAGER, "application/json", quota);
        assertEquals(set.body(), 200, set.statusCode());
        assertTrue(set.body(), set.body().contains("\"target\":\"150000.00\",\"currency\":\"EUR\""));

        HttpResponse<String> own = SANDBOX.get("/rest/salesteam/1.0/quotas/rep/e.johnson?period=FY2026-Q2&metric=revenue-won",
                "e.johnson");
        assertEquals(own.body(), 200, own.statusCode());
        HttpResponse<String> attainment = SANDBOX.get("/rest/salesteam/1.0/attainment/rep/e.johnson?period=FY2026-Q2", "e.johnson");
        assertEquals(attainment.body(), 200, attainment.statusCode());
        assertTrue(attainment.body(), attainment.body().contains("\"quota\":{\"value\":\"150000.00\",\"currency\":\"EUR\""));
        assertEquals(403, SANDBOX.get("/rest/salesteam/1.0/attainment/rep/e.johnson?period=FY2026-Q2", REP).statusCode());
        assertEquals(403, SANDBOX.get("/rest/salesteam/1.0/quotas/rep/e.johnson?period=FY2026-Q2", REP).statusCode());
        assertEquals(403, SANDBOX.send("PUT", "/rest/salesteam/1.0/quotas", REP, "application/json", quota).statusCode());
        assertEquals(415, SANDBOX.send("PUT", "/rest/salesteam/1.0/quotas", MANAGER, "application/x-www-form-urlencoded",
                "target=1").statusCode());
        HttpResponse<String> bad = SANDBOX.send("PUT", "/rest/salesteam/1.0/quotas", MANAGER, "application/json",
                "{\"subjectType\":\"rep\",\"subjectKey\":\"e.johnson\",\"period\":\"FY2026-Q9\",\"metric\":\"fame\"}");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("\"period\":") && bad.body().contains("\"metric\":"));
    }

    @Test
    public void quotasTravelAsCsvAndABadFileChangesNothing() throws Exception {
        String path = "/rest/salesteam/1.0/quotas/csv";
        String header = "type,subject,period,metric,target,currency\n";
        HttpResponse<String> bad = SANDBOX.send("POST", path, MANAGER, "text/csv",
                header + "rep,e.johnson,FY2026-Q4,deals-won,7,\nrep,<script>x</script>,FY2026-Q4,deals-won,1,\n");
        assertEquals(bad.body(), 400, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("\"rows[3].subject\":"));
        assertTrue(bad.body(), !SANDBOX.get(path, ADMIN).body().contains("FY2026-Q4"));

        HttpResponse<String> imported = SANDBOX.send("POST", path, MANAGER, "text/csv",
                header + "rep,e.johnson,FY2026-Q4,deals-won,7,\n");
        assertEquals(imported.body(), 200, imported.statusCode());
        assertEquals("{\"rows\":1,\"changed\":1}", imported.body().replace("\"changed\":1,\"rows\":1",
                "\"rows\":1,\"changed\":1"));
        HttpResponse<String> exported = SANDBOX.get(path, ADMIN);
        assertEquals(200, exported.statusCode());
        assertTrue(exported.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(exported.body(), exported.body().contains("rep,e.johnson,FY2026-Q4,deals-won,7,"));

        assertEquals(403, SANDBOX.send("POST", path, REP, "text/csv", header + "rep,e.johnson,FY2026-Q4,deals-won,8,\n")
                .statusCode());
        assertEquals(415, SANDBOX.send("POST", path, MANAGER, "text/plain", header).statusCode());
        assertEquals(401, SANDBOX.get(path, null).statusCode());
    }

    @Test
    public void theQuotaGridIsForManagersAndItsPageForAdmins() throws Exception {
        String teams = SANDBOX.get("/rest/salesteam/1.0/teams", ADMIN).body();
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(teams);
        assertTrue(teams, id.find());
        String grid = "/rest/salesteam/1.0/quotas/team/" + id.group(1) + "/grid?year=FY2026&metric=deals-won";
        HttpResponse<String> asAdmin = SANDBOX.get(grid, ADMIN);
        assertEquals(asAdmin.body(), 200, asAdmin.statusCode());
        assertTrue(asAdmin.body(), asAdmin.body().contains("\"periods\":[{") && asAdmin.body().contains("FY2026-Q4"));
        assertEquals(403, SANDBOX.get(grid, REP).statusCode());
        assertEquals(401, SANDBOX.get(grid, null).statusCode());
        assertEquals(400, SANDBOX.get(grid.replace("FY2026", "FY2026-Q1"), ADMIN).statusCode());

        HttpResponse<String> page = SANDBOX.send("GET", "/plugins/servlet/salesteam/admin/quotas", ADMIN, null, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"salesteam-quota-grid\""));
        assertEquals(403, SANDBOX.send("GET", "/plugins/servlet/salesteam/admin/quotas", MANAGER, null, null).statusCode());
    }

    @Test
    public void forecastsFollowTheTeamsWhoMaySeeWhat() throws Exception {
        String teams = SANDBOX.get("/rest/salesteam/1.0/teams", ADMIN).body();
        String emeaId = teams.replaceAll("(?s).*\"id\":(\\d+),\"name\":\"EMEA Enterprise\".*", "$1");

        HttpResponse<String> manager = SANDBOX.get("/rest/salesteam/1.0/forecast/team/" + emeaId + "?period=FY2026-Q2", MANAGER);
        assertEquals(200, manager.statusCode());
        HttpResponse<String> asOf = SANDBOX.get("/rest/salesteam/1.0/forecast/team/" + emeaId + "?period=FY2026-Q2&asOf=2026-05-01", MANAGER);
        assertEquals(asOf.body(), 200, asOf.statusCode());
        HttpResponse<String> badDay = SANDBOX.get("/rest/salesteam/1.0/forecast/team/" + emeaId + "?asOf=May", MANAGER);
        assertEquals(400, badDay.statusCode());
        assertTrue(badDay.body(), badDay.body().contains("\"asOf\":"));
        assertTrue(manager.body(), manager.body().contains("\"subTeams\":[{\"key\":\"team:"));
        assertTrue(manager.body(), manager.body().contains("\"currency\":\"EUR\""));

        assertEquals(403, SANDBOX.get("/rest/salesteam/1.0/forecast/team/" + emeaId, REP).statusCode());
        assertEquals(403, SANDBOX.get("/rest/salesteam/1.0/forecast/rep/e.johnson", REP).statusCode());
        assertEquals(200, SANDBOX.get("/rest/salesteam/1.0/forecast/rep/" + REP, REP).statusCode());
        assertEquals(401, SANDBOX.get("/rest/salesteam/1.0/forecast/rep/" + REP, null).statusCode());
        assertEquals(400, SANDBOX.get("/rest/salesteam/1.0/forecast/rep/" + REP + "?period=soon", REP).statusCode());

        HttpResponse<String> csv = SANDBOX.get("/rest/salesteam/1.0/forecast/team/" + emeaId + "/csv?period=FY2026-Q2", MANAGER);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("EMEA Enterprise"));
    }

    @Test
    public void onlyAdminsSetStageRulesAndBadRowsAreNamed() throws Exception {
        String rules = "[{\"stageId\":\"10001\",\"outcome\":\"open\",\"probability\":20,\"category\":\"pipeline\"}]";
        assertEquals(403, SANDBOX.send("PUT", "/rest/salesteam/1.0/stages", MANAGER, "application/json", rules).statusCode());

        HttpResponse<String> bad = SANDBOX.send("PUT", "/rest/salesteam/1.0/stages", ADMIN, "application/json",
                "[{\"stageId\":\"10001\",\"outcome\":\"open\",\"probability\":150,\"category\":\"pipeline\"}]");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("\"stages[0].probability\""));

        assertEquals(200, SANDBOX.send("PUT", "/rest/salesteam/1.0/stages", ADMIN, "application/json", rules).statusCode());
        HttpResponse<String> read = SANDBOX.get("/rest/salesteam/1.0/stages", REP);
        assertEquals(200, read.statusCode());
        assertTrue(read.body(), read.body().contains("\"probability\":20"));
    }

    @Test
    public void dealsAdminPageAndLedgerRebuildAreForAdminsOnly() throws Exception {
        HttpResponse<String> page = SANDBOX.send("GET", "/plugins/servlet/salesteam/admin/deals", ADMIN, null, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("id=\"salesteam-stages-form\""));
        assertEquals(403, SANDBOX.send("GET", "/plugins/servlet/salesteam/admin/deals", MANAGER, null, null).statusCode());

        assertEquals(403, SANDBOX.send("POST", "/rest/salesteam/1.0/ledger/reconciliation", MANAGER, "application/json", "{}").statusCode());
        HttpResponse<String> rebuilt = SANDBOX.send("POST", "/rest/salesteam/1.0/ledger/reconciliation", ADMIN, "application/json", "{}");
        assertEquals(202, rebuilt.statusCode());
        assertTrue(rebuilt.body(), rebuilt.body().contains("sums rebuilt"));
        assertEquals(415, SANDBOX.send("POST", "/rest/salesteam/1.0/ledger/reconciliation", ADMIN,
                "application/x-www-form-urlencoded", "x=1").statusCode());
    }

    @Test
    public void projectSetupPreviewsThenSetsUpOnceForAdminsOnly() throws Exception {
        HttpResponse<String> page = SANDBOX.send("GET", "/plugins/servlet/salesteam/admin/setup", ADMIN, null, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("<option value=\"CN\">销售华东 (CN)</option>"));
        assertEquals(403, SANDBOX.send("GET", "/plugins/servlet/salesteam/admin/setup", MANAGER, null, null).statusCode());
        assertEquals(403, SANDBOX.get("/rest/salesteam/1.0/setup/deals/CN", MANAGER).statusCode());
        assertEquals(403, SANDBOX.send("POST", "/rest/salesteam/1.0/setup/deals/CN", REP, "application/json", "{}").statusCode());

        HttpResponse<String> preview = SANDBOX.get("/rest/salesteam/1.0/setup/deals/CN", ADMIN);
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body(), preview.body().contains("\"applied\":false"));
        assertTrue(preview.body(), preview.body().contains("\"name\":\"Deal Amount\""));

        HttpResponse<String> applied = SANDBOX.send("POST", "/rest/salesteam/1.0/setup/deals/CN", ADMIN, "application/json", "{}");
        assertEquals(200, applied.statusCode());
        assertTrue(applied.body(), applied.body().contains("\"applied\":true"));
        HttpResponse<String> again = SANDBOX.send("POST", "/rest/salesteam/1.0/setup/deals/CN", ADMIN, "application/json", "{}");
        assertTrue(again.body(), again.body().contains("\"creations\":0"));
        assertTrue(again.body(), again.body().contains("\"complete\":true"));
        assertEquals(415, SANDBOX.send("POST", "/rest/salesteam/1.0/setup/deals/CN", ADMIN,
                "application/x-www-form-urlencoded", "x=1").statusCode());
        assertEquals(404, SANDBOX.get("/rest/salesteam/1.0/setup/deals/NOPE", ADMIN).statusCode());
    }

    // Sales Goal: offered on the setup page next to deals, previewed and set up through the same REST
    @Test
    public void salesGoalsAreOfferedAndSetUpLikeDeals() throws Exception {
        HttpResponse<String> page = SANDBOX.send("GET", "/plugins/servlet/salesteam/admin/setup", ADMIN, null, null);
        assertTrue(page.body(), page.body().contains("<option value=\"goals\">Sales goals</option>"));
        assertEquals(403, SANDBOX.get("/rest/salesteam/1.0/setup/goals/SALES", MANAGER).statusCode());

        HttpResponse<String> preview = SANDBOX.get("/rest/salesteam/1.0/setup/goals/SALES", ADMIN);
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body(), preview.body().contains("\"name\":\"Goal Metric\""));
        HttpResponse<String> applied = SANDBOX.send("POST", "/rest/salesteam/1.0/setup/goals/SALES", ADMIN, "application/json", "{}");
        assertEquals(200, applied.statusCode());
        HttpResponse<String> again = SANDBOX.send("POST", "/rest/salesteam/1.0/setup/goals/SALES", ADMIN, "application/json", "{}");
        assertTrue(again.body(), again.body().contains("\"complete\":true"));
    }

    @Test
    public void indexAndDashboardSayTheyAreASandbox() throws Exception {
        HttpResponse<String> index = SANDBOX.get("/", null);
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("not Jira"));

        HttpResponse<String> dashboard = SANDBOX.get("/dashboard", REP);
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("id=\"gadget-forecast-gadget\""));
        assertTrue("a rep picks no team: " + dashboard.body(), dashboard.body().contains("<option value=\"rep:" + REP + "\">"));
        assertFalse(dashboard.body().contains("value=\"team:"));

        HttpResponse<String> managers = SANDBOX.get("/dashboard", MANAGER);
        assertTrue(managers.body().contains("EMEA Inside Sales"));
        assertFalse("another manager's team is not offered", managers.body().contains("华东区销售"));
    }

    // ---- KPIs

    @Test
    public void everyoneLoggedInReadsTheKpisAndOnlyAdminsDefineThem() throws Exception {
        HttpResponse<String> list = SANDBOX.get("/rest/salesteam/1.0/kpis", REP);
        assertEquals(200, list.statusCode());
        assertTrue(list.body(), list.body().contains("\"key\":\"calls\",\"name\":\"Calls\",\"nameEn\":\"Calls\",\"nameZh\":\"电话\""));
        assertEquals(401, SANDBOX.get("/rest/salesteam/1.0/kpis", null).statusCode());
        assertEquals(403, SANDBOX.get("/rest/salesteam/1.0/kpis?all=true", MANAGER).statusCode());

        String demos = "{\"key\":\"demos\",\"nameEn\":\"Demos\",\"nameZh\":\"演示\",\"unit\":\"count\","
                + "\"source\":\"manual\",\"direction\":\"higher-is-better\",\"benchmarks\":{\"rep\":\"8\",\"manager\":\"2.5\"}}";
        assertEquals(403, SANDBOX.postJson("/rest/salesteam/1.0/kpis", REP, demos).statusCode());
        assertEquals(403, SANDBOX.postJson("/rest/salesteam/1.0/kpis", MANAGER, demos).statusCode());
        assertEquals(401, SANDBOX.postJson("/rest/salesteam/1.0/kpis", null, demos).statusCode());
        assertEquals(415, SANDBOX.send("POST", "/rest/salesteam/1.0/kpis", ADMIN, "application/x-www-form-urlencoded",
                "key=demos").statusCode());
        HttpResponse<String> bad = SANDBOX.postJson("/rest/salesteam/1.0/kpis", ADMIN,
                "{\"key\":\"Demos!\",\"unit\":\"miles\",\"source\":\"jql-count\",\"jql\":\" \"}");
        assertEquals(400, bad.statusCode());
        for (String field : new String[]{"key", "nameEn", "nameZh", "unit", "jql", "direction", "benchmarks.rep"}) {
            assertTrue(field + ": " + bad.body(), bad.body().contains("\"" + field + "\":"));
        }
        assertFalse(SANDBOX.get("/rest/salesteam/1.0/kpis?all=true", ADMIN).body().contains("\"demos\""));

        HttpResponse<String> created = SANDBOX.postJson("/rest/salesteam/1.0/kpis", ADMIN, demos);
        assertEquals(created.body(), 201, created.statusCode());
        assertTrue(created.body(), created.body().contains("\"benchmarks\":{\"rep\":\"8\",\"manager\":\"2.5\"}"));
        String retired = demos.replace("\"unit\"", "\"active\":false,\"unit\"");
        assertEquals(403, SANDBOX.send("PUT", "/rest/salesteam/1.0/kpis/demos", MANAGER, "application/json", retired).statusCode());
        HttpResponse<String> updated = SANDBOX.send("PUT", "/rest/salesteam/1.0/kpis/demos", ADMIN, "application/json", retired);
        assertEquals(updated.body(), 200, updated.statusCode());
        assertFalse(SANDBOX.get("/rest/salesteam/1.0/kpis", REP).body().contains("\"demos\""));
        assertTrue(SANDBOX.get("/rest/salesteam/1.0/kpis?all=true", ADMIN).body().contains("\"key\":\"demos\""));
        assertEquals(404, SANDBOX.send("PUT", "/rest/salesteam/1.0/kpis/ghost", ADMIN, "application/json", demos).statusCode());
    }

    @Test
    public void repsLogTheirOwnActivityAndManagersTheirTeams() throws Exception {
        String path = "/rest/salesteam/1.0/kpis/entries";
        HttpResponse<String> own = SANDBOX.send("PUT", path, REP, "application/json",
                "{\"kpi\":\"calls\",\"day\":\"2026-05-14\",\"value\":\"12\"}");
        assertEquals(own.body(), 200, own.statusCode());
        assertEquals("{\"kpi\":\"calls\",\"user\":\"li.wei\",\"day\":\"2026-05-14\",\"value\":\"12\"}", own.body());
        assertEquals(200, SANDBOX.send("PUT", path, REP, "application/json",
                "{\"kpi\":\"calls\",\"day\":\"2026-05-14\",\"value\":\"13\"}").statusCode());
        HttpResponse<String> read = SANDBOX.get(path + "?from=2026-05-01&to=2026-05-14", REP);
        assertEquals(200, read.statusCode());
        assertTrue(read.body(), read.body().contains("\"value\":\"13\"") && !read.body().contains("\"value\":\"12\""));

        String forLewis = "{\"kpi\":\"meetings\",\"user\":\"i.lewis\",\"day\":\"2026-05-13\",\"value\":\"3\"}";
        assertEquals("i.lewis is in EMEA Inside Sales, below the manager's team", 200,
                SANDBOX.send("PUT", path, MANAGER, "application/json", forLewis).statusCode());
        assertEquals(403, SANDBOX.send("PUT", path, REP, "application/json", forLewis).statusCode());
        assertEquals(403, SANDBOX.send("PUT", path, MANAGER, "application/json",
                "{\"kpi\":\"calls\",\"user\":\"li.wei\",\"day\":\"2026-05-13\",\"value\":\"1\"}").statusCode());
        assertEquals(401, SANDBOX.send("PUT", path, null, "application/json", forLewis).statusCode());
        assertEquals(415, SANDBOX.send("PUT", path, MANAGER, "application/x-www-form-urlencoded", "kpi=calls").statusCode());
        HttpResponse<String> bad = SANDBOX.send("PUT", path, REP, "application/json",
                "{\"kpi\":\"calls\",\"day\":\"2026-05-15\",\"value\":\"-1\"}");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("\"day\":\"This day has not come yet.\"") && bad.body().contains("\"value\":"));

        for (String reader : new String[]{MANAGER, ADMIN}) {
            HttpResponse<String> lewis = SANDBOX.get(path + "?user=i.lewis", reader);
            assertEquals(200, lewis.statusCode());
            assertTrue(lewis.body(), lewis.body().contains("\"kpi\":\"meetings\",\"user\":\"i.lewis\",\"day\":\"2026-05-13\",\"value\":\"3\""));
        }
        assertEquals(403, SANDBOX.get(path + "?user=i.lewis", REP).statusCode());
        assertEquals(401, SANDBOX.get(path, null).statusCode());

        String teams = SANDBOX.get("/rest/salesteam/1.0/teams", ADMIN).body();
        String emeaId = teams.replaceAll("(?s).*\"id\":(\\d+),\"name\":\"EMEA Enterprise\".*", "$1");
        HttpResponse<String> sums = SANDBOX.get("/rest/salesteam/1.0/kpis/sums?kpi=meetings&team=" + emeaId, MANAGER);
        assertEquals(sums.body(), 200, sums.statusCode());
        assertTrue(sums.body(), sums.body().contains("\"i.lewis\":\"3\""));
        assertEquals(403, SANDBOX.get("/rest/salesteam/1.0/kpis/sums?kpi=meetings&team=" + emeaId, REP).statusCode());
    }

    @Test
    public void logActivityIsForEveryoneLoggedInAndTheKpiPageForAdmins() throws Exception {
        HttpResponse<String> rep = SANDBOX.send("GET", "/plugins/servlet/salesteam/activity", REP, null, null);
        assertEquals(200, rep.statusCode());
        assertTrue(rep.body(), rep.body().contains("id=\"salesteam-activity-form\"") && rep.body().contains("not Jira"));
        assertTrue(rep.body(), rep.body().contains("value=\"2026-05-14\""));
        HttpResponse<String> anonymous = SANDBOX.send("GET", "/plugins/servlet/salesteam/activity", null, null, null);
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/jira/login?return="));

        HttpResponse<String> admin = SANDBOX.send("GET", "/plugins/servlet/salesteam/admin/kpis", ADMIN, null, null);
        assertEquals(200, admin.statusCode());
        assertTrue(admin.body(), admin.body().contains("<tr data-kpi-key=\"meetings\">"));
        assertEquals(403, SANDBOX.send("GET", "/plugins/servlet/salesteam/admin/kpis", MANAGER, null, null).statusCode());
        assertEquals(403, SANDBOX.send("GET", "/plugins/servlet/salesteam/admin/kpis", REP, null, null).statusCode());
    }

    // ---- KPI Scorecard

    @Test
    public void aPersonsScorecardIsForThemTheirManagersAndAdmins() throws Exception {
        String path = "/rest/salesteam/1.0/scorecards/rep/li.wei?period=FY2026-Q2";
        for (String reader : new String[]{REP, "wang.fang", ADMIN}) {
            HttpResponse<String> scorecard = SANDBOX.get(path, reader);
            assertEquals(reader + ": " + scorecard.body(), 200, scorecard.statusCode());
            assertTrue(scorecard.body(), scorecard.body().contains("\"user\":\"li.wei\",\"name\":\"李伟\","
                    + "\"period\":\"FY2026-Q2\",\"role\":\"rep\""));
            assertTrue(scorecard.body(), scorecard.body().contains("\"kpi\":\"deals-won\""));
            assertTrue(scorecard.body(), scorecard.body().contains("\"benchmark\":\"600\""));
        }
        assertEquals("a manager of another team", 403, SANDBOX.get(path, MANAGER).statusCode());
        assertEquals("a colleague", 403, SANDBOX.get(path.replace("li.wei", "zhang.min"), REP).statusCode());
        assertEquals(401, SANDBOX.get(path, null).statusCode());
        assertEquals(400, SANDBOX.get("/rest/salesteam/1.0/scorecards/rep/li.wei?period=FY2026-Q7", REP).statusCode());
    }

    @Test
    public void aTeamsScorecardsAreForItsManagersAndAdmins() throws Exception {
        String teams = SANDBOX.get("/rest/salesteam/1.0/teams", ADMIN).body();
        String emeaId = teams.replaceAll("(?s).*\"id\":(\\d+),\"name\":\"EMEA Enterprise\".*", "$1");
        String path = "/rest/salesteam/1.0/scorecards/team/" + emeaId + "?period=FY2026-Q2";
        for (String reader : new String[]{MANAGER, ADMIN}) {
            HttpResponse<String> team = SANDBOX.get(path, reader);
            assertEquals(reader + ": " + team.body(), 200, team.statusCode());
            assertTrue(team.body(), team.body().contains("\"name\":\"EMEA Enterprise\""));
            assertTrue(team.body(), team.body().contains("\"user\":\"e.johnson\""));
            assertTrue("nested: the sub-team's members too", team.body().contains("\"user\":\"i.lewis\""));
        }
        assertEquals(403, SANDBOX.get(path, REP).statusCode());
        assertEquals(403, SANDBOX.get(path, "e.johnson").statusCode());
        assertEquals(401, SANDBOX.get(path, null).statusCode());
    }

    @Test
    public void onlyAdminsReadAndSetTheScorecardWeightsAsJson() throws Exception {
        String path = "/rest/salesteam/1.0/scorecards/weights";
        HttpResponse<String> weights = SANDBOX.get(path, ADMIN);
        assertEquals(200, weights.statusCode());
        assertTrue(weights.body(), weights.body().contains("{\"kpi\":\"deals-won\",\"weight\":\"30\",\"cap\":\"150\"}"));
        for (String user : new String[]{REP, MANAGER}) {
            assertEquals(403, SANDBOX.get(path, user).statusCode());
            assertEquals(403, SANDBOX.send("PUT", path, user, "application/json", "{\"manager\":[]}").statusCode());
        }
        assertEquals(401, SANDBOX.get(path, null).statusCode());
        assertEquals(415, SANDBOX.send("PUT", path, ADMIN, "application/x-www-form-urlencoded", "rep=calls").statusCode());

        HttpResponse<String> bad = SANDBOX.send("PUT", path, ADMIN, "application/json",
                "{\"rep\":[{\"kpi\":\"ghost\",\"weight\":\"50\"},{\"kpi\":\"calls\",\"weight\":\"-5\"}],"
                        + "\"manager\":[{\"kpi\":\"calls\",\"weight\":\"60\"},{\"kpi\":\"calls\",\"weight\":\"30\"}]}");
        assertEquals(bad.body(), 400, bad.statusCode());
        for (String field : new String[]{"rep[0].kpi", "rep[1].weight", "manager[1].kpi"}) {
            assertTrue(field + ": " + bad.body(), bad.body().contains("\"" + field + "\":"));
        }
        HttpResponse<String> total = SANDBOX.send("PUT", path, ADMIN, "application/json",
                "{\"manager\":[{\"kpi\":\"meetings\",\"weight\":\"60\"}]}");
        assertTrue(total.body(), total.body().contains("\"manager\":\"The weights add up to 60 %"));
        assertEquals("nothing was written", weights.body(), SANDBOX.get(path, ADMIN).body());

        String same = "{\"manager\":[{\"kpi\":\"meetings\",\"weight\":\"50\"},{\"kpi\":\"deals-won\",\"weight\":\"50\"}]}";
        HttpResponse<String> saved = SANDBOX.send("PUT", path, ADMIN, "application/json", same);
        assertEquals(saved.body(), 200, saved.statusCode());
        assertEquals(weights.body(), saved.body());

        HttpResponse<String> page = SANDBOX.send("GET", "/plugins/servlet/salesteam/admin/kpis", ADMIN, null, null);
        assertTrue(page.body(), page.body().contains("data-role=\"rep\"") && page.body().contains("salesteam-scorecard-admin.js"));
    }

    // --- Quota Attainment gadget ---

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    public void teamAttainmentFollowsTheRolesAndWhatTheAdminSharesWithReps() throws Exception {
        String teams = SANDBOX.get("/rest/salesteam/1.0/teams", ADMIN).body();
        String emeaId = teams.replaceAll("(?s).*\"id\":(\\d+),\"name\":\"EMEA Enterprise\".*", "$1");
        String path = "/rest/salesteam/1.0/attainment/team/" + emeaId + "?period=FY2026-Q2";
        String sharing = "/rest/salesteam/1.0/settings/attainment-visibility";

        for (String user : new String[]{MANAGER, ADMIN}) {
            HttpResponse<String> full = SANDBOX.get(path, user);
            assertEquals(full.body(), 200, full.statusCode());
            assertTrue(full.body(), full.body().contains("\"shown\":\"all\""));
            assertTrue(full.body(), full.body().contains("\"name\":\"Liam Brown\""));
            assertTrue("demo quotas: " + full.body(), occurrences(full.body(), "\"quota\":{\"value\"") >= 7);
        }
        assertEquals("the sub-team's manager is not above EMEA Enterprise", 403, SANDBOX.get(path, "j.smith").statusCode());
        assertEquals("a rep of another team", 403, SANDBOX.get(path, REP).statusCode());
        assertEquals(401, SANDBOX.get(path, null).statusCode());

        HttpResponse<String> own = SANDBOX.get(path, "e.johnson");
        assertEquals(own.body(), 200, own.statusCode());
        assertTrue(own.body(), own.body().contains("\"shown\":\"own-row\",\"team\":null"));
        assertTrue(own.body(), own.body().contains("\"subjectKey\":\"e.johnson\""));
        assertFalse(own.body(), own.body().contains("l.brown"));

        assertEquals(403, SANDBOX.get(sharing, "e.johnson").statusCode());
        assertEquals(403, SANDBOX.get(sharing, MANAGER).statusCode());
        assertEquals(401, SANDBOX.get(sharing, null).statusCode());
        assertEquals("{\"showTeamToReps\":false,\"hideAmounts\":true}", SANDBOX.get(sharing, ADMIN).body());
        String on = "{\"showTeamToReps\":true,\"hideAmounts\":true}";
        assertEquals(403, SANDBOX.send("PUT", sharing, MANAGER, "application/json", on).statusCode());
        assertEquals(415, SANDBOX.send("PUT", sharing, ADMIN, "application/x-www-form-urlencoded", "showTeamToReps=true")
                .statusCode());
        HttpResponse<String> partial = SANDBOX.send("PUT", sharing, ADMIN, "application/json", "{\"showTeamToReps\":true}");
        assertEquals(400, partial.statusCode());
        assertTrue(partial.body(), partial.body().contains("\"hideAmounts\":"));
        assertEquals(200, SANDBOX.send("PUT", sharing, ADMIN, "application/json", on).statusCode());
        try {
            HttpResponse<String> shared = SANDBOX.get(path, "e.johnson");
            assertEquals(shared.body(), 200, shared.statusCode());
            assertTrue(shared.body(), shared.body().contains("\"shown\":\"team-without-amounts\""));
            assertTrue(shared.body(), shared.body().contains("\"name\":\"Liam Brown\",\"amountsHidden\":true"));
            assertEquals("amounts of the rep's own row only: " + shared.body(), 1,
                    occurrences(shared.body(), "\"quota\":"));
            assertTrue(shared.body(), shared.body().contains("\"pacePercent\":"));
        } finally {
            SANDBOX.send("PUT", sharing, ADMIN, "application/json", "{\"showTeamToReps\":false,\"hideAmounts\":true}");
        }
    }

    // --- Team group sync ---

    @Test
    public void emeaInsideSalesFollowsItsGroupAndOnlyAdminsSyncItNow() throws Exception {
        String teams = SANDBOX.get("/rest/salesteam/1.0/teams", ADMIN).body();
        assertTrue(teams, teams.contains("\"groupName\":\"" + SandboxGroups.EMEA_INSIDE_SALES + "\""));
        assertFalse("the deactivated user is no member: " + teams, teams.contains(SandboxGroups.DEACTIVATED));
        String id = teams.replaceAll("(?s).*\"id\":(\\d+),\"name\":\"EMEA Inside Sales\".*", "$1");
        String sync = "/rest/salesteam/1.0/teams/" + id + "/sync";

        assertEquals(403, SANDBOX.postJson(sync, MANAGER, "{}").statusCode());
        assertEquals(403, SANDBOX.postJson(sync, REP, "{}").statusCode());
        assertEquals(401, SANDBOX.postJson(sync, null, "{}").statusCode());
        assertEquals(415, SANDBOX.send("POST", sync, ADMIN, "application/x-www-form-urlencoded", "x=1").statusCode());
        HttpResponse<String> now = SANDBOX.postJson(sync, ADMIN, "{}");
        assertEquals(now.body(), 200, now.statusCode());
        assertTrue(now.body(), now.body().contains("\"added\":0,\"removed\":0,\"error\":null"));
        assertTrue(now.body(), now.body().contains("\"syncedAt\":\"2026-05-14T10:00:00Z\""));

        HttpResponse<String> explicit = SANDBOX.postJson("/rest/salesteam/1.0/teams", ADMIN,
                "{\"name\":\"Synced by hand\",\"groupName\":\"sales-east-china\",\"members\":[\"li.wei\"]}");
        assertEquals(400, explicit.statusCode());
        assertTrue(explicit.body(), explicit.body().contains("\"members\":"));

        String page = SANDBOX.get("/plugins/servlet/salesteam/admin/teams", ADMIN).body();
        assertTrue(page, page.contains("Group: emea-inside-sales"));
        assertTrue(page, page.contains("Last sync 2026-05-14 10:00 UTC: 0 added, 0 removed"));
        assertTrue(page, page.contains("class=\"aui-button aui-button-link salesteam-team-sync-now\""));
    }

    // --- Commission pages: the commission REST and both pages, per role ---

    private static final String COMMISSION = "/rest/salesteam/1.0/commission";
    /** A demo rep of EMEA Enterprise, the team the demo plan is assigned to this quarter. */
    private static final String EMEA_REP = "e.johnson";

    @Test
    public void adminCreatesACommissionPlanAndBadTiersComeBackByField() throws Exception {
        HttpResponse<String> bad = SANDBOX.postJson(COMMISSION + "/plans", ADMIN, "{\"name\":\"Bad tiers\",\"currency\":\"EUR\","
                + "\"kind\":\"marginal-tiers\",\"tiers\":[{\"from\":\"0\",\"to\":\"100000\",\"rate\":\"150\"},"
                + "{\"from\":\"50000\",\"to\":\"\",\"rate\":\"6\"}]}");
        assertEquals(bad.body(), 400, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("\"tiers[0].rate\":\"150 % is not a rate"));
        assertTrue(bad.body(), bad.body().contains("\"tiers[1].from\":\"This tier starts at 50000, inside the tier before it"));

        String good = "{\"name\":\"Nordics retroactive\",\"currency\":\"EUR\",\"kind\":\"retroactive-tiers\","
                + "\"tiers\":[{\"from\":\"0\",\"to\":\"50000\",\"rate\":\"3\"},{\"from\":\"50000\",\"rate\":\"5\"}]}";
        assertEquals(403, SANDBOX.postJson(COMMISSION + "/plans", EMEA_REP, good).statusCode());
        assertEquals(403, SANDBOX.postJson(COMMISSION + "/plans", MANAGER, good).statusCode());
        assertEquals(401, SANDBOX.postJson(COMMISSION + "/plans", null, good).statusCode());
        assertEquals(415, SANDBOX.send("POST", COMMISSION + "/plans", ADMIN, "application/x-www-form-urlencoded",
                "name=Nordics").statusCode());
        HttpResponse<String> created = SANDBOX.postJson(COMMISSION + "/plans", ADMIN, good);
        assertEquals(created.body(), 200, created.statusCode());
        assertTrue(created.body(), created.body().contains("\"kind\":\"retroactive-tiers\""));

        String page = SANDBOX.get("/plugins/servlet/salesteam/admin/commission", ADMIN).body();
        assertTrue(page, page.contains("Nordics retroactive"));
        assertTrue(page, page.contains("EMEA Enterprise <span class=\"aui-lozenge aui-lozenge-subtle\">Team</span>"));
        assertEquals(403, SANDBOX.get("/plugins/servlet/salesteam/admin/commission", MANAGER).statusCode());
    }

    @Test
    public void aRepReadsTheirOwnStatementOnlyAndTheirManagerReadsIt() throws Exception {
        String own = COMMISSION + "/statement/rep/" + EMEA_REP + "?period=FY2026-Q2";
        HttpResponse<String> rep = SANDBOX.get(own, EMEA_REP);
        assertEquals(rep.body(), 200, rep.statusCode());
        assertTrue(rep.body(), rep.body().contains("\"name\":\"EMEA marginal\""));
        assertTrue(rep.body(), rep.body().contains("\"kind\":\"credit\""));

        assertEquals(403, SANDBOX.get(COMMISSION + "/statement/rep/" + REP + "?period=FY2026-Q2", EMEA_REP).statusCode());
        assertEquals(403, SANDBOX.get(own, REP).statusCode());
        assertEquals(200, SANDBOX.get(own, MANAGER).statusCode());
        assertEquals(200, SANDBOX.get(own, ADMIN).statusCode());
        assertEquals(401, SANDBOX.get(own, null).statusCode());
    }

    @Test
    public void theStatementDownloadsAsCsv() throws Exception {
        HttpResponse<String> csv = SANDBOX.get(COMMISSION + "/statement/rep/" + EMEA_REP + "/csv?period=FY2026-Q2", EMEA_REP);
        assertEquals(csv.body(), 200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse(""),
                csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("commission-statement.csv"));
    }

    @Test
    public void theStatementPageExplainsLinesOrSaysWhatToDo() throws Exception {
        String path = "/plugins/servlet/salesteam/commission/statement";
        HttpResponse<String> rep = SANDBOX.get(path, EMEA_REP);
        assertEquals(200, rep.statusCode());
        assertTrue(rep.body(), rep.body().contains("id=\"salesteam-statement-lines\""));
        assertTrue(rep.body(), rep.body().contains("Plan: EMEA marginal (Marginal tiers, EUR)"));
        assertTrue(rep.body(), rep.body().contains("/rest/salesteam/1.0/commission/statement/rep/e.johnson/csv?period=FY2026-Q2"));

        String east = SANDBOX.get(path, REP).body();
        assertTrue(east, east.contains("Ask your admin to assign a commission plan."));
        assertFalse(east, east.contains("salesteam-statement-lines"));

        String member = SANDBOX.get(path + "?rep=" + EMEA_REP, MANAGER).body();
        assertTrue(member, member.contains("<option value=\"e.johnson\" selected>Emma Johnson</option>"));
        assertTrue(member, member.contains("id=\"salesteam-statement-lines\""));
        String refused = SANDBOX.get(path + "?rep=" + EMEA_REP, REP).body();
        assertTrue(refused, refused.contains("id=\"salesteam-statement-error\""));
        assertFalse(refused, refused.contains("salesteam-statement-lines"));

        HttpResponse<String> anonymous = SANDBOX.get(path, null);
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/login"));
    }

    // --- Leaderboards ---

    @Test
    public void leaderboardsFollowTheRolesAndWhatTheAdminSharesWithReps() throws Exception {
        String teams = SANDBOX.get("/rest/salesteam/1.0/teams", ADMIN).body();
        String emeaId = teams.replaceAll("(?s).*\"id\":(\\d+),\"name\":\"EMEA Enterprise\".*", "$1");
        String chinaId = teams.replaceAll("(?s).*\"id\":(\\d+),\"name\":\"华东区销售\".*", "$1");
        String board = "/rest/salesteam/1.0/leaderboard?metric=deals-won&period=FY2026-Q2&top=100&team=";
        String privacy = "/rest/salesteam/1.0/settings/leaderboard-privacy";

        HttpResponse<String> manager = SANDBOX.get(board + emeaId, MANAGER);
        assertEquals(manager.body(), 200, manager.statusCode());
        assertTrue(manager.body(), manager.body().startsWith("{\"metric\":\"deals-won\",\"period\":\"FY2026-Q2\","
                + "\"previousPeriod\":\"FY2026-Q1\",\"scope\":\"team:" + emeaId + "\""));
        assertTrue(manager.body(), manager.body().contains("\"rank\":1,"));
        assertTrue("the nested team is on the board: " + manager.body(), manager.body().contains("\"name\":\"Isabella Lewis\""));
        assertEquals("13 reps, every amount shown: " + manager.body(), 0, occurrences(manager.body(), "\"value\":null"));
        assertTrue(manager.body(), manager.body().contains("\"hiddenAmounts\":false"));

        HttpResponse<String> everyone = SANDBOX.get("/rest/salesteam/1.0/leaderboard?metric=deals-won&top=100", ADMIN);
        assertEquals(everyone.body(), 200, everyone.statusCode());
        assertTrue(everyone.body(), everyone.body().contains("\"scope\":\"all\""));
        assertTrue(everyone.body(), everyone.body().contains("\"name\":\"李伟\""));
        assertEquals("only admins see every rep", 403,
                SANDBOX.get("/rest/salesteam/1.0/leaderboard?metric=deals-won", MANAGER).statusCode());

        assertEquals("the sub-team's manager is not above EMEA Enterprise", 403, SANDBOX.get(board + emeaId, "j.smith").statusCode());
        assertEquals("not shared with reps yet", 403, SANDBOX.get(board + emeaId, "e.johnson").statusCode());
        assertEquals(401, SANDBOX.get(board + emeaId, null).statusCode());
        HttpResponse<String> week = SANDBOX.get("/rest/salesteam/1.0/leaderboard?period=2026-W60&team=" + emeaId, MANAGER);
        assertEquals(400, week.statusCode());
        assertTrue(week.body(), week.body().contains("\"period\":") && week.body().contains("custom range"));
        HttpResponse<String> notANumber = SANDBOX.get("/rest/salesteam/1.0/leaderboard?team=emea&top=ten", MANAGER);
        assertEquals(400, notANumber.statusCode());
        assertTrue(notANumber.body(), notANumber.body().contains("\"team\":"));

        assertEquals(403, SANDBOX.get(privacy, "e.johnson").statusCode());
        assertEquals(403, SANDBOX.get(privacy, MANAGER).statusCode());
        assertEquals(401, SANDBOX.get(privacy, null).statusCode());
        assertEquals("{\"showToReps\":false,\"hideAmountsFromReps\":true,\"companyBoardToReps\":false,\"excluded\":[]}",
                SANDBOX.get(privacy, ADMIN).body());
        String shown = "{\"showToReps\":true,\"hideAmountsFromReps\":true,\"excluded\":[\"s.martin\"]}";
        assertEquals(403, SANDBOX.send("PUT", privacy, MANAGER, "application/json", shown).statusCode());
        assertEquals(415, SANDBOX.send("PUT", privacy, ADMIN, "application/x-www-form-urlencoded", "showToReps=true").statusCode());
        HttpResponse<String> partial = SANDBOX.send("PUT", privacy, ADMIN, "application/json", "{\"showToReps\":true}");
        assertEquals(400, partial.statusCode());
        assertTrue(partial.body(), partial.body().contains("\"hideAmountsFromReps\":"));
        assertFalse("no list keeps the stored one: " + partial.body(), partial.body().contains("\"excluded\":"));
        HttpResponse<String> saved = SANDBOX.send("PUT", privacy, ADMIN, "application/json", shown);
        assertEquals(saved.body(), "{\"showToReps\":true,\"hideAmountsFromReps\":true,\"companyBoardToReps\":false,"
                + "\"excluded\":[\"s.martin\"]}", saved.body());
        try {
            HttpResponse<String> rep = SANDBOX.get(board + emeaId, "e.johnson");
            assertEquals(rep.body(), 200, rep.statusCode());
            assertTrue(rep.body(), rep.body().contains("\"hiddenAmounts\":true"));
            assertFalse("excluded: " + rep.body(), rep.body().contains("s.martin"));
            assertEquals("12 reps left, only her own amount: " + rep.body(), 11, occurrences(rep.body(), "\"value\":null"));
            assertTrue(rep.body(), rep.body().matches("(?s).*\"userKey\":\"e\\.johnson\",\"name\":\"Emma Johnson\",\"value\":\"\\d+\".*\"self\":true.*"));
            assertTrue(rep.body(), rep.body().contains("\"name\":\"Liam Brown\",\"value\":null,\"formatted\":null"));

            assertEquals("another team's board, amounts or not", 403, SANDBOX.get(board + chinaId, "e.johnson").statusCode());
            assertEquals(403, SANDBOX.get(board + emeaId, REP).statusCode());
            assertEquals(403, SANDBOX.get("/rest/salesteam/1.0/leaderboard", "e.johnson").statusCode());
        } finally {
            SANDBOX.send("PUT", privacy, ADMIN, "application/json",
                    "{\"showToReps\":false,\"hideAmountsFromReps\":true,\"excluded\":[]}");
        }
    }
}
