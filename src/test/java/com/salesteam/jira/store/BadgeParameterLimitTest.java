package com.salesteam.jira.store;

import com.salesteam.jira.model.badge.Award;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.model.badge.BadgeKind;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.StatementCounter;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * SQL Server takes at most 2,100 parameters in a statement; the test engine fails any statement with more than
 * {@link StatementCounter#MAX_PARAMETERS}. Badge reads and awards of 2,500 people stay under it and answer what
 * reads of 500 people at a time answer.
 */
@RunWith(Parameterized.class)
public class BadgeParameterLimitTest {

    private static final int PEOPLE = 2_500;
    private static final Instant NOW = Instant.parse("2026-05-14T08:00:00Z");

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private BadgeRepository badges;
    private final List<String> people = new ArrayList<>();

    public BadgeParameterLimitTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, BadgeEntity.class);
    }

    @Before
    public void createRepository() {
        badges = new BadgeRepository(db.ao());
        for (int person = 0; person < PEOPLE; person++) {
            people.add(String.format(Locale.ROOT, "p%04d", person));
        }
    }

    /** Everyone's quota badge, and every third person's first deal, each a minute apart. */
    private List<Badge> everyonesBadges() {
        List<Badge> wanted = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            wanted.add(new Badge(new Award(people.get(i), BadgeKind.QUOTA_MET, "FY2026-Q2", Optional.empty()),
                    Optional.empty(), NOW.plusSeconds(60L * i), false));
            if (i % 3 == 0) {
                wanted.add(new Badge(new Award(people.get(i), BadgeKind.FIRST_DEAL_WON, Award.FIRST,
                        Optional.of(10_000L + i)), Optional.of("DEAL-" + i), NOW.minusSeconds(60L * i), false));
            }
        }
        return wanted;
    }

    /** The same rows through one batch: the award path writes one transaction per badge. */
    private void store(List<Badge> wanted) {
        List<java.util.Map<String, Object>> rows = new ArrayList<>();
        for (Badge badge : wanted) {
            java.util.Map<String, Object> row = new java.util.HashMap<>();
            row.put("AWARD_KEY", BadgeRepository.awardKey(badge.award()));
            row.put("PERSON_KEY", badge.award().personKey());
            row.put("KIND", badge.award().kind().name());
            row.put("OCCASION", badge.award().occasion());
            row.put("DEAL_ID", badge.award().deal().orElse(0L));
            badge.dealKey().ifPresent(key -> row.put("DEAL_KEY", key));
            row.put("AWARDED_AT", badge.awardedAt().toEpochMilli());
            row.put("SEEN", badge.seen());
            rows.add(row);
        }
        db.ao().create(BadgeEntity.class, rows);
    }

    private void assertWithinTheLimit() {
        assertTrue("most parameters in a statement: " + db.statements().mostParameters(),
                db.statements().mostParameters() <= StatementCounter.MAX_PARAMETERS);
    }

    @Test
    public void theBadgesOfTwoThousandFiveHundredPeopleAreWhatReadsOfFiveHundredAnswer() {
        List<Badge> stored = everyonesBadges();
        store(stored);
        List<Badge> small = new ArrayList<>();
        for (List<String> part : InList.chunks(people, 500)) {
            small.addAll(badges.ofPeople(part));
        }
        small.sort(Comparator.comparing(Badge::awardedAt).reversed()
                .thenComparing(badge -> badge.award().naturalKey()));
        db.statements().reset();

        List<Badge> read = badges.ofPeople(people);

        assertEquals("one statement per 1,000 people", 3, db.statements().count());
        assertWithinTheLimit();
        assertEquals(stored.size(), read.size());
        assertEquals(small, read);
        assertEquals(new HashSet<>(stored), new HashSet<>(read));
    }

    @Test
    public void theHoldersAmongTwoThousandFiveHundredPeopleAreWhatReadsOfFiveHundredAnswer() {
        store(everyonesBadges());
        Set<String> small = new HashSet<>();
        for (List<String> part : InList.chunks(people, 500)) {
            small.addAll(badges.holders(BadgeKind.FIRST_DEAL_WON, part));
        }
        db.statements().reset();

        Set<String> holders = badges.holders(BadgeKind.FIRST_DEAL_WON, people);

        assertEquals(3, db.statements().count());
        assertWithinTheLimit();
        assertEquals(small, holders);
        assertEquals("every third person", (PEOPLE + 2) / 3, holders.size());
        assertTrue(holders.contains("p2499") && !holders.contains("p2498"));
    }

    @Test
    public void awardingOverThreeThousandBadgesChecksTheExistingOnesWithinTheLimitAndWritesOnlyTheNewOnes() {
        List<Badge> stored = everyonesBadges();
        store(stored);
        Badge late = new Badge(new Award("p2499", BadgeKind.QUOTA_MET, "FY2026-Q3", Optional.empty()),
                Optional.empty(), NOW, false);
        Badge newcomer = new Badge(new Award("p2500", BadgeKind.QUOTA_MET, "FY2026-Q2", Optional.empty()),
                Optional.empty(), NOW, false);
        List<Badge> wanted = new ArrayList<>(stored);
        wanted.add(newcomer);
        wanted.add(late);
        db.statements().reset();

        List<Badge> written = badges.awardAll(wanted);

        assertWithinTheLimit();
        assertEquals(List.of(newcomer, late), written);
        assertEquals(stored.size() + 2, db.ao().count(BadgeEntity.class));

        db.statements().reset();
        assertEquals(List.of(), badges.awardAll(wanted));
        assertEquals("the existing keys read in one statement per 1,000, nothing written", 4,
                db.statements().count());
        assertWithinTheLimit();
        assertEquals(stored.size() + 2, db.ao().count(BadgeEntity.class));
    }
}
