package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.DealSums;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.quota.Attainment;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMeasure;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.DaySumsCache;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.PeriodSumsCache;
import com.salesteam.jira.service.RequestedPeriod;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.TeamTreeCache;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.SettingsRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Five statements at most per call: the calendar, the quotas of the team and everyone in it, and the period sums of
 * everyone in it, one row per rep and currency (weeks, and new pipeline of any period, from the day sums instead: see
 * {@link AttainmentSums}); the teams come from their cluster cache (one statement when cold). A team's closed and
 * open figures are those of the people in it now, nested, as its derived quota is theirs. A KPI quota reads
 * everyone's totals of the period in one statement instead of the deal sums, and the KPI's definition from the
 * scorecard cache (two statements when cold): six only when both caches are cold.
 *
 * <p>A team's sums come from the period sums cache (every rep of the period, forgotten on every node when a deal
 * counted in it changes): picking a thousand reps' rows out of a period's costs the embedded database as much as
 * reading them all, and the team views of a period share one entry. One rep's attainment reads its own rows.
 */
public class AttainmentServiceImpl implements AttainmentService {

    private final QuotaRepository quotas;
    private final AttainmentSums sums;
    private final TeamTreeCache teams;
    private final SettingsRepository settings;
    private final UserDirectory users;
    private final AccessGuard access;
    private final AttainmentVisibility visibility;
    private final Clock clock;
    private final DealAmountAccess amounts;
    private final KpiRepository kpis;
    private final ScorecardCache scorecards;

    public AttainmentServiceImpl(QuotaRepository quotas, DealLedger ledger, PeriodSumsCache periodSums,
                                 TeamTreeCache teams, SettingsRepository settings, UserDirectory users, CurrentUser currentUser, Clock clock,
            DealAmountAccess amounts, DaySumsCache daySums, KpiRepository kpis,
            ScorecardCache scorecards) {
        this.amounts = amounts;
        this.quotas = quotas;
        this.sums = new AttainmentSums(ledger, periodSums, daySums);
        this.teams = teams;
        this.settings = settings;
        this.users = users;
        this.access = new AccessGuard(currentUser);
        this.visibility = new AttainmentVisibility(settings);
        this.clock = clock;
        this.kpis = kpis;
        this.scorecards = scorecards;
    }

    @Override
    public TeamAttainment forTeam(long teamId, String periodKey, String metricKey) {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = new TeamHierarchy(teams.teams());
        // who may read it and how much: a member rep only what the admin shares (applied on return)
        AttainmentVisibility.Decision shown = visibility.decide(caller, hierarchy, teamId);
        QuotaMeasures measures = new QuotaMeasures(scorecards);
        QuotaMeasure metric = measures.toRead(metricKey, "metric");
        requireAmounts(caller, metric);
        Team team = shown.team();
        FiscalCalendar calendar = shown.calendar();
        Period period = RequestedPeriod.resolve(calendar, periodKey, clock);

        Set<String> everyone = hierarchy.rollUpMembers(teamId);
        Set<QuotaSubject> asked = new HashSet<>();
        asked.add(new QuotaSubject.TeamQuota(teamId));
        everyone.forEach(rep -> asked.add(new QuotaSubject.Rep(rep)));
        Map<QuotaSubject, Quota> found = quotas.find(asked, period.key(), metric).stream()
                .collect(Collectors.toMap(Quota::subject, Function.identity()));

        // the people in the team now (nested), like its derived quota: one read of everyone's figures
        Measurer measurer = metric instanceof QuotaMeasure.Kpi kpi
                ? kpiMeasurer(kpi, measures, everyone, period, calendar)
                : dealMeasurer(sums.ofReps(everyone, period, (QuotaMetric) metric), period, calendar);
        Collection<String> counted = measurer.counted(everyone);
        Optional<Quota> teamQuota = Optional.ofNullable(found.get(new QuotaSubject.TeamQuota(teamId)))
                .or(() -> derived(teamId, period, metric, counted.stream()
                        .map(rep -> found.get(new QuotaSubject.Rep(rep))).filter(Objects::nonNull).toList()));
        TeamAttainment.Line teamLine = new TeamAttainment.Line("team:" + teamId, team.name(),
                teamQuota.map(quota -> measurer.attainment(quota, counted)),
                teamQuota.flatMap(AttainmentServiceImpl::currency));
        List<TeamAttainment.Line> members = new ArrayList<>();
        for (String member : team.memberKeys()) {
            Optional<Quota> quota = Optional.ofNullable(found.get(new QuotaSubject.Rep(member)));
            members.add(new TeamAttainment.Line(member, name(member),
                    quota.map(own -> measurer.attainment(own, List.of(member))),
                    quota.flatMap(AttainmentServiceImpl::currency)));
        }
        return shown.apply(new TeamAttainment(period.key(), metric, teamLine, members));
    }

