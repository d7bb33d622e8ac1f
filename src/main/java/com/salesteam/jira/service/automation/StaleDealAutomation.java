package com.salesteam.jira.service.automation;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.automation.ActionKind;
import com.salesteam.jira.model.automation.AutomationAction;
import com.salesteam.jira.model.automation.AutomationSettings;
import com.salesteam.jira.model.automation.StaleDeal;
import com.salesteam.jira.model.automation.StaleDecision;
import com.salesteam.jira.model.automation.StaleEpisode;
import com.salesteam.jira.model.automation.StalePolicy;
import com.salesteam.jira.model.automation.StaleRule;
import com.salesteam.jira.model.automation.StaleStep;
import com.salesteam.jira.service.TeamLookup;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.store.AutomationRepository;
import com.salesteam.jira.store.DealLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Stale-deal follow-up: every open deal in a stage with a stale rule is decided by {@link StaleRule}; a nudge
 * comments to the owner (and, as the stage says, creates a follow-up sub-task and flags the deal), an escalation
 * comments to the owner's managers. Each side effect is recorded under its natural key before the next, so a rerun
 * after a failure does only what is missing; a failing deal is logged and skipped.
 */
public class StaleDealAutomation implements Automation {

    private static final Logger LOG = LoggerFactory.getLogger(StaleDealAutomation.class);

    private final DealLedger ledger;
    private final AutomationRepository repository;
    private final TeamLookup teams;
    private final DealActions actions;
    private final Translator translator;

    public StaleDealAutomation(DealLedger ledger, AutomationRepository repository, TeamLookup teams,
                               DealActions actions, Translator translator) {
        this.ledger = ledger;
        this.repository = repository;
        this.teams = teams;
        this.actions = actions;
        this.translator = translator;
    }

    @Override
    public String key() {
        return AutomationJobs.STALE_DEALS;
    }

