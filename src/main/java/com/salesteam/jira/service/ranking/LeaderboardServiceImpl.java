package com.salesteam.jira.service.ranking;

import com.salesteam.jira.model.DealSums;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.NewPipeline;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.ScorecardScore;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.model.ranking.LeaderboardMetric;
import com.salesteam.jira.model.ranking.LeaderboardPrivacy;
import com.salesteam.jira.model.ranking.Ranking;
import com.salesteam.jira.model.ranking.ScoreStandings;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.DaySumsCache;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.LeaderboardSettingsCache;
import com.salesteam.jira.service.PeriodSumsCache;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.TeamTreeCache;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.kpi.PeriodScorecards;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.SettingsRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Reads in at most four statements whatever the number of reps, which leaves the REST resource one for the shown
 * people's badges when they are not cached: the settings (calendar, currency, privacy and exclusions in one, from
 * the leaderboard settings cache: none once cached), the teams from the team tree cache (none once cached; two when not, and not for the all-company board of a money,
 * count or KPI metric) and what the metric ranks. Revenue won, deals won and weighted pipeline read only the period
 * rows of the period and the one before it ({@code PERIOD_KEY IN (?, ?)}), unless the period sums cache holds them;
 * percent of quota adds the revenue-won quotas of both periods; new pipeline reads the day sums of both periods (one
 * statement, none once cached: the period rows hold no new pipeline); a KPI reads its logged values of both periods
 * in one statement (or the cached period or day sums for the deal KPIs); the scorecard reads everyone's logged
 * values of both periods in one and the cached period rows. KPI definitions and weights come from the scorecard cache (two
 * statements after they change). The teams are cached because the most a board reads besides them is two tables
 * (sums and quotas, sums and the tied reps' days, logged values and sums): with the teams' two statements and the
 * badges' one that was six. The settings are cached for the board whose team tree was just forgotten (a team
 * changed): its two team statements, the settings, two tables and the badges made six, and a team change is far more
 * frequent than a save of the calendar or the privacy, after which the next board reads the settings again but not
 * the teams. A tree or settings cached by a node hold until they change on any node.
 * The sums are cached because a board ranks every rep in both periods: standings need the sums of all of them, and
 * reading 20,000 period rows costs the embedded database more than the whole budget of a board, while a past
 * period, read by every board for movement, rarely changes. Each period is scored in one pass over the board's
 * people into whole numbers ({@link PeriodScores}) and ranked as such ({@link ScoreStandings}).
 *
 * <p>Who sees what: admins every board with amounts; a manager of the team or of a team above it that board with
 * amounts; a rep on the team (directly or in a team below it) that board only when the admin shows boards to reps,
 * and then without the other rows' values if the admin hides amounts (KPI values and scorecard scores are hidden
 * alike: a rep reads no one else's scorecard); anyone else is refused. The all-company board is for admins, and for
 * reps (members or managers of a sales team) only when the admin shows it to them, under the same amounts rule: it
 * shows everyone's figures, which no team's privacy setting was meant to share. A viewer who cannot browse some deal
 * project sees neither the others' values nor their percent of quota.
 *
 * <p>Weeks and custom ranges of days read the cached day sums instead of the period rows ({@link BoardSums}). Ties
 * share a rank (1, 2, 2, 4) unless the request asks for the "reached it first" tie-break ({@link ReachedFirst}), which
 * reads the day rows of the tied reps that matter: one statement more, whatever their number. Scorecard boards and
 * those of KPIs not taken from the deal ledger rank fiscal periods only: logged KPI values and scorecards have no day
 * rows to rank a week or a range by. KPI and scorecard boards share ties.
 */
public class LeaderboardServiceImpl implements LeaderboardService {

    private final QuotaRepository quotas;
    private final TeamTreeCache teams;
    private final LeaderboardSettingsCache settings;
    private final UserDirectory users;
    private final AccessGuard access;
    private final Clock clock;
    private final DealAmountAccess amounts;
    private final KpiRepository kpis;
    private final ScorecardCache scorecards;
    private final PeriodScorecards periodScorecards;
    private final BoardSums boardSums;
    private final ReachedFirst reachedFirst;