    @Override
    public TeamAttainment.Line forRep(String repKey, String periodKey, String metricKey) {
        Caller caller = access.requireUser();
        if (!caller.admin() && !caller.userKey().equals(repKey)
                && !new TeamHierarchy(teams.teams()).managesPerson(caller.userKey(), repKey)) {
            throw ServiceException.forbidden("salesteam.error.quota.forbidden");
        }
        QuotaMeasures measures = new QuotaMeasures(scorecards);
        QuotaMeasure metric = measures.toRead(metricKey, "metric");
        requireAmounts(caller, metric);
        FiscalCalendar calendar = settings.fiscalCalendar();
        Period period = RequestedPeriod.resolve(calendar, periodKey, clock);
        Optional<Quota> quota = quotas.find(List.of(new QuotaSubject.Rep(repKey)), period.key(), metric).stream().findFirst();
        if (quota.isEmpty()) {
            return new TeamAttainment.Line(repKey, name(repKey), Optional.empty(), Optional.empty());
        }
        Measurer measurer = metric instanceof QuotaMeasure.Kpi kpi
                ? kpiMeasurer(kpi, measures, Set.of(repKey), period, calendar)
                : dealMeasurer(Map.of(repKey, sums.ofRep(repKey, period, (QuotaMetric) metric)), period, calendar);
        return new TeamAttainment.Line(repKey, name(repKey),
                Optional.of(measurer.attainment(quota.get(), List.of(repKey))), currency(quota.get()));
    }

    /** A quota against the figures of the reps it covers (one rep, or everyone in a team). */
    private interface Measurer {
        Attainment attainment(Quota quota, Collection<String> reps);

        /** The reps whose figures (and quotas, when derived) a team line counts: all of them but where noted. */
        default Collection<String> counted(Collection<String> reps) {
            return reps;
        }
    }

    private Measurer dealMeasurer(Map<String, DealSums> byOwner, Period period, FiscalCalendar calendar) {
        return (quota, reps) -> attainment(quota, DealSums.sum(reps.stream()
                .map(rep -> byOwner.getOrDefault(rep, DealSums.EMPTY)).toList()), period, calendar);
    }

    /**
     * The KPI's totals of the period for all those reps in one read (daily entries, as leaderboards read them); a
     * rep with any entry, a 0 included, has a total. Less being better, a team line leaves out its members with
     * nothing logged, whose 0 would flatter it, from its total and its derived quota (all of them when none has
     * logged anything: then there is no result yet).
     */
    private Measurer kpiMeasurer(QuotaMeasure.Kpi kpi, QuotaMeasures measures, Set<String> reps, Period period,
                                 FiscalCalendar calendar) {
        KpiDirection direction = measures.definition(kpi).map(KpiDefinition::direction)
                .orElse(KpiDirection.HIGHER_IS_BETTER);
        Map<String, Long> totals = kpis.kpiTotals(kpi.kpiKey(), reps, List.of(period))
                .getOrDefault(period.key(), Map.of());
        LocalDate today = calendar.today(clock);
        return new Measurer() {
            @Override
            public Attainment attainment(Quota quota, Collection<String> covered) {
                List<Long> logged = covered.stream().filter(totals::containsKey).map(totals::get).toList();
                Optional<Long> actual = logged.isEmpty() ? Optional.empty()
                        : Optional.of(logged.stream().mapToLong(Long::longValue).sum());
                return AttainmentMath.ofKpi(quota, actual, direction, period, today);
            }

            @Override
            public Collection<String> counted(Collection<String> everyone) {
                List<String> logged = everyone.stream().filter(totals::containsKey).toList();
                return direction == KpiDirection.LOWER_IS_BETTER && !logged.isEmpty() ? logged : everyone;
            }
        };
    }

    /** Deal figures are refused to whoever cannot browse every deal; a KPI's values are no deal amounts. */
    private void requireAmounts(Caller caller, QuotaMeasure metric) {
        if (metric instanceof QuotaMetric) {
            amounts.requireEveryDeal(caller);
        }
    }

    /** The sum of the reps' quotas, when they share one currency (or all count). */
    private static Optional<Quota> derived(long teamId, Period period, QuotaMeasure metric, Collection<Quota> reps) {
        Set<Optional<String>> currencies = reps.stream().map(AttainmentServiceImpl::currency).collect(Collectors.toSet());
        if (reps.isEmpty() || currencies.size() != 1) {
            return Optional.empty();
        }
        long total = reps.stream().mapToLong(Quota::units).sum();
        QuotaSubject subject = new QuotaSubject.TeamQuota(teamId);
        Optional<Money> amount = currencies.iterator().next()
                .map(code -> Money.ofMinor(total, Currency.getInstance(code)));
        return Optional.of(new Quota(subject, period.key(), metric, amount, amount.isPresent() ? 0 : total));
    }

    private Attainment attainment(Quota quota, DealSums sums, Period period,
                                  FiscalCalendar calendar) {
        return AttainmentMath.of(quota, sums, period, calendar.today(clock));
    }

    private static Optional<String> currency(Quota quota) {
        return quota.amount().map(money -> money.currency().getCurrencyCode());
    }

    private String name(String userKey) {
        return users.byKey(userKey).map(Person::displayName).orElse(userKey);
    }
}
