package com.salesteam.jira.service;

import com.salesteam.jira.model.ForecastAdjustment;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.MoneyText;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.store.ForecastAdjustmentRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

public class ForecastAdjustmentServiceImpl implements ForecastAdjustmentService {

    private final ForecastAdjustmentRepository adjustments;
    private final TeamRepository teams;
    private final SettingsRepository settings;
    private final AccessGuard access;
    private final Translator translator;
    private final Clock clock;

    public ForecastAdjustmentServiceImpl(ForecastAdjustmentRepository adjustments, TeamRepository teams,
                                         SettingsRepository settings, CurrentUser currentUser, Translator translator,
                                         Clock clock) {
        this.adjustments = adjustments;
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

    @Override
    public ForecastAdjustment adjust(long teamId, AdjustmentDraft draft) {
        Caller caller = requireManagerOf(teamId);
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

    /** Refused before the team is looked up, so nobody learns which team ids exist by asking for them. */
    private Caller requireManagerOf(long teamId) {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        if (!caller.admin() && !hierarchy.manages(caller.userKey(), teamId)) {
            throw ServiceException.forbidden("salesteam.error.adjustment.forbidden");
        }
        if (hierarchy.team(teamId).isEmpty()) {
            throw ServiceException.notFound("salesteam.error.team.notfound", teamId);
        }
        return caller;
    }
}
