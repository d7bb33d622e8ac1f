package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.service.AttainmentCache;
import com.salesteam.jira.service.RepAttainment;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes what {@link AttainmentCache} keeps, in at most five statements: the calendar, the teams, the rep's revenue
 * quotas of the quarter, month and year around the day (the quarter's wins, then the month's, then the year's) and
 * the rep's month sums of that period. Not a use case of its own: no caller check, the cache's reader decides.
 */
public class RepAttainmentLoader {

    private static final List<PeriodType> PREFERENCE = List.of(PeriodType.QUARTER, PeriodType.MONTH, PeriodType.YEAR);

    private final QuotaRepository quotas;
    private final DealLedger ledger;
    private final TeamRepository teams;
    private final SettingsRepository settings;
    private final Clock clock;

    public RepAttainmentLoader(QuotaRepository quotas, DealLedger ledger, TeamRepository teams,
                               SettingsRepository settings, Clock clock) {
        this.quotas = quotas;
        this.ledger = ledger;
        this.teams = teams;
        this.settings = settings;
        this.clock = clock;
    }

    public RepAttainment load(String repKey, LocalDate day) {
        FiscalCalendar calendar = settings.fiscalCalendar();
        Map<PeriodType, Period> periods = PREFERENCE.stream()
                .collect(Collectors.toMap(Function.identity(), type -> calendar.periodContaining(type, day)));
        Map<String, Quota> found = quotas.find(List.of(new QuotaSubject.Rep(repKey)),
                        periods.values().stream().map(Period::key).toList(), QuotaMetric.REVENUE_WON).stream()
                .collect(Collectors.toMap(Quota::periodKey, Function.identity()));
        Set<String> viewers = viewers(repKey);
        for (PeriodType type : PREFERENCE) {
            Period period = periods.get(type);
            Quota quota = found.get(period.key());
            if (quota != null) {
                var sums = ledger.monthSums(List.of(repKey), YearMonth.from(period.start()), YearMonth.from(period.end()))
                        .byOwner().getOrDefault(repKey, Map.of());
                return new RepAttainment(repKey, period.key(),
                        Optional.of(AttainmentMath.of(quota, sums, period, calendar.today(clock))),
                        quota.amount().map(money -> money.currency().getCurrencyCode()), viewers);
            }
        }
        return new RepAttainment(repKey, periods.get(PeriodType.QUARTER).key(), Optional.empty(), Optional.empty(),
                viewers);
    }

    /**
     * The rep's attainment of {@code metric} against their quota of exactly that period, for a Sales Goal: the
     * calendar, the teams, the quota and the sums (month sums; the raw ledger for a week). Nothing for a key that
     * names no period, and for new pipeline, whose attainment the app does not compute.
     */
    public RepAttainment load(String repKey, String periodKey, QuotaMetric metric) {
        FiscalCalendar calendar = settings.fiscalCalendar();
        Optional<Period> period = Period.parse(periodKey, calendar).filter(found -> metric != QuotaMetric.NEW_PIPELINE);
        Set<String> viewers = viewers(repKey);
        Optional<Quota> quota = period.flatMap(found -> quotas.find(List.of(new QuotaSubject.Rep(repKey)), found.key(),
                metric).stream().findFirst());
        if (quota.isEmpty()) {
            return new RepAttainment(repKey, periodKey, Optional.empty(), Optional.empty(), viewers);
        }
        Period found = period.get();
        Map<Currency, ForecastTotals> sums = found.type() == PeriodType.WEEK
                ? ledger.ledgerTotalsByOwner(List.of(repKey), found.start(), found.end()).getOrDefault(repKey, Map.of())
                : ledger.monthSums(List.of(repKey), YearMonth.from(found.start()), YearMonth.from(found.end()))
                .byOwner().getOrDefault(repKey, Map.of());
        return new RepAttainment(repKey, found.key(),
                Optional.of(AttainmentMath.of(quota.get(), sums, found, calendar.today(clock))),
                quota.get().amount().map(money -> money.currency().getCurrencyCode()), viewers);
    }

    /** The rep and every manager of a team the rep is in, or of a team above it. */
    private Set<String> viewers(String repKey) {
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        Set<String> viewers = new HashSet<>();
        viewers.add(repKey);
        for (Team team : hierarchy.all()) {
            if (team.memberKeys().contains(repKey)) {
                Optional<Team> cursor = Optional.of(team);
                Set<Long> seen = new HashSet<>();
                while (cursor.isPresent() && seen.add(cursor.get().id())) {
                    cursor.get().managerKey().ifPresent(viewers::add);
                    cursor = cursor.get().parentId().flatMap(hierarchy::team);
                }
            }
        }
        return viewers;
    }
}
