package com.salesteam.jira.store;

import com.salesteam.jira.model.badge.Award;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.model.badge.BadgeKind;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

@RunWith(Parameterized.class)
public class BadgeRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-05-14T08:00:00Z");

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private BadgeRepository badges;

    public BadgeRepositoryTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, BadgeEntity.class);
    }

    @Before
    public void createRepository() {
        badges = new BadgeRepository(db.ao());
    }

    @Test
    public void awardedBadgesAreReadBackPerPersonNewestFirstInOneStatement() {
        Badge first = badge(new Award("anna", BadgeKind.FIRST_DEAL_WON, Award.FIRST, Optional.of(10042L)),
                Optional.of("DEAL-7"), NOW.minusSeconds(3600));
        Badge quota = badge(new Award("anna", BadgeKind.QUOTA_MET, "FY2026-Q2", Optional.empty()), Optional.empty(), NOW);
        Badge other = badge(new Award("bob", BadgeKind.QUOTA_MET, "FY2026-Q2", Optional.empty()), Optional.empty(), NOW);
        assertEquals(3, badges.awardAll(List.of(first, quota, other)).size());
        db.statements().reset();

        List<Badge> read = badges.ofPeople(List.of("anna"));

        assertEquals(1, db.statements().count());
        assertEquals(List.of(quota, first), read);
    }

    @Test
    public void aSecondAwardOfTheSameOccasionWritesNothingEvenWithAnotherDeal() {
        Award award = new Award("anna", BadgeKind.FIRST_DEAL_WON, Award.FIRST, Optional.of(1L));
        assertEquals(1, badges.awardAll(List.of(badge(award, Optional.empty(), NOW))).size());

        Award again = new Award("anna", BadgeKind.FIRST_DEAL_WON, Award.FIRST, Optional.of(2L));
        assertTrue(badges.awardAll(List.of(badge(again, Optional.empty(), NOW.plusSeconds(60)))).isEmpty());

        List<Badge> read = badges.ofPeople(List.of("anna"));
        assertEquals(1, read.size());
        assertEquals(Optional.of(1L), read.get(0).award().deal());
    }

    @Test
    public void theUniqueKeyRefusesARacingInsertWhichReadsAsAlreadyAwarded() {
        Badge badge = badge(new Award("anna", BadgeKind.QUOTA_STREAK, "FY2026-Q2", Optional.empty()), Optional.empty(), NOW);
        assertTrue(badges.insert(badge));

        // what a second node does when its read came before the first node's insert: the insert itself
        assertFalse(badges.insert(badge));
        assertEquals(1, badges.ofPeople(List.of("anna")).size());
    }

    @Test
    public void twoThreadsAwardingAtOnceLeaveOneRow() throws Exception {
        Badge badge = badge(new Award("li.wei", BadgeKind.BIGGEST_DEAL, "FY2026-Q1 EUR", Optional.of(5L)), Optional.empty(), NOW);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> node = () -> {
            start.await();
            return badges.awardAll(List.of(badge)).size();
        };
        try {
            List<Future<Integer>> runs = new ArrayList<>(List.of(pool.submit(node), pool.submit(node)));
            start.countDown();
            int written = 0;
            for (Future<Integer> run : runs) {
                written += run.get();
            }
            assertEquals(1, written);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, badges.ofPeople(List.of("li.wei")).size());
    }

    @Test
    public void holdersAndAwardedOccasionsAreOneStatementEach() {
        badges.awardAll(List.of(
                badge(new Award("anna", BadgeKind.FIRST_DEAL_WON, Award.FIRST, Optional.of(1L)), Optional.empty(), NOW),
                badge(new Award("bob", BadgeKind.BIGGEST_DEAL, "FY2026-Q1 EUR", Optional.of(2L)), Optional.empty(), NOW)));
        db.statements().reset();

        assertEquals(Set.of("anna"), badges.holders(BadgeKind.FIRST_DEAL_WON, List.of("anna", "bob", "carl")));
        assertTrue(badges.awardedIn(BadgeKind.BIGGEST_DEAL, "FY2026-Q1"));
        assertFalse(badges.awardedIn(BadgeKind.BIGGEST_DEAL, "FY2026-Q2"));
        assertEquals(3, db.statements().count());
    }

    @Test
    public void markSeenClearsOnlyThatPersonsUnseenBadges() {
        badges.awardAll(List.of(
                badge(new Award("anna", BadgeKind.QUOTA_MET, "FY2026-M04", Optional.empty()), Optional.empty(), NOW),
                badge(new Award("anna", BadgeKind.QUOTA_MET, "FY2026-M05", Optional.empty()), Optional.empty(), NOW),
                badge(new Award("bob", BadgeKind.QUOTA_MET, "FY2026-05", Optional.empty()), Optional.empty(), NOW)));

        assertEquals(2, badges.markSeen("anna"));
        assertEquals(0, badges.markSeen("anna"));
        assertTrue(badges.ofPeople(List.of("anna")).stream().allMatch(Badge::seen));
        assertTrue(badges.ofPeople(List.of("bob")).stream().noneMatch(Badge::seen));
    }

    @Test
    public void aVeryLongUserKeyStillHasAFixedLengthAwardKey() {
        String longKey = "u".repeat(250);
        Award award = new Award(longKey, BadgeKind.QUOTA_MET, "FY2026-Q2", Optional.empty());
        assertEquals(64, BadgeRepository.awardKey(award).length());
        assertEquals(1, badges.awardAll(List.of(badge(award, Optional.empty(), NOW))).size());
        assertEquals(longKey, badges.ofPeople(List.of(longKey)).get(0).award().personKey());
    }

    private static Badge badge(Award award, Optional<String> dealKey, Instant at) {
        return new Badge(award, dealKey, at, false);
    }
}
