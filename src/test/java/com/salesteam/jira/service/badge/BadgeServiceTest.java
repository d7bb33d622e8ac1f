package com.salesteam.jira.service.badge;

import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.badge.Award;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.model.badge.BadgeKind;
import com.salesteam.jira.service.BrowsableDealKeys;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.store.BadgeEntity;
import com.salesteam.jira.store.BadgeRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MemoryBadgeCache;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mockito;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Who reads whose badges, per role, and the leaderboard's cached read. District (boss; bob, carl) sits under Region
 * (vp; ann); Elsewhere (other; dan) apart.
 */
public class BadgeServiceTest {

    private static final Instant NOW = Instant.parse("2026-05-15T10:00:00Z");

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, BadgeEntity.class);

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private final MemoryBadgeCache cache = new MemoryBadgeCache();
    private final BrowsableDealKeys dealKeys = Mockito.mock(BrowsableDealKeys.class);
    private BadgeRepository badges;
    private BadgeService service;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        badges = new BadgeRepository(db.ao());
        service = new BadgeService(badges, teams, cache, currentUser, dealKeys);
        var region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of("ann")));
        teams.create(new TeamDraft("District", "", Optional.of(region.id()), Optional.of("boss"), List.of("bob", "carl")));
        teams.create(new TeamDraft("Elsewhere", "", Optional.empty(), Optional.of("other"), List.of("dan")));
        badges.awardAll(List.of(badge("bob", BadgeKind.QUOTA_MET, "FY2026-Q1"), badge("bob", BadgeKind.QUOTA_MET, "FY2026-Q2"),
                badge("dan", BadgeKind.QUOTA_MET, "FY2026-Q2")));
    }

    private static Badge badge(String person, BadgeKind kind, String occasion) {
        return new Badge(new Award(person, kind, occasion, Optional.empty()), Optional.empty(), NOW, false);
    }

    private void actAs(String userKey, boolean admin) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(userKey, userKey, admin)));
    }

    @Test
    public void aRepReadsTheirOwnBadgesAndNobodyElses() {
        actAs("bob", false);
        assertEquals(2, service.badgesOf("").size());
        assertEquals(2, service.badgesOf("bob").size());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.badgesOf("carl")).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.badgesOf("dan")).reason());
    }

    @Test
    public void aManagerReadsTheirTeamsAndTheTeamsBelowButNotOthers() {
        actAs("vp", false);
        assertEquals(2, service.badgesOf("bob").size());
        actAs("boss", false);
        assertEquals(2, service.badgesOf("bob").size());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.badgesOf("dan")).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.badgesOf("ann")).reason());
    }

    @Test
    public void anAdminReadsEveryonesAndNobodyAnonymous() {
        actAs("admin", true);
        assertEquals(1, service.badgesOf("dan").size());
        when(currentUser.caller()).thenReturn(Optional.empty());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(() -> service.badgesOf("bob")).reason());
    }

    @Test
    public void theBoardReadsMissingPeopleOnceAndThenFromTheCache() {
        actAs("boss", false);
        db.statements().reset();
        Map<String, List<Badge>> first = service.onBoard(List.of("bob", "carl", "dan"));
        assertEquals(1, db.statements().count());
        assertEquals(2, first.get("bob").size());
        assertTrue("people without badges are cached as such", first.get("carl").isEmpty());

        db.statements().reset();
        assertEquals(first, service.onBoard(List.of("bob", "carl", "dan")));
        assertEquals(0, db.statements().count());
    }

    @Test
    public void seeingBadgesMarksOnlyTheCallersAndForgetsThemInTheCache() {
        actAs("bob", false);
        service.onBoard(List.of("bob", "dan"));

        assertEquals(2, service.markSeen());

        assertFalse(cache.contains("bob"));
        assertTrue(cache.contains("dan"));
        assertTrue(service.badgesOf("bob").stream().allMatch(Badge::seen));
        actAs("admin", true);
        assertTrue(service.badgesOf("dan").stream().noneMatch(Badge::seen));
    }

    @Test
    public void textsNameThePeriodOrTheDealInBothLanguages() {
        Badge deal = new Badge(new Award("bob", BadgeKind.BIGGEST_DEAL, "FY2026-Q1 EUR", Optional.of(7L)),
                Optional.of("DEAL-7"), NOW, false);
        Badge gone = new Badge(new Award("bob", BadgeKind.FIRST_DEAL_WON, Award.FIRST, Optional.of(8L)),
                Optional.empty(), NOW, false);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            PropertiesTranslator translator = new PropertiesTranslator(locale);
            for (BadgeKind kind : BadgeKind.values()) {
                Badge any = new Badge(new Award("bob", kind, "FY2026-Q1", Optional.empty()), Optional.empty(), NOW, false);
                assertFalse(BadgeText.name(any, translator).startsWith("salesteam."));
                assertFalse(BadgeText.reason(any, translator).startsWith("salesteam."));
            }
            assertTrue(BadgeText.reason(deal, translator).contains("DEAL-7"));
            assertTrue(BadgeText.reason(deal, translator).contains("FY2026-Q1"));
            assertFalse(BadgeText.reason(gone, translator).contains("{1}"));
        }
    }

    @Test
    public void aDealKeyIsShownOnlyToViewersWhoMayBrowseItsIssueElseTheReasonSaysADeal() {
        badges.awardAll(List.of(new Badge(new Award("bob", BadgeKind.FIRST_DEAL_WON, Award.FIRST, Optional.of(7L)),
                        Optional.of("SALES-7"), NOW, false),
                new Badge(new Award("dan", BadgeKind.BIGGEST_DEAL, "FY2026-Q1 EUR", Optional.of(8L)),
                        Optional.of("SALES-8"), NOW, false)));
        // both deals are in a project carl browses, but deal 7 has a security level he is not in
        when(dealKeys.keysFor(eq("carl"), any())).thenReturn(Map.of(8L, "SALES-8"));
        when(dealKeys.keysFor(eq("boss"), any())).thenReturn(Map.of(7L, "SALES-7", 8L, "SALES-8"));
        PropertiesTranslator english = new PropertiesTranslator(Locale.ENGLISH);
        PropertiesTranslator chinese = new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE);

        actAs("carl", false);
        Map<String, List<Badge>> seenByCarl = service.onBoard(List.of("bob", "dan"));
        Badge first = dealBadge(seenByCarl.get("bob"));
        assertEquals("the issue carl cannot browse keeps its key from him", Optional.empty(), first.dealKey());
        assertEquals("Won a deal, their first deal.", BadgeText.reason(first, english));
        assertEquals("赢得 一笔交易，这是其首笔成交。", BadgeText.reason(first, chinese));
        assertEquals(Optional.of("SALES-8"), dealBadge(seenByCarl.get("dan")).dealKey());
        verify(dealKeys, times(1)).keysFor(eq("carl"), argThat(ids -> Set.copyOf(ids).equals(Set.of(7L, 8L))));

        actAs("boss", false);
        assertEquals("the cached badge still has its key for someone who browses the issue", Optional.of("SALES-7"),
                dealBadge(service.onBoard(List.of("bob")).get("bob")).dealKey());
        assertEquals(Optional.of("SALES-7"), dealBadge(service.badgesOf("bob")).dealKey());

        when(dealKeys.keysFor(eq("bob"), any())).thenReturn(Map.of());
        actAs("bob", false);
        assertEquals("a deal moved out of its owner's sight (or deleted) hides its key even from its owner",
                Optional.empty(), dealBadge(service.badgesOf("")).dealKey());
    }

    @Test
    public void badgesWithoutDealKeysAskJiraNothing() {
        actAs("boss", false);
        service.onBoard(List.of("bob", "carl", "dan"));
        service.badgesOf("bob");
        verify(dealKeys, never()).keysFor(any(), any());
    }

    private static Badge dealBadge(List<Badge> badges) {
        return badges.stream().filter(badge -> badge.award().deal().isPresent()).findFirst().orElseThrow();
    }
}
