package com.salesteam.jira.service.review;

import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiEntry;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.review.CoachingAction;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.cadence.OnboardingPlans;
import com.salesteam.jira.store.CoachingRepository;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.SettingsRepository;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the coaching store in step with the Coaching Action issues, and the coaching-completion KPIs with it: when
 * a completion appears, moves or disappears, each affected rep's count of that day is counted again from the store
 * and logged as the day's value of every coaching-completion KPI (so repeated or late events change nothing), and
 * the rep's cached scorecard is forgotten. "Today" is the day in the fiscal calendar's time zone.
 */
public class CoachingService {

    private final CoachingRepository coaching;
    private final KpiRepository kpis;
    private final ScorecardCache scorecards;
    private final SettingsRepository settings;
    private final Clock clock;
    private final OnboardingPlans onboarding;

    public CoachingService(CoachingRepository coaching, KpiRepository kpis, ScorecardCache scorecards,
                           SettingsRepository settings, Clock clock, OnboardingPlans onboarding) {
        this.coaching = coaching;
        this.kpis = kpis;
        this.scorecards = scorecards;
        this.settings = settings;
        this.clock = clock;
        this.onboarding = onboarding;
    }

    /** Records the action; when it is an onboarding task, its person's onboarding progress follows it. */
    public void record(CoachingAction action) {
        recount(coaching.record(action, today()));
        onboarding.coachingChanged(action.issueId(), action.state().completed());
    }

    public void delete(long issueId) {
        recount(coaching.delete(issueId));
    }

    /** The coaching actions about a deal, from the store (one statement); the caller decides who sees which. */
    public List<CoachingAction> forDeal(long dealId) {
        return coaching.forDeal(dealId);
    }

    /** Today in the fiscal calendar's time zone, the day due dates and completions are judged on. */
    public LocalDate today() {
        return settings.fiscalCalendar().today(clock);
    }

    private void recount(CoachingRepository.Change change) {
        Set<Map.Entry<String, LocalDate>> before = completion(change.before());
        Set<Map.Entry<String, LocalDate>> after = completion(change.after());
        if (before.equals(after)) {
            return;
        }
        Set<Map.Entry<String, LocalDate>> affected = new LinkedHashSet<>(before);
        affected.addAll(after);
        List<String> kpiKeys = kpis.definitions().stream()
                .filter(kpi -> kpi.active() && kpi.source() instanceof KpiSource.CoachingCompletion)
                .map(KpiDefinition::key).toList();
        for (Map.Entry<String, LocalDate> repDay : affected) {
            BigDecimal count = BigDecimal.valueOf(coaching.completedOn(repDay.getKey(), repDay.getValue()));
            kpiKeys.forEach(key -> kpis.log(new KpiEntry(key, repDay.getKey(), repDay.getValue(), count)));
            scorecards.forgetPerson(repDay.getKey());
        }
    }

    private static Set<Map.Entry<String, LocalDate>> completion(Optional<CoachingAction> action) {
        return action.filter(found -> found.repKey().isPresent() && found.completedOn().isPresent())
                .map(found -> Set.of(Map.entry(found.repKey().get(), found.completedOn().get())))
                .orElse(Set.of());
    }
}
