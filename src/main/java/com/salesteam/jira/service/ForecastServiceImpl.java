package com.salesteam.jira.service;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamRepository;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a period's sums for everyone concerned in one query (months) and adds them up per line in memory, so a
 * team forecast costs the same few statements whatever the number of reps.
 */
public class ForecastServiceImpl implements ForecastService {

    private static final String NOT_YOURS = "salesteam.error.forecast.forbidden";

    private final DealLedger ledger;
    private final TeamRepository teams;
    private final SettingsRepository settings;
    private final UserDirectory users;
    private final AccessGuard access;

    public ForecastServiceImpl(DealLedger ledger, TeamRepository teams, SettingsRepository settings,
                               UserDirectory users, CurrentUser currentUser) {
        this.ledger = ledger;
        this.teams = teams;
        this.settings = settings;
        this.users = users;
        this.access = new AccessGuard(currentUser);
    }

    @Override
    public Forecast forRep(String repKey, String periodKey) {
        Caller caller = access.requireUser();
        Period period = period(periodKey);
        if (!caller.admin() && !caller.userKey().equals(repKey)
                && !new TeamHierarchy(teams.findAll()).managesPerson(caller.userKey(), repKey)) {
            throw ServiceException.forbidden(NOT_YOURS);
        }
        Map<String, Map<Currency, ForecastTotals>> sums = sums(Set.of(repKey), period);
        ForecastLine line = new ForecastLine(repKey, name(repKey), sums.getOrDefault(repKey, Map.of()));
        return new Forecast(period, line, List.of(), List.of());
    }

    @Override
    public Forecast forTeam(long teamId, String periodKey) {
        Caller caller = access.requireUser();
        Period period = period(periodKey);
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        Team team = hierarchy.team(teamId)
                .orElseThrow(() -> ServiceException.notFound("salesteam.error.team.notfound", teamId));
        if (!caller.admin() && !hierarchy.manages(caller.userKey(), teamId)) {
            throw ServiceException.forbidden(NOT_YOURS);
        }
        Map<String, Map<Currency, ForecastTotals>> sums = sums(hierarchy.rollUpMembers(teamId), period);
        List<ForecastLine> members = new ArrayList<>();
        for (String member : team.memberKeys()) {
            members.add(new ForecastLine(member, name(member), sums.getOrDefault(member, Map.of())));
        }
        List<ForecastLine> subTeams = new ArrayList<>();
        for (Team child : hierarchy.childrenOf(teamId)) {
            subTeams.add(new ForecastLine("team:" + child.id(), child.name(), add(sums, hierarchy.rollUpMembers(child.id()))));
        }
        ForecastLine total = new ForecastLine("team:" + teamId, team.name(), add(sums, hierarchy.rollUpMembers(teamId)));
        return new Forecast(period, total, members, subTeams);
    }

    private Period period(String periodKey) {
        FiscalCalendar calendar = settings.fiscalCalendar();
        return Period.parse(periodKey.strip(), calendar).orElseThrow(() -> ServiceException.invalid(
                FieldError.of("period", "salesteam.error.period.key.malformed", periodKey)));
    }

    /** Months, quarters and years are whole calendar months: the monthly sums. Weeks come from the ledger. */
    private Map<String, Map<Currency, ForecastTotals>> sums(Collection<String> owners, Period period) {
        if (owners.isEmpty()) {
            return Map.of();
        }
        if (period.type() != PeriodType.WEEK) {
            return ledger.monthTotalsByOwner(owners, YearMonth.from(period.start()), YearMonth.from(period.end()));
        }
        return ledger.ledgerTotalsByOwner(owners, period.start(), period.end());
    }

    private static Map<Currency, ForecastTotals> add(Map<String, Map<Currency, ForecastTotals>> sums, Set<String> owners) {
        Map<Currency, ForecastTotals> total = new HashMap<>();
        for (String owner : owners) {
            sums.getOrDefault(owner, Map.of()).forEach((currency, sum) -> total.merge(currency, sum, ForecastTotals::plus));
        }
        return total;
    }

    private String name(String userKey) {
        return users.byKey(userKey).map(Person::displayName).orElse(userKey);
    }
}