    public LeaderboardServiceImpl(PeriodSumsCache periodSums, QuotaRepository quotas, TeamTreeCache teams,
                                  LeaderboardSettingsCache settings, UserDirectory users, CurrentUser currentUser,
                                  Clock clock,
                                  DealAmountAccess amounts, KpiRepository kpis, ScorecardCache scorecards,
                                  DaySumsCache daySums, DealLedger ledger) {
        this.amounts = amounts;
        this.boardSums = new BoardSums(periodSums, daySums);
        this.reachedFirst = new ReachedFirst(ledger);
        this.quotas = quotas;
        this.teams = teams;
        this.settings = settings;
        this.users = users;
        this.access = new AccessGuard(currentUser);
        this.clock = clock;
        this.kpis = kpis;
        this.scorecards = scorecards;
        this.periodScorecards = new PeriodScorecards(kpis, periodSums, daySums);
    }

    @Override
    public Leaderboard board(String metricKey, String kpiKey, String periodKey, String from, String to, Long teamId,
                             Integer top, String tieBreak) {
        Caller caller = access.requireUser();
        LeaderboardMetric metric = metric(metricKey);
        int limit = top(top);
        boolean byDay = TieBreaks.reachedFirst(tieBreak);
        Optional<KpiDefinition> kpi = metric == LeaderboardMetric.KPI ? Optional.of(kpi(kpiKey)) : Optional.empty();
        SettingsRepository.LeaderboardSettings read = settings.settings();
        LeaderboardPrivacy privacy = read.privacy();
        if (teamId == null && !caller.admin() && !privacy.companyBoardToReps()) {
            throw ServiceException.forbidden("salesteam.error.leaderboard.company.forbidden");
        }
        BoardPeriod period = BoardPeriod.resolve(read.calendar(), periodKey, from, to, clock);

        TeamHierarchy hierarchy = teamId == null && caller.admin() && metric != LeaderboardMetric.SCORECARD ? null
                : new TeamHierarchy(teams.teams());
        boolean hide = teamId == null ? companyAmountsHidden(caller, hierarchy, privacy)
                : hideAmounts(caller, hierarchy, teamId, privacy);
        Set<String> population = new HashSet<>();
        if (teamId != null) {
            population.addAll(hierarchy.rollUpMembers(teamId));
        }
        Scored scored = switch (metric) {
            case REVENUE_WON, DEALS_WON, WEIGHTED_PIPELINE -> ofSums(metric, read.currency(), read.calendar(), period,
                    teamId, population, false);
            case NEW_PIPELINE -> ofNewPipeline(read.currency(), read.calendar(), period, teamId, population, false);
            case PERCENT_OF_QUOTA -> ofPercent(read.calendar(), period, teamId, population);
            case KPI -> ofKpi(kpi.orElseThrow(), read.currency(), read.calendar(), period, byDay, teamId, population);
            case SCORECARD -> ofScorecards(hierarchy, read.currency(), fiscal(read.calendar(), period, byDay), teamId,
                    population);
        };
        population.removeAll(privacy.excluded());

        // one pass over the board's people scoring both periods: the rows shown and the ranks they have, now and before
        Pass pass = scored.everyone().map(sums -> Pass.ofEveryone(sums, privacy.excluded()))
                .orElseGet(() -> Pass.of(population, scored));
        ScoreStandings standings = pass.now();
        ScoreStandings previous = pass.before();
        // sums also count deals of projects the viewer may not browse: then only their own figure shows, and not
        // another's percent of quota either, which times the quota (readable to managers) gives the hidden amount
        boolean unbrowsable = !amounts.seesEveryDeal(caller);
        boolean amountsHidden = hide && metric != LeaderboardMetric.PERCENT_OF_QUOTA || unbrowsable;

        List<Leaderboard.Row> rows = new ArrayList<>();
        boolean callerShown = false;
        Optional<ReachedFirst.Result> told = byDay ? Optional.of(reachedFirst.rank(entries(standings), limit,
                caller.userKey(), period.range(), scored.byDay())) : Optional.empty();
        List<ScoreStandings.Place> shown = told.map(LeaderboardServiceImpl::places).orElseGet(() -> standings.top(limit));
        for (ScoreStandings.Place place : shown) {
            boolean self = place.subjectKey().equals(caller.userKey());
            callerShown |= self;
            rows.add(row(place, self, amountsHidden, unbrowsable, metric, scored, previous));
        }
        Optional<Leaderboard.Row> own = Optional.empty();
        long callerScore = pass.onBoard(caller.userKey()) ? scored.now().of(caller.userKey()) : PeriodScores.NONE;
        if (!callerShown && callerScore != PeriodScores.NONE) {
            int rank = told.flatMap(ReachedFirst.Result::viewerRank).orElseGet(() -> standings.rankOf(callerScore));
            own = Optional.of(row(new ScoreStandings.Place(rank, caller.userKey(), callerScore), true, amountsHidden,
                    unbrowsable, metric, scored, previous));
        }
        return new Leaderboard(metric, period.key(), period.previousKey(), Optional.ofNullable(teamId), read.currency(), rows,
                own, amountsHidden, pass.otherCurrency(),
                metric == LeaderboardMetric.PERCENT_OF_QUOTA ? population.size() - standings.size() : 0, kpi);
    }

