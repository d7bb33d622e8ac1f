package com.salesteam.jira.model.badge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The badge rules: from facts to the awards they are due. Pure and repeatable: the same facts always give the same
 * awards, so a second run over unchanged facts finds nothing new once the first run's awards are stored.
 */
public final class BadgeRules {

    /** Periods (or weeks) in a row that make a streak. */
    public static final int QUOTA_STREAK_LENGTH = 3;
    public static final int COACHING_STREAK_LENGTH = 4;

    /** Earliest close first; the lower issue id decides a tie, so the answer does not depend on reading order. */
    private static final Comparator<WonDeal> EARLIEST = Comparator.comparing(WonDeal::closedOn)
            .thenComparingLong(WonDeal::issueId);

    private BadgeRules() {
    }

    /** Each owner's earliest won deal. */
    public static List<Award> firstDeals(Collection<WonDeal> won) {
        Map<String, WonDeal> first = new HashMap<>();
        for (WonDeal deal : won) {
            first.merge(deal.ownerKey(), deal, (a, b) -> EARLIEST.compare(a, b) <= 0 ? a : b);
        }
        return first.values().stream().sorted(EARLIEST)
                .map(deal -> new Award(deal.ownerKey(), BadgeKind.FIRST_DEAL_WON, Award.FIRST,
                        Optional.of(deal.issueId())))
                .toList();
    }

    /**
     * The quarter's largest won deal in each currency (amounts in different currencies are not compared: the app
     * applies no rates), the earlier one on a tie. The occasion is the quarter and the currency, e.g.
     * "FY2026-Q1 EUR". {@code inQuarter} says which close dates belong to the quarter.
     */
    public static List<Award> biggestDeals(String quarterKey, Collection<WonDeal> won, Predicate<WonDeal> inQuarter) {
        Map<Currency, WonDeal> biggest = new HashMap<>();
        Comparator<WonDeal> bigger = Comparator.comparingLong(WonDeal::amountMinor).reversed().thenComparing(EARLIEST);
        won.stream().filter(inQuarter).filter(deal -> deal.amountMinor() > 0).forEach(deal ->
                biggest.merge(deal.currency(), deal, (a, b) -> bigger.compare(a, b) <= 0 ? a : b));
        return biggest.values().stream().sorted(Comparator.comparing(deal -> deal.currency().getCurrencyCode()))
                .map(deal -> new Award(deal.ownerKey(), BadgeKind.BIGGEST_DEAL,
                        biggestDealOccasion(quarterKey, deal.currency()), Optional.of(deal.issueId())))
                .toList();
    }

    public static String biggestDealOccasion(String quarterKey, Currency currency) {
        return quarterKey + " " + currency.getCurrencyCode();
    }

    /** Every period a rep reached 100 % of its quota. */
    public static List<Award> quotasMet(Collection<PeriodResult> results) {
        return results.stream().filter(PeriodResult::met)
                .map(result -> new Award(result.personKey(), BadgeKind.QUOTA_MET, result.periodKey(), Optional.empty()))
                .toList();
    }

    /**
     * Every period that completes {@link #QUOTA_STREAK_LENGTH} periods in a row at 100 % or more.
     * {@code periodKeys} are consecutive periods of one length, oldest first; a rep without a result for a period
     * (no quota) breaks the run there.
     */
    public static List<Award> quotaStreaks(List<String> periodKeys, Collection<PeriodResult> results) {
        Map<String, Set<String>> metBy = new HashMap<>();
        for (PeriodResult result : results) {
            if (result.met()) {
                metBy.computeIfAbsent(result.personKey(), key -> new HashSet<>()).add(result.periodKey());
            }
        }
        List<Award> awards = new ArrayList<>();
        metBy.keySet().stream().sorted().forEach(person -> {
            Set<String> met = metBy.get(person);
            List<Boolean> run = periodKeys.stream().map(met::contains).toList();
            for (int end : streakEnds(run, QUOTA_STREAK_LENGTH)) {
                awards.add(new Award(person, BadgeKind.QUOTA_STREAK, periodKeys.get(end), Optional.empty()));
            }
        });
        return awards;
    }

    /**
     * Every week that completes {@link #COACHING_STREAK_LENGTH} weeks in a row with at least one completed
     * coaching action. {@code completed} holds a count per week of {@code weekKeys} (oldest first).
     */
    public static List<Award> coachingStreaks(String personKey, List<String> weekKeys, List<Integer> completed) {
        if (weekKeys.size() != completed.size()) {
            throw new IllegalArgumentException("one count per week: " + weekKeys.size() + " weeks, "
                    + completed.size() + " counts");
        }
        List<Boolean> run = completed.stream().map(count -> count > 0).toList();
        return streakEnds(run, COACHING_STREAK_LENGTH).stream()
                .map(end -> new Award(personKey, BadgeKind.COACHING_STREAK, weekKeys.get(end), Optional.empty()))
                .toList();
    }

    /** The indexes at which the last {@code length} entries are all true. */
    static List<Integer> streakEnds(List<Boolean> met, int length) {
        List<Integer> ends = new ArrayList<>();
        int run = 0;
        for (int i = 0; i < met.size(); i++) {
            run = met.get(i) ? run + 1 : 0;
            if (run >= length) {
                ends.add(i);
            }
        }
        return ends;
    }
}
