package com.salesteam.jira.service;

import com.salesteam.jira.model.AdjustedRollUp;
import com.salesteam.jira.model.ForecastAdjustment;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.MoneyText;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.ForecastAdjustmentRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamRepository;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

public class ForecastAdjustmentServiceImpl implements ForecastAdjustmentService {

    private final ForecastAdjustmentRepository adjustments;
    private final DealLedger ledger;
    private final TeamRepository teams;
    private final SettingsRepository settings;
    private final AccessGuard access;
    private final Translator translator;
    private final Clock clock;

    public ForecastAdjustmentServiceImpl(ForecastAdjustmentRepository adjustments, DealLedger ledger,
                                         TeamRepository teams, SettingsRepository settings, CurrentUser currentUser,
                                         Translator translator, Clock clock) {
        this.adjustments = adjustments;
        this.ledger = ledger;
        this.teams = teams;
        this.settings = settings;
        this.access = new AccessGuard(currentUser);
        this.translator = translator;
        this.clock = clock;
    }

    @Override
    public List<ForecastAdjustment> history(long teamId, String periodKey) {
        requireManagerOf(teamId);
        Period period = RequestedPeriod.resolve(settings.fiscalCalendar(), periodKey, clock);
        return adjustments.history(teamId, period.key());
    }

    /**
     * Five statements at most: the teams, the calendar, the calls of the team and its sub-teams, and (only when a
     * sub-team has a call) the month sums of the team's subtree.
     */
    @Override
    public TeamCalls calls(long teamId, String periodKey) {
        TeamHierarchy hierarchy = requireManagerOf(teamId).hierarchy();
        Period period = RequestedPeriod.resolve(settings.fiscalCalendar(), periodKey, clock);
        List<Team> children = hierarchy.childrenOf(teamId);
        List<Long> asked = new ArrayList<>(List.of(teamId));
        children.forEach(child -> asked.add(child.id()));
        List<ForecastAdjustment> all = adjustments.history(asked, period.key());
        List<TeamCalls.SubTeamCall> subTeams = children.stream()
                .map(child -> new TeamCalls.SubTeamCall(child.id(), child.name(),
                        AdjustedRollUp.latest(all, child.id(), ForecastCategory.COMMIT),
                        AdjustedRollUp.latest(all, child.id(), ForecastCategory.BEST_CASE)))
                .toList();
        List<ForecastAdjustment> own = all.stream().filter(call -> call.teamId() == teamId).toList();
        boolean subTeamCalls = all.stream().anyMatch(call -> call.teamId() != teamId);
        if (!subTeamCalls || period.type() == PeriodType.WEEK) {
            return new TeamCalls(own, subTeams, Map.of());
        }
        List<Long> subtree = hierarchy.subtree(teamId).stream().map(Team::id).toList();
        Map<Long, Map<Currency, ForecastTotals>> byTeam = ledger.teamMonthSums(subtree, YearMonth.from(period.start()),
                YearMonth.from(period.end())).byTeam();
        Map<Long, Map<Currency, ForecastTotals>> childSums = new HashMap<>();
        for (Team child : children) {
            childSums.put(child.id(), sum(byTeam, hierarchy.subtree(child.id())));
        }
        return new TeamCalls(own, subTeams,
                AdjustedRollUp.of(sum(byTeam, hierarchy.subtree(teamId)), childSums, all));
    }

    private static Map<Currency, ForecastTotals> sum(Map<Long, Map<Currency, ForecastTotals>> byTeam, List<Team> teams) {
        return ForecastTotals.sum(teams.stream().map(team -> byTeam.getOrDefault(team.id(), Map.of())).toList());
    }

    @Override
    public ForecastAdjustment adjust(long teamId, AdjustmentDraft draft) {
        Caller caller = requireManagerOf(teamId).caller();
        List<FieldError> errors = new ArrayList<>();
        Optional<Period> period = Optional.empty();
        try {
            period = Optional.of(RequestedPeriod.resolve(settings.fiscalCalendar(), draft.period(), clock));
        } catch (ServiceException e) {
            errors.addAll(e.fieldErrors());
        }
        Optional<ForecastCategory> category = ForecastCategory.fromKey(draft.category().strip().toLowerCase(Locale.ROOT))
                .filter(ForecastAdjustment::adjustable);
        if (category.isEmpty()) {
            errors.add(FieldError.of("category", "salesteam.error.adjustment.category", draft.category()));
        }
        Optional<Money> amount = Optional.empty();
        try {
            amount = Optional.of(MoneyText.parseInput(draft.amount(), settings::defaultCurrency));
        } catch (MoneyText.Refused refused) {
            errors.add(MoneyInput.refusal("amount", refused, translator.locale()));
        }
        String note = draft.note().strip();
        if (note.length() > ForecastAdjustment.MAX_NOTE_LENGTH) {
            errors.add(FieldError.of("note", "salesteam.error.adjustment.note.long", ForecastAdjustment.MAX_NOTE_LENGTH));
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        ForecastAdjustment adjustment = new ForecastAdjustment(teamId, period.orElseThrow().key(), category.orElseThrow(),
                amount.orElseThrow(), note, caller.userKey(), clock.instant());
        adjustments.add(adjustment);
        return adjustment;
    }

    /** Who asks, and the teams as they stand. */
    private record Asker(Caller caller, TeamHierarchy hierarchy) {
    }

    private Asker requireManagerOf(long teamId) {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        access.requireTeamManager(caller, hierarchy, teamId, "salesteam.error.adjustment.forbidden");
        return new Asker(caller, hierarchy);
    }
}