    /** Both periods ranked, the reps counted on other currencies, and who is on the board. */
    private record Pass(ScoreStandings now, ScoreStandings before, int otherCurrency, Predicate<String> onBoard) {

        boolean onBoard(String rep) {
            return onBoard.test(rep);
        }

        static Pass of(Set<String> population, Scored scored) {
            int size = population.size();
            String[] keys = new String[size];
            long[] scores = new long[size];
            String[] keysBefore = new String[size];
            long[] scoresBefore = new long[size];
            int ranked = 0;
            int rankedBefore = 0;
            int otherCurrency = 0;
            for (String rep : population) {
                long now = scored.now().of(rep);
                if (now != PeriodScores.NONE) {
                    keys[ranked] = rep;
                    scores[ranked++] = now;
                }
                long before = scored.before().of(rep);
                if (before != PeriodScores.NONE) {
                    keysBefore[rankedBefore] = rep;
                    scoresBefore[rankedBefore++] = before;
                }
                if (scored.otherCurrency().test(rep)) {
                    otherCurrency++;
                }
            }
            return new Pass(ScoreStandings.of(keys, scores, ranked), ScoreStandings.of(keysBefore, scoresBefore,
                    rankedBefore), otherCurrency, population::contains);
        }

        /**
         * Everyone with sums in either period, walking both periods' maps rather than building their union and
         * looking each rep up in them: the all-company board's 10,000 reps cost one lookup each.
         */
        static <T> Pass ofEveryone(EveryonesSums<T> sums, Set<String> excluded) {
            int size = sums.now().size() + sums.before().size();
            String[] keys = new String[size];
            long[] scores = new long[size];
            String[] keysBefore = new String[size];
            long[] scoresBefore = new long[size];
            int ranked = 0;
            int rankedBefore = 0;
            int otherCurrency = 0;
            for (Map.Entry<String, T> own : sums.now().entrySet()) {
                String rep = own.getKey();
                if (!excluded.contains(rep) && sums.included().test(own.getValue())) {
                    keys[ranked] = rep;
                    scores[ranked++] = sums.score().applyAsLong(own.getValue());
                    keysBefore[rankedBefore] = rep;
                    scoresBefore[rankedBefore++] = sums.score().applyAsLong(sums.before().get(rep));
                    if (sums.otherCurrency().test(own.getValue())) {
                        otherCurrency++;
                    }
                }
            }
            long none = sums.score().applyAsLong(null);
            for (Map.Entry<String, T> own : sums.before().entrySet()) {
                String rep = own.getKey();
                if (sums.included().test(own.getValue()) && !sums.isIn(sums.now(), rep) && !excluded.contains(rep)) {
                    keys[ranked] = rep;
                    scores[ranked++] = none;
                    keysBefore[rankedBefore] = rep;
                    scoresBefore[rankedBefore++] = sums.score().applyAsLong(own.getValue());
                }
            }
            return new Pass(ScoreStandings.of(keys, scores, ranked), ScoreStandings.of(keysBefore, scoresBefore,
                    rankedBefore), otherCurrency, rep -> !excluded.contains(rep)
                    && (sums.isIn(sums.now(), rep) || sums.isIn(sums.before(), rep)));
        }
    }

