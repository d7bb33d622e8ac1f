package com.salesteam.jira.service;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealTimeline;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.StageRules;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.StageRuleRepository;
import com.salesteam.jira.store.TeamRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Deals unchanged since the day stand as the ledger has them; only the others are rewound through their issue
 * history, so the history is read for the few deals that moved, not for the whole team.
 */
public class AsOfForecastServiceImpl implements AsOfForecastService {

    private final DealLedger ledger;
    private final TeamRepository teams;
    private final SettingsRepository settings;
    private final StageRuleRepository stageRules;
    private final DealHistorySource history;
    private final UserDirectory users;
    private final StageNames stageNames;
    private final AccessGuard access;
    private final Clock clock;
    private final DealAmountAccess amounts;

    public AsOfForecastServiceImpl(DealLedger ledger, TeamRepository teams, SettingsRepository settings,
                                   StageRuleRepository stageRules, DealHistorySource history, UserDirectory users,
                                   StageNames stageNames, CurrentUser currentUser, Clock clock,
            DealAmountAccess amounts) {
        this.amounts = amounts;
        this.ledger = ledger;
        this.teams = teams;
        this.settings = settings;
        this.stageRules = stageRules;
        this.history = history;
        this.users = users;
        this.stageNames = stageNames;
        this.access = new AccessGuard(currentUser);
        this.clock = clock;
    }

    @Override
    public Forecast forTeam(long teamId, String periodKey, String asOfDay) {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        Team team = access.requireTeamManager(caller, hierarchy, teamId, "salesteam.error.forecast.forbidden");
        amounts.requireEveryDeal(caller);
        FiscalCalendar calendar = settings.fiscalCalendar();
        LocalDate day = day(asOfDay, calendar.today(clock));
        // without a named period: the quarter the day fell in, as the forecast looked then
        Period period = periodKey.isBlank() ? calendar.periodContaining(PeriodType.QUARTER, day)
                : RequestedPeriod.resolve(calendar, periodKey, clock);
        Instant endOfDay = day.plusDays(1).atStartOfDay(calendar.zone()).toInstant().minusMillis(1);
        LocalDate toExclusive = period.end();

        Set<String> members = hierarchy.rollUpMembers(teamId);
        List<DealFacts> candidates = members.isEmpty() ? List.of()
                : ledger.dealsForPeriodOrChangedSince(members, period.start(), toExclusive, endOfDay.toEpochMilli());
        List<Long> moved = candidates.stream().filter(deal -> deal.version() > endOfDay.toEpochMilli())
                .map(DealFacts::issueId).toList();
        Map<Long, DealTimeline> timelines = moved.isEmpty() ? Map.of() : history.timelines(moved);
        StageRules rules = moved.isEmpty() ? new StageRules(List.of()) : stageRules.rules();

        Map<String, Map<Currency, ForecastTotals>> byOwner = new HashMap<>();
        Map<String, Map<Currency, ForecastTotals>> byStage = new HashMap<>();
        for (DealFacts now : candidates) {
            Optional<DealFacts> then = Optional.ofNullable(timelines.get(now.issueId()))
                    .map(timeline -> timeline.asOf(now, endOfDay, rules, day))
                    .orElse(Optional.of(now));
            then.filter(deal -> deal.forecastDate().filter(date -> !date.isBefore(period.start())
                            && date.isBefore(toExclusive)).isPresent())
                    .ifPresent(deal -> {
                        ForecastTotals totals = ForecastTotals.of(deal);
                        byOwner.computeIfAbsent(deal.ownerKey().orElse(""), owner -> new HashMap<>())
                                .merge(totals.currency(), totals, ForecastTotals::plus);
                        byStage.computeIfAbsent(deal.stageId(), stage -> new HashMap<>())
                                .merge(totals.currency(), totals, ForecastTotals::plus);
                    });
        }
        List<ForecastLine> memberLines = new ArrayList<>();
        for (String member : team.memberKeys()) {
            memberLines.add(new ForecastLine(member, users.byKey(member).map(Person::displayName).orElse(member),
                    byOwner.getOrDefault(member, Map.of())));
        }
        List<ForecastLine> stages = Funnel.of(byStage, byStage.isEmpty() ? Map.of() : stageNames.byId());
        ForecastLine total = new ForecastLine("team:" + teamId, team.name(), ForecastTotals.sum(byOwner.values()));
        return new Forecast(period, total, memberLines, List.of(), stages);
    }

    private static LocalDate day(String text, LocalDate today) {
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (day.isAfter(today)) {
                throw ServiceException.invalid(FieldError.of("asOf", "salesteam.error.asof.future", text));
            }
            return day;
        } catch (DateTimeParseException e) {
            throw ServiceException.invalid(FieldError.of("asOf", "salesteam.error.asof.date", text));
        }
    }
}
