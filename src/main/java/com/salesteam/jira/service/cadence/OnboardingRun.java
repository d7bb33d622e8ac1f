package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.cadence.ClaimMarker;
import com.salesteam.jira.model.cadence.OnboardingStep;
import com.salesteam.jira.store.OnboardingRepository;
import com.salesteam.jira.store.TeamRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Creates the Coaching Actions of the onboarding steps still pending: each step is claimed in AO first, then its
 * issue is created, labelled with its claim's marker and recorded. A step Jira refuses is logged and given back with
 * the reason (the next run tries again) until its {@link OnboardingStep#MAX_ATTEMPTS}th refusal marks it failed,
 * for an admin to retry; one created but not recorded keeps its claim, so no run creates it twice. Each run first
 * recovers the claims a crash left ({@link ClaimRecovery}); a Coaching Action it links takes its done state from the
 * issue, and the plan's progress is counted again with it. The reporter is a manager of a team the person is in (up
 * the tree), else the person. No permission check: the scheduled job calls it.
 */
public class OnboardingRun {

    /** Steps read (and created) between two checks for cancellation. */
    public static final int BATCH = 50;
    /** Steps one run takes on at most; the rest wait for the next run. */
    public static final int MAX_PER_RUN = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(OnboardingRun.class);

    /** What a run did. */
    public record Outcome(int created, int skipped, int failed, boolean complete) {
        public String summary() {
            return "onboarding: " + created + " coaching actions created, " + skipped + " already taken, " + failed
                    + " failed" + (complete ? "" : " (cancelled)");
        }
    }

    private final OnboardingRepository onboarding;
    private final TeamRepository teams;
    private final OnboardingIssues issues;
    private final ClaimRecovery recovery;
    private final OnboardingLinks links;

    public OnboardingRun(OnboardingRepository onboarding, TeamRepository teams, OnboardingIssues issues,
                         ClaimRecovery recovery, OnboardingLinks links) {
        this.links = links;
        this.onboarding = onboarding;
        this.teams = teams;
        this.issues = issues;
        this.recovery = recovery;
    }

    public Outcome run(BooleanSupplier cancelled) {
        recovery.recover(ClaimMarker.Job.ONBOARDING, new ClaimRecovery.Claims(onboarding::orphans,
                links::linked, onboarding::release, onboarding::missed));
        List<OnboardingStep> pending = onboarding.pending(MAX_PER_RUN);
        if (pending.isEmpty()) {
            return new Outcome(0, 0, 0, true);
        }
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        int created = 0;
        int skipped = 0;
        int failed = 0;
        for (int index = 0; index < pending.size(); index++) {
            if (index % BATCH == 0 && index > 0 && cancelled.getAsBoolean()) {
                return new Outcome(created, skipped, failed, false);
            }
            OnboardingStep step = pending.get(index);
            if (!onboarding.claim(step.naturalKey(), recovery.now())) {
                skipped++;
                continue;
            }
            String reporter = reporter(hierarchy, step.repKey());
            OnboardingIssues.Created issue;
            try {
                issue = issues.create(step, reporter, ClaimMarker.of(ClaimMarker.Job.ONBOARDING, step.naturalKey()));
            } catch (RuntimeException e) {
                failed++;
                String reason = e.getMessage() == null ? e.toString() : e.getMessage();
                if (onboarding.refused(step.naturalKey(), reason)) {
                    LOG.warn("Sales Team Manager: onboarding task {} not created ({}); refused {} times, marked "
                            + "failed until an admin retries it", step.naturalKey(), reason, OnboardingStep.MAX_ATTEMPTS);
                } else {
                    LOG.warn("Sales Team Manager: onboarding task {} not created ({}); tried again next run",
                            step.naturalKey(), reason);
                }
                continue;
            }
            recovery.mark(ClaimMarker.Job.ONBOARDING, step.naturalKey(), reporter, issue.id(), onboarding::unmarked);
            try {
                onboarding.confirm(step.naturalKey(), issue.id(), issue.key());
            } catch (RuntimeException e) {
                LOG.warn("Sales Team Manager: onboarding task {} created as {} but not recorded against its claim ({})",
                        step.naturalKey(), issue.key(), e.getMessage());
            }
            created++;
        }
        return new Outcome(created, skipped, failed, true);
    }

    /** A manager of the person's first team (by id) that has one, up the tree; else the person themself. */
    static String reporter(TeamHierarchy hierarchy, String repKey) {
        for (Team team : hierarchy.all().stream().filter(team -> team.memberKeys().contains(repKey))
                .sorted(Comparator.comparingLong(Team::id)).toList()) {
            Optional<Team> cursor = Optional.of(team);
            Set<Long> seen = new HashSet<>();
            while (cursor.isPresent() && seen.add(cursor.get().id())) {
                Optional<String> manager = cursor.get().managerKey().filter(key -> !key.equals(repKey));
                if (manager.isPresent()) {
                    return manager.get();
                }
                cursor = cursor.get().parentId().flatMap(hierarchy::team);
            }
        }
        return repKey;
    }
}