    /**
     * Everyone's sums of both periods (forecast sums per currency, or day sums) and how a rep's own sums score, for
     * the all-company board of a sums metric; {@code included}: which sums put their rep on the board (the day sums
     * of a fiscal period hold reps who created nothing in it, whom a range's new pipeline leaves out).
     */
    private record EveryonesSums<T>(Map<String, T> now, Map<String, T> before, ToLongFunction<T> score,
                                    Predicate<T> otherCurrency, Predicate<T> included) {

        boolean isIn(Map<String, T> sums, String rep) {
            T own = sums.get(rep);
            return own != null && included.test(own);
        }
    }

    /**
     * Both periods' scores, at one scale; {@code ascending}: lower values rank first (stored negated); {@code byDay}
     * scores a rep's cumulative day sums for the "reached it first" tie-break.
     */
    private record Scored(PeriodScores now, PeriodScores before, int scale, boolean ascending,
                          Predicate<String> otherCurrency, Optional<EveryonesSums<?>> everyone,
                          ReachedFirst.Scorer byDay) {

        BigDecimal value(long score) {
            return BigDecimal.valueOf(ascending ? -score : score, scale);
        }
    }

    private Scored ofSums(LeaderboardMetric metric, Currency currency, FiscalCalendar calendar, BoardPeriod period,
                          Long teamId, Set<String> population, boolean ascending) {
        Map<String, Map<String, Map<Currency, ForecastTotals>>> sums = boardSums.read(period, calendar,
                owners(teamId, population));
        Map<String, Map<Currency, ForecastTotals>> now = sums.getOrDefault(period.key(), Map.of());
        Map<String, Map<Currency, ForecastTotals>> before = sums.getOrDefault(period.previousKey(), Map.of());
        ToLongFunction<Map<Currency, ForecastTotals>> counted = PeriodScores.sumScore(metric, currency);
        // a lower-is-better deal KPI ranks negated sums
        ToLongFunction<Map<Currency, ForecastTotals>> score = ascending ? own -> -counted.applyAsLong(own) : counted;
        Predicate<Map<Currency, ForecastTotals>> other = metric == LeaderboardMetric.DEALS_WON ? own -> false
                : own -> otherCurrency(own, currency, metric);
        // the all-company board ranks everyone with figures in either period
        return new Scored(PeriodScores.ofSums(score, now), PeriodScores.ofSums(score, before), 0, ascending,
                rep -> other.test(now.get(rep)), teamId == null
                ? Optional.of(new EveryonesSums<>(now, before, score, other, own -> true)) : Optional.empty(),
                (rep, cumulative) -> Optional.of(BigDecimal.valueOf(score.applyAsLong(cumulative.totals()))));
    }