    @Override
    public void run(long runId, Instant now, BooleanSupplier cancelled, RunTally tally) {
        Map<String, StalePolicy> policies = repository.stalePolicies();
        if (policies.isEmpty()) {
            return;
        }
        AutomationSettings settings = repository.settings();
        String actor = settings.actorKey().orElseThrow(() -> new IllegalStateException("no automation user is set"));
        int shortest = policies.values().stream().mapToInt(StalePolicy::staleDays).min().orElseThrow();
        // the ledger asks "before", the rule "at or before": one millisecond more makes them agree
        Set<Long> candidates = new LinkedHashSet<>(
                ledger.openIssueIdsUnchangedSince(now.minus(Duration.ofDays(shortest)).toEpochMilli() + 1));
        candidates.addAll(repository.unescalatedEpisodeIssueIds());
        Run run = new Run(runId, now, actor, settings, policies, teams.hierarchy(), tally);
        List<Long> ids = new ArrayList<>(candidates);
        for (int from = 0; from < ids.size() && !cancelled.getAsBoolean(); from += AutomationJobs.BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + AutomationJobs.BATCH));
            Map<Long, DealFacts> facts = ledger.factsOf(batch);
            Map<Long, StaleEpisode> episodes = repository.episodes(batch);
            for (long issueId : batch) {
                DealFacts deal = facts.get(issueId);
                if (deal == null || deal.outcome() != com.salesteam.jira.model.DealOutcome.OPEN) {
                    StaleEpisode waiting = episodes.get(issueId);
                    if (waiting != null && !waiting.escalated()) {
                        // won, lost or deleted while its escalation was due: nothing left to do for this episode
                        repository.saveEpisode(new StaleEpisode(issueId, waiting.start(), waiting.lastAction(), true));
                    }
                    continue;
                }
                tally.deal();
                try {
                    run.handle(deal, Optional.ofNullable(episodes.get(issueId)));
                } catch (RuntimeException e) {
                    tally.failure();
                    LOG.warn("Stale-deal follow-up skipped deal {}: {}", issueId, e.toString());
                }
            }
        }
    }

    /** One run's settings and caches; local to the run. */
    private final class Run {

        private final long runId;
        private final Instant now;
        private final String actor;
        private final AutomationSettings settings;
        private final Map<String, StalePolicy> policies;
        private final TeamHierarchy hierarchy;
        private final RunTally tally;
        private final Map<String, ZoneId> zones = new HashMap<>();

        Run(long runId, Instant now, String actor, AutomationSettings settings, Map<String, StalePolicy> policies,
            TeamHierarchy hierarchy, RunTally tally) {
            this.runId = runId;
            this.now = now;
            this.actor = actor;
            this.settings = settings;
            this.policies = policies;
            this.hierarchy = hierarchy;
            this.tally = tally;
        }

        void handle(DealFacts deal, Optional<StaleEpisode> episode) {
            StalePolicy policy = policies.get(deal.stageId());
            if (deal.ownerKey().isEmpty() || policy == null) {
                return;
            }
            String owner = deal.ownerKey().get();
            Optional<StaleDecision> decision = StaleRule.decide(new StaleDeal(deal.issueId(), owner, deal.stageId(),
                    Instant.ofEpochMilli(deal.version())), policy, episode, now,
                    zones.computeIfAbsent(owner, actions::zoneOf), settings.quietHours());
            if (decision.isEmpty()) {
                return;
            }
            StaleDecision step = decision.get();
            // claimed first, so that the automation's own comment (which updates the deal) continues this episode;
            // an episode with nothing left to do (escalated, or a stage that never escalates) leaves the candidates
            repository.saveEpisode(new StaleEpisode(deal.issueId(), step.episodeStart(), now,
                    step.step() == StaleStep.ESCALATE || !policy.escalates()));
            try {
                if (step.step() == StaleStep.NUDGE) {
                    nudge(step, owner);
                } else {
                    escalate(step, owner);
                }
            } catch (RuntimeException e) {
                episode.ifPresentOrElse(repository::saveEpisode, () -> repository.deleteEpisode(deal.issueId()));
                throw e;
            }
        }

        private void nudge(StaleDecision step, String owner) {
            long issueId = step.issueId();
            String issueKey = actions.issueKey(issueId);
            Set<String> done = repository.doneKeys(List.of(step.actionKey(ActionKind.COMMENTED),
                    step.actionKey(ActionKind.CREATED), step.actionKey(ActionKind.FLAGGED)));
            int days = step.policy().staleDays();
            if (!done.contains(step.actionKey(ActionKind.COMMENTED))) {
                actions.comment(issueId, actor, translator.text("salesteam.automation.stale.comment",
                        actions.mention(owner), days));
                record(step.actionKey(ActionKind.COMMENTED), issueId, issueKey, ActionKind.COMMENTED, owner);
            }
            if (step.policy().createTask() && !done.contains(step.actionKey(ActionKind.CREATED))) {
                String task = actions.createFollowUp(issueId, actor,
                        translator.text("salesteam.automation.stale.task", issueKey), owner);
                record(step.actionKey(ActionKind.CREATED), issueId, issueKey, ActionKind.CREATED, task);
            }
            if (step.policy().flag() && !done.contains(step.actionKey(ActionKind.FLAGGED))) {
                actions.flag(issueId, actor, DealActions.STALE_LABEL);
                record(step.actionKey(ActionKind.FLAGGED), issueId, issueKey, ActionKind.FLAGGED, "");
            }
        }

        private void escalate(StaleDecision step, String owner) {
            Set<String> managers = OwnerManagers.of(owner, hierarchy);
            String key = step.actionKey(ActionKind.NOTIFIED);
            if (managers.isEmpty() || !repository.doneKeys(List.of(key)).isEmpty()) {
                return;
            }
            long issueId = step.issueId();
            String issueKey = actions.issueKey(issueId);
            String mentions = managers.stream().map(actions::mention).collect(Collectors.joining(" "));
            actions.comment(issueId, actor, translator.text("salesteam.automation.stale.escalation", mentions,
                    actions.mention(owner), step.policy().staleDays() + step.policy().escalateDays()));
            record(key, issueId, issueKey, ActionKind.NOTIFIED, String.join(", ", managers));
        }

        private void record(String key, long issueId, String issueKey, ActionKind kind, String detail) {
            repository.recordAction(key, new AutomationAction(runId, issueId, issueKey, kind, detail, now));
            tally.action();
        }
    }
}
