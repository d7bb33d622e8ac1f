package com.salesteam.jira.service.badge;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.badge.Award;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.model.badge.BadgeKind;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.BadgeEntity;
import com.salesteam.jira.store.BadgeRepository;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.QuotaChangeEntity;
import com.salesteam.jira.store.QuotaEntity;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.WonDealReader;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MemoryBadgeCache;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The evaluator on a real database, 15 May 2026 (FY2026-Q2 running, Q1 finished; default calendar). ann met her
 * quota in Q4, Q1 and Q2 (three in a row) and February; bob won the biggest Q1 deal in EUR and his first deal then;
 * carl won only in USD (the biggest dollar deal) and misses his quota.
 */
public class BadgeEvaluatorTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = Instant.parse("2026-05-15T10:00:00Z");

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, AppSettingEntity.class,
            QuotaEntity.class, QuotaChangeEntity.class, DealEntity.class, DealMonthEntity.class, DealDayEntity.class, BadgeEntity.class);

    private DealLedger ledger;
    private QuotaRepository quotas;
    private BadgeRepository badges;
    private final MemoryBadgeCache cache = new MemoryBadgeCache();
    private final List<Badge> notified = new java.util.ArrayList<>();
    private BadgeEvaluator evaluator;
    private long issue = 100;

    @Before
    public void setUp() {
        ledger = new DealLedger(db.ao());
        quotas = new QuotaRepository(db.ao());
        badges = new BadgeRepository(db.ao());
        SettingsRepository settings = new SettingsRepository(db.ao());
        settings.saveDefaultCurrency(EUR);
        evaluator = evaluator(new NotMeasuredCoaching());

        won("ann", 30_000, EUR, LocalDate.of(2025, 11, 3));
        won("ann", 25_000, EUR, LocalDate.of(2026, 2, 10));
        won("ann", 12_000, EUR, LocalDate.of(2026, 4, 20));
        won("bob", 80_000, EUR, LocalDate.of(2026, 3, 2));
        won("carl", 500_000, USD, LocalDate.of(2026, 3, 5));
        quota("ann", "FY2025-Q4", 30_000);
        quota("ann", "FY2026-Q1", 20_000);
        quota("ann", "FY2026-Q2", 10_000);
        quota("ann", "FY2026-M02", 20_000);
        quota("carl", "FY2026-Q1", 50_000);
    }

    private BadgeEvaluator evaluator(CoachingCompletions coaching) {
        return new BadgeEvaluator(ledger, quotas, new SettingsRepository(db.ao()), badges, new WonDealReader(db.ao()),
                id -> Optional.of("DEAL-" + id), coaching, cache, notified::addAll, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void won(String owner, long amount, Currency currency, LocalDate day) {
        issue++;
        ledger.record(new DealFacts(issue, 1, Optional.of(owner), Optional.empty(), Money.ofMinor(amount * 100, currency),
                "won", DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(day), Optional.of(day), 0, 1),
                FiscalCalendar.DEFAULT);
    }

    private void quota(String rep, String period, long euros) {
        quotas.put(Quota.ofAmount(new QuotaSubject.Rep(rep), period, QuotaMetric.REVENUE_WON,
                Money.ofMinor(euros * 100, EUR)), "boss", NOW);
    }

    private static Set<String> keys(List<Badge> list) {
        return list.stream().map(badge -> badge.award().naturalKey()).collect(Collectors.toSet());
    }

    @Test
    public void awardsEveryRuleOnceWithItsReason() {
        List<Badge> awarded = evaluator.run().awarded();

        assertEquals(Set.of(
                "quota-met|FY2025-Q4|ann", "quota-met|FY2026-Q1|ann", "quota-met|FY2026-Q2|ann",
                "quota-met|FY2026-M02|ann", "quota-streak|FY2026-Q2|ann",
                "first-deal-won|first|ann", "first-deal-won|first|bob", "first-deal-won|first|carl",
                "biggest-deal|FY2026-Q1 EUR|bob", "biggest-deal|FY2026-Q1 USD|carl"), keys(awarded));
        Badge first = awarded.stream().filter(badge -> badge.award().naturalKey().equals("first-deal-won|first|ann"))
                .findFirst().orElseThrow();
        assertEquals("ann's earliest win, though the period rows only showed her recent ones",
                Optional.of(101L), first.award().deal());
        assertEquals(Optional.of("DEAL-101"), first.dealKey());
        assertFalse(first.seen());
        assertEquals(NOW, first.awardedAt());
        assertEquals(10, badges.ofPeople(List.of("ann", "bob", "carl")).size());
        assertEquals("each new badge is notified once", Set.copyOf(awarded), Set.copyOf(notified));
    }

    @Test
    public void aSecondRunOverTheSameFactsAwardsNothing() {
        evaluator.run();
        notified.clear();
        db.statements().reset();

        assertTrue(evaluator.run().awarded().isEmpty());
        assertTrue("nobody is told twice", notified.isEmpty());
        assertEquals(10, badges.ofPeople(List.of("ann", "bob", "carl")).size());
        // settings, period rows, quotas, first-deal holders, biggest-deal awarded?, won deals of none, existing keys
        assertTrue("a run with nothing new stays small: " + db.statements().count(), db.statements().count() <= 7);
    }

    @Test
    public void theBiggestDealStaysWithItsFirstWinnerWhenABiggerOneIsRecordedLater() {
        evaluator.run();
        won("dora", 90_000, EUR, LocalDate.of(2026, 3, 20));

        List<Badge> awarded = evaluator.run().awarded();

        assertEquals(Set.of("first-deal-won|first|dora"), keys(awarded));
        assertTrue(badges.ofPeople(List.of("dora")).stream()
                .noneMatch(badge -> badge.award().kind() == BadgeKind.BIGGEST_DEAL));
    }

    @Test
    public void awardedPeopleAreForgottenByTheCache() {
        cache.put(Map.of("ann", List.of(), "zoe", List.of()));

        evaluator.run();

        assertFalse(cache.contains("ann"));
        assertTrue(cache.contains("zoe"));
    }

    @Test
    public void aMeasuredCoachingSourceGivesStreakBadgesForFinishedWeeks() {
        CoachingCompletions coaching = new CoachingCompletions() {
            @Override
            public boolean measured() {
                return true;
            }

            @Override
            public Map<String, List<Integer>> completedPerWeek(List<Period> weeks) {
                assertEquals(BadgeEvaluator.COACHING_WEEKS, weeks.size());
                assertTrue("finished weeks only", weeks.get(weeks.size() - 1).end().isBefore(LocalDate.of(2026, 5, 15)));
                return Map.of("erin", List.of(0, 1, 1, 1, 1, 0));
            }
        };

        List<Badge> awarded = evaluator(coaching).run().awarded();

        List<Award> coachingAwards = awarded.stream().map(Badge::award)
                .filter(award -> award.kind() == BadgeKind.COACHING_STREAK).toList();
        assertEquals(1, coachingAwards.size());
        assertEquals("erin", coachingAwards.get(0).personKey());
    }

    @Test
    public void notMeasuredCoachingAwardsNoCoachingBadge() {
        assertTrue(evaluator.run().awarded().stream().noneMatch(badge -> badge.award().kind() == BadgeKind.COACHING_STREAK));
        assertFalse(new NotMeasuredCoaching().measured());
        assertTrue(new NotMeasuredCoaching().completedPerWeek(List.of()).isEmpty());
    }
}