    /**
     * New pipeline in the currency's minor units, from the day sums of every kind of period
     * ({@link BoardSums#days}); {@code ascending} for a lower-is-better KPI. A rep without new deals scores 0, as
     * on the revenue board.
     */
    private Scored ofNewPipeline(Currency currency, FiscalCalendar calendar, BoardPeriod period, Long teamId,
                                 Set<String> population, boolean ascending) {
        Map<String, Map<String, DealSums>> days = boardSums.days(period, calendar, owners(teamId, population));
        Map<String, DealSums> now = days.getOrDefault(period.key(), Map.of());
        Map<String, DealSums> before = days.getOrDefault(period.previousKey(), Map.of());
        ToLongFunction<DealSums> amount = own -> {
            NewPipeline counted = own == null ? null : own.created().get(currency);
            return counted == null ? 0 : counted.amountMinor();
        };
        ToLongFunction<DealSums> score = ascending ? own -> -amount.applyAsLong(own) : amount;
        Predicate<DealSums> other = own -> otherCurrency(own, currency);
        // the all-company board ranks everyone who created something in either period, as a range's sums hold
        return new Scored(PeriodScores.ofSums(score, now), PeriodScores.ofSums(score, before), 0, ascending,
                rep -> other.test(now.get(rep)), teamId == null
                ? Optional.of(new EveryonesSums<>(now, before, score, other, own -> !own.created().isEmpty()))
                : Optional.empty(),
                (rep, cumulative) -> Optional.of(BigDecimal.valueOf(score.applyAsLong(cumulative))));
    }

    private Scored ofPercent(FiscalCalendar calendar, BoardPeriod period, Long teamId, Set<String> population) {
        List<String> periodKeys = List.of(period.key(), period.previousKey());
        Map<String, Map<String, Map<Currency, ForecastTotals>>> sums = boardSums.read(period, calendar,
                owners(teamId, population));
        Map<String, Map<Currency, ForecastTotals>> now = sums.getOrDefault(period.key(), Map.of());
        Map<String, Map<Currency, ForecastTotals>> before = sums.getOrDefault(period.previousKey(), Map.of());
        List<Quota> found;
        if (teamId == null) {
            found = quotas.repQuotasOfEveryone(periodKeys, QuotaMetric.REVENUE_WON);
            // everyone with figures in either period, or a quota to be measured against in this one
            population.addAll(now.keySet());
            population.addAll(before.keySet());
            found.stream().filter(quota -> quota.periodKey().equals(period.key()))
                    .forEach(quota -> population.add(quota.subject().key()));
        } else {
            found = quotas.find(population.stream().map(QuotaSubject.Rep::new).toList(), periodKeys,
                    QuotaMetric.REVENUE_WON);
        }
        Map<String, Quota> quotasNow = new HashMap<>();
        Map<String, Quota> quotasBefore = new HashMap<>();
        found.forEach(quota -> (quota.periodKey().equals(period.key()) ? quotasNow : quotasBefore)
                .put(quota.subject().key(), quota));
        return new Scored(PeriodScores.ofPercent(now, quotasNow), PeriodScores.ofPercent(before, quotasBefore), 1,
                false, rep -> otherCurrency(now.get(rep), Optional.ofNullable(quotasNow.get(rep))
                .flatMap(Quota::amount).map(Money::currency).orElse(null), LeaderboardMetric.PERCENT_OF_QUOTA),
                Optional.empty(), (rep, cumulative) -> {
                    long score = PeriodScores.ofPercent(Map.of(rep, cumulative.totals()), quotasNow).of(rep);
                    return score == PeriodScores.NONE ? Optional.empty() : Optional.of(BigDecimal.valueOf(score));
                });
    }

