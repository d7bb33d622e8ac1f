package com.salesteam.jira.model.quota;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;

public class QuotaKeyTest {

    private static final QuotaSubject ANN = new QuotaSubject.Rep("ann");

    @Test
    public void quotasOfOneSubjectPeriodAndMetricShareTheirKeyWhateverTheTarget() {
        assertEquals(new QuotaKey(ANN, "FY2026-Q1", QuotaMetric.DEALS_WON),
                QuotaKey.of(Quota.ofCount(ANN, "FY2026-Q1", QuotaMetric.DEALS_WON, 3)));
        assertEquals(QuotaKey.of(Quota.ofCount(ANN, "FY2026-Q1", QuotaMetric.DEALS_WON, 3)),
                QuotaKey.of(Quota.ofCount(ANN, "FY2026-Q1", QuotaMetric.DEALS_WON, 9)));
        assertNotEquals("a team whose id is a rep's key is another subject",
                new QuotaKey(new QuotaSubject.Rep("7"), "FY2026-Q1", QuotaMetric.DEALS_WON),
                new QuotaKey(new QuotaSubject.TeamQuota(7), "FY2026-Q1", QuotaMetric.DEALS_WON));
        assertNotEquals(new QuotaKey(ANN, "FY2026-Q1", QuotaMetric.DEALS_WON),
                new QuotaKey(ANN, "FY2026-Q1", new QuotaMeasure.Kpi("calls")));
    }

    @Test
    public void everyPartIsRequired() {
        assertThrows(NullPointerException.class, () -> new QuotaKey(ANN, null, QuotaMetric.DEALS_WON));
    }
}
