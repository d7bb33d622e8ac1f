package com.salesteam.jira.sandbox;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Over real HTTP on the sandbox's demo data: the company-wide board an admin shows to reps, and a competition whose
 * end is before its start refused with a 400 naming {@code end}.
 */
public class BoardFixSandboxTest {

    private static final String PRIVACY = "/rest/salesteam/1.0/settings/leaderboard-privacy";
    private static final String COMPANY = "/rest/salesteam/1.0/leaderboard?metric=deals-won&period=FY2026-Q2&top=100";
    private static final String REP = "e.johnson";
    private static final String ADMIN = SandboxUsers.ADMIN;

    @ClassRule
    public static final SandboxServer SANDBOX = new SandboxServer("sandbox-boardfix", "2026-05-14T10:00:00Z",
            "application/json");

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static HttpResponse<String> savePrivacy(String json) throws Exception {
        return SANDBOX.send("PUT", PRIVACY, ADMIN, "application/json", json);
    }

    @Test
    public void theCompanyBoardReachesRepsOnlyWhenTheAdminShowsItAndThenWithoutOthersAmounts() throws Exception {
        assertEquals("not shown to reps by default", 403, SANDBOX.get(COMPANY, REP).statusCode());
        assertEquals(401, SANDBOX.get(COMPANY, null).statusCode());

        HttpResponse<String> saved = savePrivacy("{\"showToReps\":false,\"hideAmountsFromReps\":true,"
                + "\"companyBoardToReps\":true,\"excluded\":[]}");
        assertEquals(saved.body(), 200, saved.statusCode());
        assertTrue(saved.body(), saved.body().contains("\"companyBoardToReps\":true"));
        try {
            HttpResponse<String> rep = SANDBOX.get(COMPANY, REP);
            assertEquals(rep.body(), 200, rep.statusCode());
            assertTrue(rep.body(), rep.body().contains("\"scope\":\"all\""));
            assertTrue("every team's reps: " + rep.body(), rep.body().contains("\"name\":\"李伟\""));
            assertTrue(rep.body(), rep.body().contains("\"hiddenAmounts\":true"));
            int rows = occurrences(rep.body(), "\"rank\":");
            assertEquals("only her own amount: " + rep.body(), rows - 1, occurrences(rep.body(), "\"value\":null"));
            assertTrue(rep.body(), rep.body().matches(
                    "(?s).*\"userKey\":\"e\\.johnson\",\"name\":\"Emma Johnson\",\"value\":\"\\d+\".*"));
            String emeaId = SANDBOX.get("/rest/salesteam/1.0/teams", ADMIN).body()
                    .replaceAll("(?s).*\"id\":(\\d+),\"name\":\"EMEA Enterprise\".*", "$1");
            assertEquals("her team's board is still not shared", 403, SANDBOX.get(
                    "/rest/salesteam/1.0/leaderboard?team=" + emeaId, REP).statusCode());

            HttpResponse<String> older = savePrivacy("{\"showToReps\":false,\"hideAmountsFromReps\":false,\"excluded\":[]}");
            assertTrue("a body without the flag keeps it: " + older.body(),
                    older.body().contains("\"companyBoardToReps\":true"));
            HttpResponse<String> shared = SANDBOX.get(COMPANY, REP);
            assertEquals(shared.body(), 200, shared.statusCode());
            assertFalse(shared.body(), shared.body().contains("\"value\":null"));
        } finally {
            savePrivacy("{\"showToReps\":false,\"hideAmountsFromReps\":true,\"companyBoardToReps\":false,\"excluded\":[]}");
        }
        assertEquals(403, SANDBOX.get(COMPANY, REP).statusCode());
    }

    @Test
    public void aPutWithoutTheExclusionsKeepsTheStoredOnes() throws Exception {
        try {
            assertEquals(200, savePrivacy("{\"showToReps\":false,\"hideAmountsFromReps\":true,"
                    + "\"companyBoardToReps\":false,\"excluded\":[\"left.out\"]}").statusCode());

            HttpResponse<String> flags = savePrivacy("{\"showToReps\":true,\"hideAmountsFromReps\":false,"
                    + "\"companyBoardToReps\":false}");

            assertEquals(flags.body(), 200, flags.statusCode());
            String stored = SANDBOX.get(PRIVACY, ADMIN).body();
            assertTrue(stored, stored.contains("\"showToReps\":true"));
            assertTrue("the exclusion is kept: " + stored, stored.contains("\"excluded\":[\"left.out\"]"));
            HttpResponse<String> missing = savePrivacy("{\"hideAmountsFromReps\":false}");
            assertEquals(400, missing.statusCode());
            assertTrue(missing.body(), missing.body().contains("\"showToReps\""));
        } finally {
            savePrivacy("{\"showToReps\":false,\"hideAmountsFromReps\":true,\"companyBoardToReps\":false,\"excluded\":[]}");
        }
    }

    @Test
    public void aCompetitionEndingBeforeItStartsIsA400NamingEnd() throws Exception {
        HttpResponse<String> invalid = SANDBOX.send("POST", "/rest/salesteam/1.0/competitions", "m.garcia",
                "application/json", "{\"name\":\"Backwards\",\"metric\":\"deals-won\",\"start\":\"2026-07-01\","
                        + "\"end\":\"2026-06-30\",\"people\":[\"e.johnson\"],\"prizes\":[\"Mug\"]}");

        assertEquals(invalid.body(), 400, invalid.statusCode());
        assertTrue(invalid.body(), invalid.body().contains("\"errors\":{\"end\":"));
        assertFalse("only the end is wrong: " + invalid.body(), invalid.body().contains("\"start\":"));
        assertFalse("nothing saved", SANDBOX.get("/rest/salesteam/1.0/competitions", SandboxUsers.ADMIN).body()
                .contains("Backwards"));
    }
}
