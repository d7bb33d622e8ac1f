package com.salesteam.jira.model.quota;

import com.salesteam.jira.model.Money;
import org.junit.Test;

import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class QuotaChangeTest {

    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");
    private static final QuotaSubject ANN = new QuotaSubject.Rep("ann");
    private static final Quota YEAR = Quota.ofAmount(ANN, "FY2026", QuotaMetric.REVENUE_WON,
            Money.ofMinor(100_000_00, Currency.getInstance("EUR")));

    @Test
    public void aRemovalIsAChangeToNothingThatStillNamesItsQuota() {
        QuotaChange removal = QuotaChange.removal(YEAR, "boss", AT);

        assertTrue(removal.removed());
        assertEquals(Optional.empty(), removal.after());
        assertEquals(YEAR, removal.quota());
    }

    @Test
    public void aNewOrChangedQuotaNamesItsTargetAfter() {
        Quota raised = Quota.ofAmount(ANN, "FY2026", QuotaMetric.REVENUE_WON,
                Money.ofMinor(120_000_00, Currency.getInstance("EUR")));

        QuotaChange changed = new QuotaChange(Optional.of(YEAR), raised, "vp", AT);

        assertFalse(changed.removed());
        assertEquals(raised, changed.quota());
        assertEquals(YEAR, new QuotaChange(Optional.empty(), YEAR, "vp", AT).quota());
    }

    @Test
    public void aChangeHasASideAndKeepsItsSubjectPeriodAndMetric() {
        assertThrows(IllegalArgumentException.class,
                () -> new QuotaChange(Optional.empty(), Optional.empty(), "vp", AT));
        Quota quarter = Quota.ofCount(ANN, "FY2026-Q1", QuotaMetric.DEALS_WON, 3);
        assertThrows(IllegalArgumentException.class,
                () -> new QuotaChange(Optional.of(YEAR), Optional.of(quarter), "vp", AT));
    }
}
