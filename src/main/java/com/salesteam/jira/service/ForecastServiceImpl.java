package com.salesteam.jira.service;

import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamRepository;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Team figures come from the teams' monthly rows (deals stay credited to the team their owner was in when they
 * last changed), member lines from the direct members' own rows: a handful of statements whatever the number of
 * reps. Weeks are not whole months and come from the raw ledger.
 */
public class ForecastServiceImpl implements ForecastService {

    private static final String NOT_YOURS = "salesteam.error.forecast.forbidden";

    private final DealLedger ledger;
    private final TeamRepository teams;
    private final SettingsRepository settings;
    private final UserDirectory users;
    private final StageNames stageNames;
    private final AccessGuard access;
    private final Clock clock;
    private final DealAmountAccess amounts;

    public ForecastServiceImpl(DealLedger ledger, TeamRepository teams, SettingsRepository settings,
                               UserDirectory users, StageNames stageNames, CurrentUser currentUser, Clock clock,
            DealAmountAccess amounts) {
        this.amounts = amounts;
        this.ledger = ledger;
        this.teams = teams;
        this.settings = settings;
        this.users = users;
        this.stageNames = stageNames;
        this.access = new AccessGuard(currentUser);
        this.clock = clock;
    }

    @Override
    public Forecast forRep(String repKey, String periodKey) {
        Caller caller = access.requireUser();
        Period period = period(periodKey);
        if (!caller.admin() && !caller.userKey().equals(repKey)
                && !new TeamHierarchy(teams.findAll()).managesPerson(caller.userKey(), repKey)) {
            throw ServiceException.forbidden(NOT_YOURS);
        }
        amounts.requireEveryDeal(caller);
        DealLedger.MonthSums sums = sums(Set.of(repKey), period);
        ForecastLine line = new ForecastLine(repKey, name(repKey), sums.byOwner().getOrDefault(repKey, Map.of()));
        return new Forecast(period, line, List.of(), List.of(), funnel(sums.byStage()));
    }

    @Override
    public Forecast forTeam(long teamId, String periodKey) {
        Caller caller = access.requireUser();
        Period period = period(periodKey);
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        Team team = access.requireTeamManager(caller, hierarchy, teamId, NOT_YOURS);
        amounts.requireEveryDeal(caller);
        if (period.type() == PeriodType.WEEK) {
            return weekForTeam(hierarchy, team, period);
        }
        YearMonth from = YearMonth.from(period.start());
        YearMonth to = YearMonth.from(period.end());
        List<Long> subtree = teamIds(hierarchy.subtree(teamId));
        DealLedger.TeamMonthSums teamSums = ledger.teamMonthSums(subtree, from, to);
        Map<String, Map<Currency, ForecastTotals>> memberSums = team.memberKeys().isEmpty() ? Map.of()
                : ledger.monthSums(team.memberKeys(), from, to).byOwner();
        List<ForecastLine> members = new ArrayList<>();
        for (String member : team.memberKeys()) {
            members.add(new ForecastLine(member, name(member), memberSums.getOrDefault(member, Map.of())));
        }
        List<ForecastLine> subTeams = new ArrayList<>();
        for (Team child : hierarchy.childrenOf(teamId)) {
            subTeams.add(new ForecastLine("team:" + child.id(), child.name(), add(teamSums.byTeam(), teamIds(hierarchy.subtree(child.id())))));
        }
        ForecastLine total = new ForecastLine("team:" + teamId, team.name(), add(teamSums.byTeam(), teamIds(hierarchy.subtree(teamId))));
        return new Forecast(period, total, members, subTeams, funnel(teamSums.byStage()));
    }

    /** Weeks are not whole months: the raw ledger rows of everyone now in the team or below. */
    private Forecast weekForTeam(TeamHierarchy hierarchy, Team team, Period period) {
        Map<String, Map<Currency, ForecastTotals>> sums = ledger.ledgerTotalsByOwner(
                hierarchy.rollUpMembers(team.id()), period.start(), period.end());
        List<ForecastLine> members = new ArrayList<>();
        for (String member : team.memberKeys()) {
            members.add(new ForecastLine(member, name(member), sums.getOrDefault(member, Map.of())));
        }
        List<ForecastLine> subTeams = new ArrayList<>();
        for (Team child : hierarchy.childrenOf(team.id())) {
            subTeams.add(new ForecastLine("team:" + child.id(), child.name(), add(sums, hierarchy.rollUpMembers(child.id()))));
        }
        ForecastLine total = new ForecastLine("team:" + team.id(), team.name(), add(sums, hierarchy.rollUpMembers(team.id())));
        return new Forecast(period, total, members, subTeams, List.of());
    }

    /** The named period, or the current quarter when none is named: one read of the calendar either way. */
    private Period period(String periodKey) {
        return RequestedPeriod.resolve(settings.fiscalCalendar(), periodKey, clock);
    }

    /**
     * Months, quarters and years are whole calendar months: the monthly sums, one read. Weeks come from the
     * ledger rows and have no funnel.
     */
    private DealLedger.MonthSums sums(Collection<String> owners, Period period) {
        if (owners.isEmpty()) {
            return new DealLedger.MonthSums(Map.of(), Map.of());
        }
        if (period.type() != PeriodType.WEEK) {
            return ledger.monthSums(owners, YearMonth.from(period.start()), YearMonth.from(period.end()));
        }
        return new DealLedger.MonthSums(ledger.ledgerTotalsByOwner(owners, period.start(), period.end()), Map.of());
    }

    private List<ForecastLine> funnel(Map<String, Map<Currency, ForecastTotals>> byStage) {
        return Funnel.of(byStage, byStage.isEmpty() ? Map.of() : stageNames.byId());
    }

    private static List<Long> teamIds(List<Team> teams) {
        return teams.stream().map(Team::id).toList();
    }

    /** The sums of the given members (or teams) together, per currency. */
    private static <K> Map<Currency, ForecastTotals> add(Map<K, Map<Currency, ForecastTotals>> sums, Collection<K> keys) {
        return ForecastTotals.sum(keys.stream().map(key -> sums.getOrDefault(key, Map.of())).toList());
    }

    private String name(String userKey) {
        return users.byKey(userKey).map(Person::displayName).orElse(userKey);
    }
}
