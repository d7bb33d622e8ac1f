package com.salesteam.jira.service.review;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealTimeline;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.StageRules;
import com.salesteam.jira.model.kpi.ScoreLine;
import com.salesteam.jira.model.kpi.ScorecardScore;
import com.salesteam.jira.model.quota.Attainment;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.review.ForecastAccuracy;
import com.salesteam.jira.model.review.ReviewSnapshot;
import com.salesteam.jira.model.review.SnapshotKpi;
import com.salesteam.jira.service.AttainmentCache;
import com.salesteam.jira.service.DealHistorySource;
import com.salesteam.jira.service.RepAttainment;
import com.salesteam.jira.service.kpi.RepScorecardLoader;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.ReviewSnapshotRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.StageRuleRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Takes a review's snapshot when it reaches the manager: the reviewee's revenue attainment against their quota of
 * the review period, their KPI scorecard over that period with each KPI, and their forecast accuracy (see
 * {@link ForecastAccuracy}): closed won in the period, in the default currency, ÷ their Commit as it stood at the
 * end of the day before the period began, rebuilt from the deals' history like the as-of forecast. A review
 * already snapshot is not computed again: the first snapshot is the record. No caller check: the workflow's
 * conditions decide who moves the review, and the panel decides who reads it.
 */
public class ReviewSnapshotService {

    private final ReviewSnapshotRepository snapshots;
    private final RepScorecardLoader scorecards;
    private final AttainmentCache attainments;
    private final DealLedger ledger;
    private final DealHistorySource history;
    private final StageRuleRepository stageRules;
    private final SettingsRepository settings;
    private final Clock clock;

    public ReviewSnapshotService(ReviewSnapshotRepository snapshots, RepScorecardLoader scorecards,
                                 AttainmentCache attainments, DealLedger ledger, DealHistorySource history,
                                 StageRuleRepository stageRules, SettingsRepository settings, Clock clock) {
        this.snapshots = snapshots;
        this.scorecards = scorecards;
        this.attainments = attainments;
        this.ledger = ledger;
        this.history = history;
        this.stageRules = stageRules;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The review's snapshot: the stored one if it has one, else one taken now of {@code periodKey} (when it names
     * no fiscal period: the period of {@code fallback} containing today).
     */
    public ReviewSnapshot take(long reviewIssueId, String revieweeKey, String periodKey, PeriodType fallback) {
        Optional<ReviewSnapshot> existing = snapshots.find(reviewIssueId);
        if (existing.isPresent()) {
            return existing.get();
        }
        SettingsRepository.CalendarAndCurrency basics = settings.calendarAndCurrency();
        FiscalCalendar calendar = basics.calendar();
        Period period = Period.parse(periodKey.strip(), calendar)
                .orElseGet(() -> calendar.periodContaining(fallback, calendar.today(clock)));
        RepAttainment attainment = attainments.get(revieweeKey, period.key(), QuotaMetric.REVENUE_WON);
        Optional<Attainment> figures = attainment.attainment();
        ScorecardScore score = scorecards.loadPeriod(revieweeKey, period, scorecards.rules()).score();
        List<SnapshotKpi> kpis = score.lines().stream().map(ReviewSnapshotService::kpi).toList();
        ReviewSnapshot snapshot = new ReviewSnapshot(reviewIssueId, revieweeKey, period.key(), Instant.now(clock),
                figures.flatMap(Attainment::percent), figures.map(Attainment::closedUnits).orElse(0L),
                figures.map(Attainment::quotaUnits).orElse(0L), attainment.currency(), score.score(), kpis,
                accuracy(revieweeKey, period, calendar, basics.currency()));
        return snapshots.keepFirst(snapshot);
    }

    public Optional<ReviewSnapshot> find(long reviewIssueId) {
        return snapshots.find(reviewIssueId);
    }

    private static SnapshotKpi kpi(ScoreLine line) {
        return new SnapshotKpi(line.kpiKey(), line.nameEn(), line.nameZh(), line.actual(), line.benchmark(),
                line.points());
    }

    private ForecastAccuracy accuracy(String repKey, Period period, FiscalCalendar calendar, Currency currency) {
        Map<Currency, ForecastTotals> now = period.type() == PeriodType.WEEK
                ? ledger.ledgerTotalsByOwner(List.of(repKey), period.start(), period.end()).getOrDefault(repKey, Map.of())
                : ledger.periodTotalsByOwner(List.of(repKey), period.key()).getOrDefault(repKey, Map.of());
        long won = now.getOrDefault(currency, ForecastTotals.zero(currency)).closedWon().minor();
        return ForecastAccuracy.of(won, commitAtStart(repKey, period, calendar, currency));
    }

    /** The rep's cumulative Commit for the period as it stood at the end of the day before the period began. */
    private long commitAtStart(String repKey, Period period, FiscalCalendar calendar, Currency currency) {
        LocalDate dayBefore = period.start().minusDays(1);
        Instant endOfDay = period.start().atStartOfDay(calendar.zone()).toInstant().minusMillis(1);
        List<DealFacts> candidates = ledger.dealsForPeriodOrChangedSince(Set.of(repKey), period.start(), period.end(),
                endOfDay.toEpochMilli());
        List<Long> moved = candidates.stream().filter(deal -> deal.version() > endOfDay.toEpochMilli())
                .map(DealFacts::issueId).toList();
        Map<Long, DealTimeline> timelines = moved.isEmpty() ? Map.of() : history.timelines(moved);
        StageRules rules = moved.isEmpty() ? new StageRules(List.of()) : stageRules.rules();
        ForecastTotals commit = ForecastTotals.zero(currency);
        for (DealFacts deal : candidates) {
            Optional<DealFacts> then = Optional.ofNullable(timelines.get(deal.issueId()))
                    .map(timeline -> timeline.asOf(deal, endOfDay, rules, dayBefore))
                    .orElse(Optional.of(deal));
            Optional<DealFacts> counted = then.filter(facts -> facts.ownerKey().equals(Optional.of(repKey))
                    && facts.forecastDate().filter(period::contains).isPresent());
            if (counted.isPresent()) {
                ForecastTotals totals = ForecastTotals.of(counted.get());
                if (totals.currency().equals(currency)) {
                    commit = commit.plus(totals);
                }
            }
        }
        return commit.commit().minor();
    }
}
