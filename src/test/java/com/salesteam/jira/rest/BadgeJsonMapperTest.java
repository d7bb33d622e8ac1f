package com.salesteam.jira.rest;

import com.salesteam.jira.model.badge.Award;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.model.badge.BadgeKind;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** A badge as JSON in the viewer's language: its deal key only when the service left it, and whether it is new. */
public class BadgeJsonMapperTest {

    private static final Instant AWARDED = Instant.parse("2026-05-14T08:00:00Z");

    @Test
    public void aFirstDealBadgeNamesItsDealInTheViewersLanguage() {
        Badge badge = new Badge(new Award("bob", BadgeKind.FIRST_DEAL_WON, Award.FIRST, Optional.of(7L)),
                Optional.of("SALES-7"), AWARDED, false);

        Map<String, Object> json = BadgeJsonMapper.json(badge, new PropertiesTranslator(Locale.ENGLISH));

        assertEquals(List.of("kind", "name", "reason", "occasion", "dealKey", "awardedAt", "new"),
                List.copyOf(json.keySet()));
        assertEquals("first-deal-won", json.get("kind"));
        assertEquals("First deal won", json.get("name"));
        assertEquals("Won SALES-7, their first deal.", json.get("reason"));
        assertEquals(Award.FIRST, json.get("occasion"));
        assertEquals("SALES-7", json.get("dealKey"));
        assertEquals("2026-05-14T08:00:00Z", json.get("awardedAt"));
        assertEquals("not seen yet", true, json.get("new"));

        Map<String, Object> chinese = BadgeJsonMapper.json(badge, new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE));
        assertTrue(String.valueOf(chinese.get("reason")), String.valueOf(chinese.get("reason")).contains("SALES-7"));
        assertFalse("translated", chinese.get("name").equals("First deal won"));
    }

    @Test
    public void aDealTheViewerMayNotBrowseIsADealWithoutAKeyAndASeenBadgeIsNotNew() {
        Badge badge = new Badge(new Award("bob", BadgeKind.FIRST_DEAL_WON, Award.FIRST, Optional.of(7L)),
                Optional.empty(), AWARDED, true);

        Map<String, Object> json = BadgeJsonMapper.json(badge, new PropertiesTranslator(Locale.ENGLISH));

        assertNull(json.get("dealKey"));
        assertEquals("Won a deal, their first deal.", json.get("reason"));
        assertEquals(false, json.get("new"));
    }
}
