package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.cadence.OnboardingPlan;
import com.salesteam.jira.model.cadence.OnboardingTemplate;
import com.salesteam.jira.service.TeamArrivals;
import com.salesteam.jira.store.OnboardingRepository;
import com.salesteam.jira.store.RepCoachingRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.StoreTransactions;
import com.salesteam.jira.store.TeamRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes newcomers' onboarding plans and keeps their progress. A newcomer is someone added to a sales team while in
 * no other (moving or being added to a second team is no onboarding), and gets one plan ever. The plans of everyone
 * a team change added are written together, with every step pending and their gadget rows, in one transaction of a
 * bounded number of statements, after the team change was saved: a failure of onboarding never undoes the change.
 * The onboarding job creates the Coaching Action issues, so a team save never waits for Jira or half-saves. Progress
 * (steps done of all) is written through to the per-rep coaching row the Coaching &amp; Reviews gadget reads, in the
 * same transaction as the step's done mark. No permission check: the teams service, the group sync and the issue
 * listener call it.
 */
public class OnboardingPlans implements TeamArrivals {

    private static final Logger LOG = LoggerFactory.getLogger(OnboardingPlans.class);

    private final OnboardingRepository onboarding;
    private final RepCoachingRepository repCoaching;
    private final TeamRepository teams;
    private final SettingsRepository settings;
    private final OnboardingTrigger trigger;
    private final StoreTransactions transactions;
    private final Clock clock;

    public OnboardingPlans(OnboardingRepository onboarding, RepCoachingRepository repCoaching, TeamRepository teams,
                           SettingsRepository settings, OnboardingTrigger trigger, StoreTransactions transactions,
                           Clock clock) {
        this.onboarding = onboarding;
        this.transactions = transactions;
        this.repCoaching = repCoaching;
        this.teams = teams;
        this.settings = settings;
        this.trigger = trigger;
        this.clock = clock;
    }

    /**
     * Gives each person added to the team who is in no other team, and has no plan yet, one from the template as it
     * is today, joined today (the fiscal calendar's day). Nothing when the template has no tasks or no project. Nine
     * statements whatever the number of people (up to 1,000): the template (two), who is in another team (one), the
     * fiscal calendar (one), then in one transaction who has a plan, the plan rows, the step rows, the gadget rows
     * read and written (one more when some of them had a gadget row). Should a racing node write one of these plans
     * in between, that transaction is undone and each plan is made alone. A failure is logged, never thrown: the team
     * change is saved by then.
     */
    @Override
    public void added(long teamId, Collection<String> userKeys) {
        if (userKeys.isEmpty()) {
            return;
        }
        try {
            OnboardingTemplate template = onboarding.template();
            if (!template.active()) {
                return;
            }
            Set<String> inOtherTeams = teams.inOtherTeams(teamId, userKeys);
            LocalDate today = settings.fiscalCalendar().today(clock);
            List<OnboardingPlan> wanted = new LinkedHashSet<>(userKeys).stream()
                    .filter(person -> !inOtherTeams.contains(person))
                    .map(person -> template.planFor(person, today)).toList();
            if (wanted.isEmpty()) {
                return;
            }
            int total = template.tasks().size();
            Set<String> made;
            try {
                made = transactions.inOne(() -> {
                    Set<String> planned = onboarding.createAll(wanted);
                    repCoaching.startOnboarding(planned, total);
                    return planned;
                });
            } catch (RuntimeException raced) {
                made = oneByOne(wanted, total);
            }
            if (!made.isEmpty()) {
                trigger.runSoon();
            }
        } catch (RuntimeException e) {
            LOG.warn("Sales Team Manager: onboarding plans of {} not made ({}); the team change is saved", userKeys,
                    e.toString());
        }
    }

    /** Each plan in its own transaction, for when a racing node made one of them: its unique row then says no. */
    private Set<String> oneByOne(List<OnboardingPlan> wanted, int total) {
        Set<String> made = new LinkedHashSet<>();
        for (OnboardingPlan plan : wanted) {
            if (onboarding.create(plan)) {
                repCoaching.setOnboarding(plan.repKey(), 0, total);
                made.add(plan.repKey());
            }
        }
        return made;
    }

    /**
     * A Coaching Action changed: when it is an onboarding task whose done state moved, the person's progress is
     * counted again and written to their coaching row, all in one transaction. One statement when the issue is no
     * onboarding task.
     */
    public void coachingChanged(long issueId, boolean completed) {
        transactions.inOne(() -> {
            onboarding.markDone(issueId, completed).ifPresent(person -> {
                OnboardingRepository.Progress progress = onboarding.progress(person);
                repCoaching.setOnboarding(person, progress.done(), progress.total());
            });
            return null;
        });
    }
}