    /**
     * Logged (or counted) values in hundredths, of fiscal periods; the deal KPIs, as the scorecard measures them, from
     * the period or day sums in the currency's minor units, of every kind of period (their sums have day rows). Ties
     * are shared on every KPI board.
     */
    private Scored ofKpi(KpiDefinition kpi, Currency currency, FiscalCalendar calendar, BoardPeriod board, boolean byDay,
                         Long teamId, Set<String> population) {
        boolean ascending = kpi.direction() == KpiDirection.LOWER_IS_BETTER;
        if (kpi.source() instanceof KpiSource.DealMetric deal) {
            if (byDay) {
                throw ServiceException.invalid(FieldError.of("tieBreak", "salesteam.error.leaderboard.tiebreak.metric"));
            }
            Scored sums = switch (deal.metric()) {
                case NEW_PIPELINE -> ofNewPipeline(currency, calendar, board, teamId, population, ascending);
                case DEALS_WON -> ofSums(LeaderboardMetric.DEALS_WON, currency, calendar, board, teamId, population,
                        ascending);
                case REVENUE_WON -> ofSums(LeaderboardMetric.REVENUE_WON, currency, calendar, board, teamId,
                        population, ascending);
            };
            return new Scored(sums.now(), sums.before(), deal.metric().money() ? currency.getDefaultFractionDigits() : 0,
                    ascending, sums.otherCurrency(), sums.everyone(), sums.byDay());
        }
        Period period = fiscal(calendar, board, byDay);
        Period earlier = period.previous();
        List<Period> periods = List.of(period, earlier);
        Map<String, Map<String, Long>> totals = teamId == null ? kpis.kpiTotalsOfEveryone(kpi.key(), periods)
                : kpis.kpiTotals(kpi.key(), population, periods);
        Map<String, Long> now = totals.getOrDefault(period.key(), Map.of());
        Map<String, Long> before = totals.getOrDefault(earlier.key(), Map.of());
        if (teamId == null) {
            // everyone who logged it in either period
            population.addAll(now.keySet());
            population.addAll(before.keySet());
        }
        return new Scored(PeriodScores.ofValues(now, ascending), PeriodScores.ofValues(before, ascending),
                KpiDefinition.SCALE, ascending, rep -> false, Optional.empty(), LeaderboardServiceImpl::noDays);
    }

    /** Scores in hundredths; people without a score (nothing weighted is measured) are not ranked. */
    private Scored ofScorecards(TeamHierarchy hierarchy, Currency currency, Period period, Long teamId,
                                Set<String> population) {
        Period earlier = period.previous();
        if (teamId == null) {
            // everyone in a sales team
            hierarchy.all().forEach(team -> population.addAll(team.memberKeys()));
        }
        Map<String, Map<String, ScorecardScore>> scores = periodScorecards.scores(population, hierarchy,
                scorecards.rules(), List.of(period, earlier), currency);
        return new Scored(PeriodScores.ofPresentValues(hundredths(scores.getOrDefault(period.key(), Map.of()))),
                PeriodScores.ofPresentValues(hundredths(scores.getOrDefault(earlier.key(), Map.of()))),
                KpiDefinition.SCALE, false, rep -> false, Optional.empty(), LeaderboardServiceImpl::noDays);
    }

    private static Map<String, Long> hundredths(Map<String, ScorecardScore> scores) {
        Map<String, Long> values = new HashMap<>();
        scores.forEach((person, score) -> score.score().ifPresent(value -> values.put(person,
                value.setScale(KpiDefinition.SCALE, RoundingMode.HALF_UP).unscaledValue().longValueExact())));
        return values;
    }

