package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.cadence.OnboardingTemplate;
import com.salesteam.jira.service.TeamArrivals;
import com.salesteam.jira.store.OnboardingRepository;
import com.salesteam.jira.store.RepCoachingRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Makes newcomers' onboarding plans and keeps their progress. A newcomer is someone added to a sales team while in
 * no other (moving or being added to a second team is no onboarding), and gets one plan ever. A plan is written (in its own transaction, after the
 * team change that brought the person in was saved) with every step pending; the onboarding job creates the
 * Coaching Action issues, so a team save never waits for Jira or half-saves. Progress (steps done of all) is
 * written through to the per-rep coaching row the Coaching &amp; Reviews gadget reads. No permission check: the
 * teams service, the group sync and the issue listener call it.
 */
public class OnboardingPlans implements TeamArrivals {

    private static final Logger LOG = LoggerFactory.getLogger(OnboardingPlans.class);

    private final OnboardingRepository onboarding;
    private final RepCoachingRepository repCoaching;
    private final TeamRepository teams;
    private final SettingsRepository settings;
    private final OnboardingTrigger trigger;
    private final Clock clock;

    public OnboardingPlans(OnboardingRepository onboarding, RepCoachingRepository repCoaching, TeamRepository teams,
                           SettingsRepository settings, OnboardingTrigger trigger, Clock clock) {
        this.onboarding = onboarding;
        this.repCoaching = repCoaching;
        this.teams = teams;
        this.settings = settings;
        this.trigger = trigger;
        this.clock = clock;
    }

    /**
     * Gives each person added to the team who is in no other team, and has no plan yet, one from the template as it
     * is today, joined today (the fiscal calendar's day). Nothing when the template has no tasks or no project. A
     * failure is logged, never thrown: the team change is saved by then.
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
            Set<String> inOtherTeams = new HashSet<>();
            teams.findAll().stream().filter(team -> team.id() != teamId)
                    .forEach(team -> inOtherTeams.addAll(team.memberKeys()));
            LocalDate today = settings.fiscalCalendar().today(clock);
            boolean made = false;
            for (String person : new LinkedHashSet<>(userKeys)) {
                if (inOtherTeams.contains(person)) {
                    continue;
                }
                if (onboarding.create(template.planFor(person, today))) {
                    repCoaching.setOnboarding(person, 0, template.tasks().size());
                    made = true;
                }
            }
            if (made) {
                trigger.runSoon();
            }
        } catch (RuntimeException e) {
            LOG.warn("Sales Team Manager: onboarding plans of {} not made ({}); the team change is saved", userKeys,
                    e.toString());
        }
    }

    /**
     * A Coaching Action changed: when it is an onboarding task whose done state moved, the person's progress is
     * counted again and written to their coaching row. One statement when the issue is no onboarding task.
     */
    public void coachingChanged(long issueId, boolean completed) {
        onboarding.markDone(issueId, completed).ifPresent(person -> {
            OnboardingRepository.Progress progress = onboarding.progress(person);
            repCoaching.setOnboarding(person, progress.done(), progress.total());
        });
    }
}
