package com.salesteam.jira.service.ranking;

import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.model.ranking.LeaderboardMetric;
import com.salesteam.jira.model.ranking.LeaderboardPrivacy;
import com.salesteam.jira.model.ranking.Ranking;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.DaySumsCache;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.PeriodSumsCache;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads in at most five statements whatever the number of reps: the settings (calendar, currency, privacy and
 * exclusions in one), the teams (two; not for the all-company board), the revenue-won quotas of both periods and,
 * unless the period sums cache holds them, the period rows of the period and the one before it
 * ({@code PERIOD_KEY IN (?, ?)}; the all-company board and a team's read the same cached sums of everyone). The
 * sums are cached because a board ranks every rep in both periods: standings need the sums of all of them, and
 * reading 20,000 period rows costs the embedded database more than the whole budget of a board, while a past
 * period, read by every board for movement, rarely changes.
 *
 * <p>Who sees what: admins every board with amounts; a manager of the team or of a team above it that board with
 * amounts; a rep on the team (directly or in a team below it) that board only when the admin shows boards to reps,
 * and then without the other rows' amounts if the admin hides them; anyone else is refused. The all-company board
 * is for admins only: it shows everyone's figures, which no team's privacy setting was meant to share.
 *
 * <p>Weeks and custom ranges of days read the day rows instead of the period rows ({@link BoardSums}). Ties share a
 * rank (1, 2, 2, 4) unless the request asks for the "reached it first" tie-break ({@link ReachedFirst}), which reads
 * the day rows of the tied reps that matter: one statement more (per 1,000 of them).
 */
public class LeaderboardServiceImpl implements LeaderboardService {

    private final QuotaRepository quotas;
    private final TeamRepository teams;
    private final SettingsRepository settings;
    private final UserDirectory users;
    private final AccessGuard access;
    private final Clock clock;
    private final DealAmountAccess amounts;
    private final BoardSums boardSums;
    private final ReachedFirst reachedFirst;

    public LeaderboardServiceImpl(PeriodSumsCache periodSums, QuotaRepository quotas, TeamRepository teams,
                                  SettingsRepository settings, UserDirectory users, CurrentUser currentUser, Clock clock,
            DealAmountAccess amounts, DaySumsCache daySums, DealLedger ledger) {
        this.amounts = amounts;
        this.boardSums = new BoardSums(periodSums, daySums, ledger);
        this.reachedFirst = new ReachedFirst(ledger);
        this.quotas = quotas;
        this.teams = teams;
        this.settings = settings;
        this.users = users;
        this.access = new AccessGuard(currentUser);
        this.clock = clock;
    }

    @Override
    public Leaderboard board(String metricKey, String periodKey, String from, String to, Long teamId, Integer top,
                             String tieBreak) {
        Caller caller = access.requireUser();
        LeaderboardMetric metric = metric(metricKey);
        int limit = top(top);
        boolean byDay = TieBreaks.reachedFirst(tieBreak);
        if (teamId == null && !caller.admin()) {
            throw ServiceException.forbidden("salesteam.error.leaderboard.company.forbidden");
        }
        SettingsRepository.LeaderboardSettings read = settings.leaderboardSettings();
        LeaderboardPrivacy privacy = read.privacy();
        BoardPeriod period = BoardPeriod.resolve(read.calendar(), periodKey, from, to, clock);
        List<String> periodKeys = List.of(period.key(), period.previousKey());

        Set<String> population = new LinkedHashSet<>();
        List<Quota> found;
        boolean hide = false;
        // everyone's sums; only the population's are read below
        Map<String, Map<String, Map<Currency, ForecastTotals>>> sums;
        if (teamId == null) {
            sums = boardSums.read(period);
            found = quotas.repQuotasOfEveryone(periodKeys, QuotaMetric.REVENUE_WON);
            // everyone with figures in either period, or a quota to be measured against in this one
            sums.values().forEach(byOwner -> population.addAll(byOwner.keySet()));
            found.stream().filter(quota -> quota.periodKey().equals(period.key()))
                    .forEach(quota -> population.add(quota.subject().key()));
        } else {
            TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
            hide = hideAmounts(caller, hierarchy, teamId, privacy);
            population.addAll(hierarchy.rollUpMembers(teamId));
            sums = boardSums.read(period);
            found = quotas.find(population.stream().map(QuotaSubject.Rep::new).toList(), periodKeys,
                    QuotaMetric.REVENUE_WON);
        }
        population.removeAll(privacy.excluded());

        Map<String, Map<String, Quota>> quotaByPeriod = new HashMap<>();
        found.forEach(quota -> quotaByPeriod.computeIfAbsent(quota.periodKey(), key -> new HashMap<>())
                .put(quota.subject().key(), quota));
        Figures now = new Figures(metric, read.currency(), sums.getOrDefault(period.key(), Map.of()),
                quotaByPeriod.getOrDefault(period.key(), Map.of()));
        Figures before = new Figures(metric, read.currency(), sums.getOrDefault(period.previousKey(), Map.of()),
                quotaByPeriod.getOrDefault(period.previousKey(), Map.of()));

        // the rows shown and the ranks they have, now and before, without ordering every rep of the board
        List<Ranking.Entry> entries = now.entries(population);
        Ranking.Standings standings = Ranking.standings(entries);
        Optional<ReachedFirst.Result> told = byDay ? Optional.of(reachedFirst.rank(entries, limit, caller.userKey(),
                period.range(), (rep, cumulative) -> new Figures(metric, read.currency(), Map.of(rep, cumulative),
                        now.quotas()).score(rep))) : Optional.empty();
        Ranking.Standings previous = Ranking.standings(before.entries(population));
        // sums also count deals of projects the viewer may not browse: then only their own figure shows
        boolean amountsHidden = hide && metric != LeaderboardMetric.PERCENT_OF_QUOTA || !amounts.seesEveryDeal(caller);

        List<Leaderboard.Row> rows = new ArrayList<>();
        boolean callerShown = false;
        for (Ranking.Ranked standing : told.map(ReachedFirst.Result::top).orElseGet(() -> standings.top(limit))) {
            boolean self = standing.entry().subjectKey().equals(caller.userKey());
            callerShown |= self;
            rows.add(row(standing, self, amountsHidden, now, before, previous));
        }
        Optional<Leaderboard.Row> own = Optional.empty();
        if (!callerShown && population.contains(caller.userKey())) {
            own = now.score(caller.userKey()).map(score -> row(new Ranking.Ranked(told.flatMap(ReachedFirst.Result::viewerRank)
                    .orElseGet(() -> standings.rankOf(score)),
                    new Ranking.Entry(caller.userKey(), score, Optional.empty())), true, amountsHidden, now, before, previous));
        }
        return new Leaderboard(metric, period.key(), period.previousKey(), Optional.ofNullable(teamId),
                read.currency(), rows, own, amountsHidden, now.otherCurrencyReps(population),
                metric == LeaderboardMetric.PERCENT_OF_QUOTA ? population.size() - standings.size() : 0);
    }

    /** Refused alike for a team that does not exist and one the rep is not on, so ids reveal nothing. */
    private static boolean hideAmounts(Caller caller, TeamHierarchy hierarchy, long teamId, LeaderboardPrivacy privacy) {
        if (caller.admin() || hierarchy.manages(caller.userKey(), teamId)) {
            hierarchy.team(teamId).orElseThrow(() -> ServiceException.notFound("salesteam.error.team.notfound", teamId));
            return false;
        }
        if (!hierarchy.rollUpMembers(teamId).contains(caller.userKey())) {
            throw ServiceException.forbidden("salesteam.error.leaderboard.forbidden");
        }
        if (!privacy.showToReps()) {
            throw ServiceException.forbidden("salesteam.error.leaderboard.notshared");
        }
        return privacy.hideAmountsFromReps();
    }

    private Leaderboard.Row row(Ranking.Ranked standing, boolean self, boolean amountsHidden, Figures now,
                                Figures before, Ranking.Standings previous) {
        String key = standing.entry().subjectKey();
        return new Leaderboard.Row(standing.rank(), key, users.byKey(key).map(Person::displayName).orElse(key),
                amountsHidden && !self ? Optional.empty() : Optional.of(standing.entry().score()),
                now.percentOfQuota(key),
                before.score(key).map(score -> Ranking.movement(previous.rankOf(score), standing.rank())),
                self);
    }

    /** One period's sums and quotas, scored by the metric. */
    private record Figures(LeaderboardMetric metric, Currency currency, Map<String, Map<Currency, ForecastTotals>> sums,
                           Map<String, Quota> quotas) {

        List<Ranking.Entry> entries(Collection<String> reps) {
            List<Ranking.Entry> entries = new ArrayList<>(reps.size());
            for (String rep : reps) {
                score(rep).ifPresent(score -> entries.add(new Ranking.Entry(rep, score, Optional.empty())));
            }
            return entries;
        }

        /** Empty only on a percent-of-quota board for a rep without a quota to divide by. */
        Optional<BigDecimal> score(String rep) {
            Map<Currency, ForecastTotals> own = sums.getOrDefault(rep, Map.of());
            return switch (metric) {
                case REVENUE_WON -> Optional.of(BigDecimal.valueOf(in(own, currency).wonMinor()));
                case DEALS_WON -> Optional.of(BigDecimal.valueOf(own.values().stream()
                        .mapToLong(ForecastTotals::wonCount).sum()));
                case WEIGHTED_PIPELINE -> Optional.of(BigDecimal.valueOf(in(own, currency).weightedMinor()));
                case PERCENT_OF_QUOTA -> percentOfQuota(rep);
            };
        }

        /** Won in the quota's currency against the revenue-won quota, one decimal. */
        Optional<BigDecimal> percentOfQuota(String rep) {
            Quota quota = quotas.get(rep);
            if (quota == null || quota.units() <= 0 || quota.amount().isEmpty()) {
                return Optional.empty();
            }
            long won = in(sums.getOrDefault(rep, Map.of()), quota.amount().get().currency()).wonMinor();
            return Optional.of(BigDecimal.valueOf(won).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(quota.units()), 1, RoundingMode.HALF_UP));
        }

        /** Reps with figures of this metric in a currency the board does not count (no rates are applied). */
        int otherCurrencyReps(Collection<String> reps) {
            if (metric == LeaderboardMetric.DEALS_WON) {
                return 0;
            }
            int count = 0;
            for (String rep : reps) {
                Currency counted = metric == LeaderboardMetric.PERCENT_OF_QUOTA
                        ? Optional.ofNullable(quotas.get(rep)).flatMap(Quota::amount).map(money -> money.currency())
                        .orElse(currency) : currency;
                for (ForecastTotals totals : sums.getOrDefault(rep, Map.of()).values()) {
                    if (!totals.currency().equals(counted) && (metric == LeaderboardMetric.WEIGHTED_PIPELINE
                            ? totals.weightedMinor() != 0 : totals.wonMinor() != 0)) {
                        count++;
                        break;
                    }
                }
            }
            return count;
        }

        private static ForecastTotals in(Map<Currency, ForecastTotals> totals, Currency currency) {
            return totals.getOrDefault(currency, ForecastTotals.zero(currency));
        }
    }

    private static LeaderboardMetric metric(String key) {
        String wanted = key == null || key.isBlank() ? LeaderboardMetric.REVENUE_WON.key() : key;
        return LeaderboardMetric.fromKey(wanted).orElseThrow(() ->
                ServiceException.invalid(FieldError.of("metric", "salesteam.error.leaderboard.metric", key)));
    }

    private static int top(Integer top) {
        if (top == null) {
            return DEFAULT_TOP;
        }
        if (top < 1 || top > MAX_TOP) {
            throw ServiceException.invalid(FieldError.of("top", "salesteam.error.leaderboard.top", MAX_TOP));
        }
        return top;
    }
}