    /** Whether the rep has figures of this metric in a currency the board does not count (no rates are applied). */
    private static boolean otherCurrency(Map<Currency, ForecastTotals> own, Currency counted, LeaderboardMetric metric) {
        if (own == null) {
            return false;
        }
        for (ForecastTotals totals : own.values()) {
            if (!totals.currency().equals(counted) && (metric == LeaderboardMetric.WEIGHTED_PIPELINE
                    ? totals.weightedMinor() != 0 : totals.wonMinor() != 0)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the rep created deals in a currency the board does not count (no rates are applied). */
    private static boolean otherCurrency(DealSums own, Currency counted) {
        if (own == null) {
            return false;
        }
        for (NewPipeline created : own.created().values()) {
            if (!created.currency().equals(counted) && created.amountMinor() != 0) {
                return true;
            }
        }
        return false;
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

    /**
     * The company-wide board: an admin sees every amount; a rep (a member or manager of some sales team) sees it when
     * the admin shows it to reps, under the same amounts rule as their teams' boards; anyone else is refused.
     */
    private static boolean companyAmountsHidden(Caller caller, TeamHierarchy hierarchy, LeaderboardPrivacy privacy) {
        if (caller.admin()) {
            return false;
        }
        boolean onATeam = hierarchy.managesAny(caller.userKey())
                || hierarchy.all().stream().anyMatch(team -> team.memberKeys().contains(caller.userKey()));
        if (!onATeam) {
            throw ServiceException.forbidden("salesteam.error.leaderboard.company.forbidden");
        }
        return privacy.hideAmountsFromReps();
    }

    private Leaderboard.Row row(ScoreStandings.Place place, boolean self, boolean amountsHidden, boolean unbrowsable,
                                LeaderboardMetric metric, Scored scored, ScoreStandings previous) {
        String key = place.subjectKey();
        long before = scored.before().of(key);
        Optional<BigDecimal> percent = metric == LeaderboardMetric.PERCENT_OF_QUOTA && (self || !unbrowsable)
                ? Optional.of(scored.value(place.score())) : Optional.empty();
        return new Leaderboard.Row(place.rank(), key, users.byKey(key).map(Person::displayName).orElse(key),
                amountsHidden && !self ? Optional.empty() : Optional.of(scored.value(place.score())), percent,
                before == PeriodScores.NONE ? Optional.empty()
                        : Optional.of(Ranking.movement(previous.rankOf(before), place.rank())),
                self);
    }

    /** An active KPI (boards rank every source); the definitions come from the scorecard cache. */
    private KpiDefinition kpi(String key) {
        String wanted = key == null ? "" : key.strip();
        if (wanted.isEmpty()) {
            throw ServiceException.invalid(FieldError.of("kpi", "salesteam.error.leaderboard.kpi.required"));
        }
        KpiDefinition kpi = scorecards.rules().kpis().get(wanted);
        if (kpi == null || !kpi.active()) {
            throw ServiceException.invalid(FieldError.of("kpi", "salesteam.error.leaderboard.kpi", wanted));
        }
        return kpi;
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

    /**
     * The fiscal period of a KPI or scorecard board: logged values and scorecards are kept per fiscal period, with no
     * day rows for a week, a custom range or the day a value was reached.
     */
    private static Period fiscal(FiscalCalendar calendar, BoardPeriod period, boolean byDay) {
        if (period.kind() == BoardPeriod.Kind.CUSTOM) {
            throw ServiceException.invalid(FieldError.of("from", "salesteam.error.leaderboard.days.metric"));
        }
        if (period.kind() == BoardPeriod.Kind.WEEK) {
            throw ServiceException.invalid(FieldError.of("period", "salesteam.error.leaderboard.days.metric"));
        }
        if (byDay) {
            throw ServiceException.invalid(FieldError.of("tieBreak", "salesteam.error.leaderboard.tiebreak.metric"));
        }
        return Period.parse(period.key(), calendar).orElseThrow();
    }

    /** Whose sums a board needs: a team's reps, or everyone's on the all-company board. */
    private static Optional<Set<String>> owners(Long teamId, Set<String> population) {
        return teamId == null ? Optional.empty() : Optional.of(population);
    }

    private static Optional<BigDecimal> noDays(String rep, DealSums cumulative) {
        return Optional.empty();
    }

    /** Everyone ranked, as the tie-break reads them. */
    private static List<Ranking.Entry> entries(ScoreStandings standings) {
        List<Ranking.Entry> entries = new ArrayList<>(standings.size());
        for (ScoreStandings.Place place : standings.all()) {
            entries.add(new Ranking.Entry(place.subjectKey(), BigDecimal.valueOf(place.score()), Optional.empty()));
        }
        return entries;
    }

    private static List<ScoreStandings.Place> places(ReachedFirst.Result told) {
        return told.top().stream().map(ranked -> new ScoreStandings.Place(ranked.rank(), ranked.entry().subjectKey(),
                ranked.entry().score().longValueExact())).toList();
    }
}
