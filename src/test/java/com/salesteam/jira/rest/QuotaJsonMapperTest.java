package com.salesteam.jira.rest;

import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaChange;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Test;

import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

/** A quota change in JSON: what happened, in the caller's language, with the targets before and after. */
public class QuotaJsonMapperTest {

    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");
    private static final Quota YEAR = Quota.ofAmount(new QuotaSubject.Rep("ann"), "FY2026", QuotaMetric.REVENUE_WON,
            Money.ofMinor(400_000_00, Currency.getInstance("EUR")));

    private static Map<String, Object> change(QuotaChange change, Locale locale) {
        return new QuotaJsonMapper(new PropertiesTranslator(locale)).change(change);
    }

    @Test
    public void aRemovalHasNothingAfterAndSaysRemovedInBothLanguages() {
        Map<String, Object> english = change(QuotaChange.removal(YEAR, "boss", AT), Locale.ENGLISH);

        assertEquals("removed", english.get("action"));
        assertEquals("Removed", english.get("actionText"));
        assertNull(english.get("after"));
        assertEquals("400000.00", ((Map<?, ?>) english.get("before")).get("target"));
        assertEquals("boss", english.get("authorKey"));
        assertEquals("2026-11-26T10:00:00Z", english.get("changedAt"));
        assertEquals("已删除", change(QuotaChange.removal(YEAR, "boss", AT), Locale.SIMPLIFIED_CHINESE)
                .get("actionText"));
    }

    @Test
    public void aNewQuotaIsCreatedAndAnotherTargetChanged() {
        Map<String, Object> created = change(new QuotaChange(Optional.empty(), YEAR, "boss", AT), Locale.ENGLISH);
        Quota raised = Quota.ofAmount(YEAR.subject(), "FY2026", QuotaMetric.REVENUE_WON,
                Money.ofMinor(450_000_00, Currency.getInstance("EUR")));
        Map<String, Object> changed = change(new QuotaChange(Optional.of(YEAR), raised, "vp", AT),
                Locale.SIMPLIFIED_CHINESE);

        assertEquals("created", created.get("action"));
        assertEquals("Created", created.get("actionText"));
        assertNull(created.get("before"));
        assertEquals("400000.00", ((Map<?, ?>) created.get("after")).get("target"));
        assertEquals("changed", changed.get("action"));
        assertEquals("已更改", changed.get("actionText"));
        assertEquals("450000.00", ((Map<?, ?>) changed.get("after")).get("target"));
    }
}
