package com.salesteam.jira.service.badge;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.badge.Award;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.model.badge.BadgeKind;
import com.salesteam.jira.model.badge.BadgeRules;
import com.salesteam.jira.model.badge.PeriodResult;
import com.salesteam.jira.model.badge.WonDeal;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.store.BadgeRepository;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.WonDealReader;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the badge rules to the ledger's period rows and quotas and stores what is due. Run by a job once per
 * cluster; running again over the same facts awards nothing new, since every award has a natural key the store
 * keeps once.
 *
 * <p>Not on the deal event path: an event already takes three statements under the ledger lock, and the first-deal
 * and biggest-deal rules need the owner's other won deals, which no per-event budget allows. The job finds the
 * reps who won something in the current or previous quarter from the period rows and reads only their won deals.
 *
 * <p>Periods looked at: the current fiscal month, quarter and year and the three before each (a streak of three
 * needs two before the latest). Quota met counts while a period runs: reaching 100 % is the occasion. The biggest
 * deal is awarded for the previous quarter only, once it is finished, one per currency (no rates), all in the run
 * that first finds the quarter finished.
 */
public class BadgeEvaluator {

    static final int PERIODS_BACK = 3;
    static final int COACHING_WEEKS = 6;
    private static final List<PeriodType> QUOTA_PERIODS = List.of(PeriodType.MONTH, PeriodType.QUARTER, PeriodType.YEAR);

    /** What a run awarded. */
    public record Outcome(List<Badge> awarded) {
        public String summary() {
            return awarded.size() + " badge(s) awarded";
        }
    }

    private final DealLedger ledger;
    private final QuotaRepository quotas;
    private final SettingsRepository settings;
    private final BadgeRepository badges;
    private final WonDealReader wonDeals;
    private final DealKeys dealKeys;
    private final CoachingCompletions coaching;
    private final BadgeCache cache;
    private final BadgeNotifier notifier;
    private final Clock clock;

    public BadgeEvaluator(DealLedger ledger, QuotaRepository quotas, SettingsRepository settings,
                          BadgeRepository badges, WonDealReader wonDeals, DealKeys dealKeys,
                          CoachingCompletions coaching, BadgeCache cache, BadgeNotifier notifier, Clock clock) {
        this.ledger = ledger;
        this.quotas = quotas;
        this.settings = settings;
        this.badges = badges;
        this.wonDeals = wonDeals;
        this.dealKeys = dealKeys;
        this.coaching = coaching;
        this.cache = cache;
        this.notifier = notifier;
        this.clock = clock;
    }

    public Outcome run() {
        FiscalCalendar calendar = settings.fiscalCalendar();
        LocalDate today = calendar.today(clock);

        Map<PeriodType, List<String>> windows = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (PeriodType type : QUOTA_PERIODS) {
            List<String> window = window(calendar.periodContaining(type, today), PERIODS_BACK + 1);
            windows.put(type, window);
            keys.addAll(window);
        }
        Map<String, Map<String, Map<Currency, ForecastTotals>>> sums = ledger.periodTotalsOfEveryone(keys);
        List<PeriodResult> results = results(sums, quotas.repQuotasOfEveryone(keys, QuotaMetric.REVENUE_WON));

        List<Award> due = new ArrayList<>(BadgeRules.quotasMet(results));
        windows.values().forEach(window -> due.addAll(BadgeRules.quotaStreaks(window, results)));
        due.addAll(dealAwards(calendar.periodContaining(PeriodType.QUARTER, today), sums));
        due.addAll(coachingAwards(calendar, today));

        Instant now = clock.instant();
        List<Badge> wanted = due.stream().map(award -> new Badge(award,
                award.deal().flatMap(dealKeys::keyOf), now, false)).toList();
        List<Badge> awarded = badges.awardAll(wanted);
        Set<String> people = new HashSet<>();
        awarded.forEach(badge -> people.add(badge.award().personKey()));
        cache.forget(people);
        if (!awarded.isEmpty()) {
            notifier.awarded(awarded);
        }
        return new Outcome(awarded);
    }

    /** First deals of reps who won in this or the previous quarter and have none yet; the previous quarter's biggest. */
    private List<Award> dealAwards(Period quarter, Map<String, Map<String, Map<Currency, ForecastTotals>>> sums) {
        Period previous = quarter.previous();
        Set<String> winnersBefore = winners(sums.getOrDefault(previous.key(), Map.of()));
        Set<String> winners = new HashSet<>(winnersBefore);
        winners.addAll(winners(sums.getOrDefault(quarter.key(), Map.of())));
        if (winners.isEmpty()) {
            return List.of();
        }
        Set<String> firstDue = new HashSet<>(winners);
        firstDue.removeAll(badges.holders(BadgeKind.FIRST_DEAL_WON, winners));
        boolean biggestDue = !winnersBefore.isEmpty() && !badges.awardedIn(BadgeKind.BIGGEST_DEAL, previous.key());
        Set<String> read = new HashSet<>(firstDue);
        if (biggestDue) {
            read.addAll(winnersBefore);
        }
        List<WonDeal> won = wonDeals.wonDealsOf(read);
        List<Award> awards = new ArrayList<>(BadgeRules.firstDeals(
                won.stream().filter(deal -> firstDue.contains(deal.ownerKey())).toList()));
        if (biggestDue) {
            awards.addAll(BadgeRules.biggestDeals(previous.key(), won, deal -> previous.contains(deal.closedOn())));
        }
        return awards;
    }

    private List<Award> coachingAwards(FiscalCalendar calendar, LocalDate today) {
        if (!coaching.measured()) {
            return List.of();
        }
        // finished weeks only: a week still running may yet get its action
        List<Period> weeks = new ArrayList<>();
        Period week = calendar.periodContaining(PeriodType.WEEK, today).previous();
        for (int i = 0; i < COACHING_WEEKS; i++) {
            weeks.add(0, week);
            week = week.previous();
        }
        List<String> weekKeys = weeks.stream().map(Period::key).toList();
        List<Award> awards = new ArrayList<>();
        coaching.completedPerWeek(weeks).forEach((person, counts) ->
                awards.addAll(BadgeRules.coachingStreaks(person, weekKeys, counts)));
        return awards;
    }

    /** Revenue won in each revenue-won quota's currency against it; count quotas and zero quotas are no target. */
    private static List<PeriodResult> results(Map<String, Map<String, Map<Currency, ForecastTotals>>> sums,
                                              List<Quota> found) {
        List<PeriodResult> results = new ArrayList<>();
        for (Quota quota : found) {
            quota.amount().ifPresent(target -> {
                ForecastTotals won = sums.getOrDefault(quota.periodKey(), Map.of())
                        .getOrDefault(quota.subject().key(), Map.of()).get(target.currency());
                results.add(new PeriodResult(quota.subject().key(), quota.periodKey(),
                        won == null ? 0 : won.wonMinor(), quota.units()));
            });
        }
        return results;
    }

    private static Set<String> winners(Map<String, Map<Currency, ForecastTotals>> byOwner) {
        Set<String> winners = new HashSet<>();
        byOwner.forEach((owner, totals) -> {
            if (totals.values().stream().anyMatch(sum -> sum.wonCount() > 0)) {
                winners.add(owner);
            }
        });
        return winners;
    }

    /** {@code count} periods ending with {@code last}, oldest first. */
    private static List<String> window(Period last, int count) {
        List<String> keys = new ArrayList<>();
        Period period = last;
        for (int i = 0; i < count; i++) {
            keys.add(0, period.key());
            period = period.previous();
        }
        return keys;
    }
}
