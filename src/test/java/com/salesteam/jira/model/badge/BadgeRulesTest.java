package com.salesteam.jira.model.badge;

import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Property-style: each rule checked against a brute-force reading of generated histories. */
public class BadgeRulesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate Q_START = LocalDate.of(2026, 4, 1);
    private static final LocalDate Q_END = LocalDate.of(2026, 7, 1);

    @Test
    public void firstDealIsEachOwnersEarliestWinOncePerOwner() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<WonDeal> won = deals(random, 1 + random.nextInt(40));
            List<Award> awards = BadgeRules.firstDeals(won);

            Set<String> owners = won.stream().map(WonDeal::ownerKey).collect(Collectors.toSet());
            assertEquals(owners.size(), awards.size());
            for (Award award : awards) {
                WonDeal expected = won.stream().filter(deal -> deal.ownerKey().equals(award.personKey()))
                        .min(Comparator.comparing(WonDeal::closedOn).thenComparingLong(WonDeal::issueId)).orElseThrow();
                assertEquals(Optional.of(expected.issueId()), award.deal());
                assertEquals(BadgeKind.FIRST_DEAL_WON, award.kind());
                assertEquals(Award.FIRST, award.occasion());
            }
            // the reading order does not change the answer
            List<WonDeal> shuffled = new ArrayList<>(won);
            java.util.Collections.shuffle(shuffled, random);
            assertEquals(Set.copyOf(awards), Set.copyOf(BadgeRules.firstDeals(shuffled)));
        }
    }

    @Test
    public void biggestDealIsTheLargestOfTheQuarterInEachCurrencyAndNothingElseBeatsIt() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<WonDeal> won = deals(random, random.nextInt(30));
            List<Award> awards = BadgeRules.biggestDeals("FY2026-Q2", won, this::inQuarter);

            for (Currency currency : List.of(EUR, USD)) {
                List<WonDeal> competing = won.stream().filter(deal -> deal.currency().equals(currency))
                        .filter(this::inQuarter).filter(deal -> deal.amountMinor() > 0).toList();
                List<Award> mine = awards.stream()
                        .filter(award -> award.occasion().equals("FY2026-Q2 " + currency.getCurrencyCode())).toList();
                assertEquals(competing.isEmpty() ? 0 : 1, mine.size());
                mine.forEach(found -> {
                    WonDeal winner = won.stream().filter(deal -> deal.issueId() == found.deal().orElseThrow())
                            .findFirst().orElseThrow();
                    assertEquals(winner.ownerKey(), found.personKey());
                    assertEquals(currency, winner.currency());
                    assertTrue(inQuarter(winner));
                    competing.forEach(other -> assertTrue(other.amountMinor() <= winner.amountMinor()));
                });
            }
            assertTrue(awards.size() <= 2);
        }
    }

    @Test
    public void biggestDealTieGoesToTheEarlierCloseAndEachCurrencyHasItsOwn() {
        WonDeal later = new WonDeal(1, "li.wei", LocalDate.of(2026, 5, 20), 500_00, EUR);
        WonDeal earlier = new WonDeal(2, "anna", LocalDate.of(2026, 5, 2), 500_00, EUR);
        WonDeal bigInDollars = new WonDeal(3, "bob", LocalDate.of(2026, 5, 3), 900_00, USD);
        WonDeal outside = new WonDeal(4, "carl", LocalDate.of(2026, 7, 3), 900_00, EUR);

        List<Award> awards = BadgeRules.biggestDeals("FY2026-Q2", List.of(later, earlier, bigInDollars, outside),
                this::inQuarter);

        assertEquals(List.of(
                new Award("anna", BadgeKind.BIGGEST_DEAL, "FY2026-Q2 EUR", Optional.of(2L)),
                new Award("bob", BadgeKind.BIGGEST_DEAL, "FY2026-Q2 USD", Optional.of(3L))), awards);
    }

    @Test
    public void quotaMetNeedsAQuotaAboveZeroAndTheFullAmount() {
        List<Award> awards = BadgeRules.quotasMet(List.of(
                new PeriodResult("anna", "FY2026-Q2", 100_00, 100_00),
                new PeriodResult("bob", "FY2026-Q2", 99_99, 100_00),
                new PeriodResult("carl", "FY2026-Q2", 50_00, 0)));

        assertEquals(List.of(new Award("anna", BadgeKind.QUOTA_MET, "FY2026-Q2", Optional.empty())), awards);
    }

    @Test
    public void quotaStreakAwardsEveryPeriodThatEndsThreeInARow() {
        Random random = new Random(3);
        List<String> periods = List.of("P1", "P2", "P3", "P4", "P5", "P6");
        for (int round = 0; round < 500; round++) {
            List<PeriodResult> results = new ArrayList<>();
            for (String person : List.of("a", "b", "c")) {
                for (String period : periods) {
                    int roll = random.nextInt(4);
                    if (roll > 0) {  // roll 0: no quota that period
                        results.add(new PeriodResult(person, period, roll == 3 ? 120 : random.nextInt(100), 100));
                    }
                }
            }
            Set<Award> awards = Set.copyOf(BadgeRules.quotaStreaks(periods, results));

            Set<Award> expected = new HashSet<>();
            Map<String, Boolean> met = results.stream().collect(Collectors.toMap(
                    result -> result.personKey() + "/" + result.periodKey(), PeriodResult::met));
            for (String person : List.of("a", "b", "c")) {
                for (int end = 2; end < periods.size(); end++) {
                    boolean all = true;
                    for (int back = 0; back < 3; back++) {
                        all &= met.getOrDefault(person + "/" + periods.get(end - back), false);
                    }
                    if (all) {
                        expected.add(new Award(person, BadgeKind.QUOTA_STREAK, periods.get(end), Optional.empty()));
                    }
                }
            }
            assertEquals(expected, awards);
        }
    }

    @Test
    public void coachingStreakNeedsFourWeeksInARowAndOneCountPerWeek() {
        List<String> weeks = List.of("W1", "W2", "W3", "W4", "W5", "W6");

        List<Award> awards = BadgeRules.coachingStreaks("anna", weeks, List.of(1, 2, 0, 1, 1, 3));
        assertTrue("a gap in week 3 breaks the run", awards.isEmpty());

        awards = BadgeRules.coachingStreaks("anna", weeks, List.of(0, 1, 1, 2, 1, 1));
        assertEquals(List.of("W5", "W6"), awards.stream().map(Award::occasion).toList());
        assertThrows(IllegalArgumentException.class,
                () -> BadgeRules.coachingStreaks("anna", weeks, List.of(1, 1)));
    }

    @Test
    public void rulesAreRepeatableSoNaturalKeysNeverDiffer() {
        Random random = new Random(19);
        for (int round = 0; round < 100; round++) {
            List<WonDeal> won = deals(random, 20);
            Function<List<Award>, Set<String>> keys = list -> list.stream().map(Award::naturalKey)
                    .collect(Collectors.toSet());
            assertEquals(keys.apply(BadgeRules.firstDeals(won)), keys.apply(BadgeRules.firstDeals(won)));
            assertEquals("one first deal per owner, so one key each", BadgeRules.firstDeals(won).size(),
                    keys.apply(BadgeRules.firstDeals(won)).size());
        }
    }

    @Test
    public void naturalKeyIsKindOccasionAndPerson() {
        Award award = new Award("li|wei", BadgeKind.QUOTA_MET, "FY2026-Q2", Optional.empty());
        assertEquals("quota-met|FY2026-Q2|li|wei", award.naturalKey());
        assertFalse(award.naturalKey().equals(new Award("li|wei", BadgeKind.QUOTA_STREAK, "FY2026-Q2",
                Optional.empty()).naturalKey()));
        assertEquals(Optional.of(BadgeKind.BIGGEST_DEAL), BadgeKind.fromKey("biggest-deal"));
        assertThrows(IllegalArgumentException.class, () -> new Award(" ", BadgeKind.QUOTA_MET, "P", Optional.empty()));
    }

    private boolean inQuarter(WonDeal deal) {
        return !deal.closedOn().isBefore(Q_START) && deal.closedOn().isBefore(Q_END);
    }

    private static List<WonDeal> deals(Random random, int count) {
        List<WonDeal> won = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            won.add(new WonDeal(1000 + i, "rep" + random.nextInt(6), Q_START.plusDays(random.nextInt(200) - 60),
                    random.nextInt(5) * 1000L, random.nextInt(4) == 0 ? USD : EUR));
        }
        return won;
    }
}
