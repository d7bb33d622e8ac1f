package com.salesteam.jira.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Retroactive tiers of attainment over real HTTP: admins only, JSON only, each bad basis or band a 400 naming its
 * field with nothing saved, and a good plan read back with its basis.
 */
public class AttainmentTiersSandboxTest {

    private static final String PLANS = "/rest/salesteam/1.0/commission/plans";
    private static final String ADMIN = SandboxUsers.ADMIN;
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final SandboxServer SANDBOX = new SandboxServer("attainment-tiers-sandbox-test",
            "2026-05-14T10:00:00Z", "application/json, text/html;q=0.9");

    private static String plan(String basis, String secondFrom, String rate) {
        return "{\"name\":\"Quota tiers\",\"currency\":\"EUR\",\"kind\":\"retroactive-tiers\",\"tierBasis\":\"" + basis
                + "\",\"tiers\":[{\"from\":\"0\",\"to\":\"100\",\"rate\":\"3\"},{\"from\":\"" + secondFrom
                + "\",\"to\":\"\",\"rate\":\"" + rate + "\"}]}";
    }

    private static void refusedNaming(String body, String field) throws Exception {
        String before = SANDBOX.get(PLANS, ADMIN).body();
        HttpResponse<String> refused = SANDBOX.postJson(PLANS, ADMIN, body);
        assertEquals(refused.body(), 400, refused.statusCode());
        JsonNode errors = JSON.readTree(refused.body()).get("errors");
        assertEquals(refused.body(), 1, errors.size());
        assertTrue(refused.body(), errors.has(field));
        assertEquals("nothing saved", before, SANDBOX.get(PLANS, ADMIN).body());
    }

    @Test
    public void anUnknownBasisIsA400NamingTierBasis() throws Exception {
        refusedNaming(plan("quota", "100", "5"), "tierBasis");
    }

    @Test
    public void overlappingBandsAreA400NamingTheBand() throws Exception {
        refusedNaming(plan("attainment", "90", "5"), "tiers[1].from");
    }

    @Test
    public void aRateAbove100PercentIsA400NamingTheRate() throws Exception {
        refusedNaming(plan("attainment", "100", "100.01"), "tiers[1].rate");
    }

    @Test
    public void marginalTiersOfAttainmentAreA400NamingTierBasis() throws Exception {
        refusedNaming(plan("attainment", "100", "5").replace("retroactive-tiers", "marginal-tiers"), "tierBasis");
    }

    @Test
    public void onlyAdminsWriteAndOnlyAsJson() throws Exception {
        assertEquals(401, SANDBOX.send("POST", PLANS, null, "application/json", plan("attainment", "100", "5"))
                .statusCode());
        assertEquals(403, SANDBOX.postJson(PLANS, "e.johnson", plan("attainment", "100", "5")).statusCode());
        assertEquals(415, SANDBOX.send("POST", PLANS, ADMIN, "text/plain", plan("attainment", "100", "5"))
                .statusCode());
    }

    @Test
    public void aGoodPlanIsReadBackWithItsBasisAndPercentBands() throws Exception {
        HttpResponse<String> created = SANDBOX.postJson(PLANS, ADMIN, plan("attainment", "100", "5")
                .replace("Quota tiers", "Stored quota tiers"));
        assertEquals(created.body(), 200, created.statusCode());
        JsonNode plan = JSON.readTree(created.body());
        assertEquals("attainment", plan.get("tierBasis").asText());
        assertEquals("100", plan.get("tiers").get(1).get("from").asText());
        assertTrue(SANDBOX.get(PLANS, ADMIN).body().contains("\"name\":\"Stored quota tiers\",\"currency\":\"EUR\","
                + "\"kind\":\"retroactive-tiers\",\"tierBasis\":\"attainment\""));
    }
}
