package com.salesteam.jira.service.automation;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.automation.ActionKind;
import com.salesteam.jira.model.automation.AutomationAction;
import com.salesteam.jira.model.automation.AutomationSettings;
import com.salesteam.jira.model.automation.SlipAlert;
import com.salesteam.jira.model.automation.SlipReason;
import com.salesteam.jira.model.automation.SlipRule;
import com.salesteam.jira.model.automation.SlipWatch;
import com.salesteam.jira.store.AutomationRepository;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Close-date slip alerts: remembers each open deal's first expected close, and flags a deal once its close left
 * that fiscal quarter or slipped more often than allowed; the flagged deals are listed for their managers. One
 * alert per deal and slip count; a deal whose close came back is taken off the list.
 */
public class SlipAlertAutomation implements Automation {

    private static final Logger LOG = LoggerFactory.getLogger(SlipAlertAutomation.class);

    private final DealLedger ledger;
    private final AutomationRepository repository;
    private final SettingsRepository settings;
    private final DealActions actions;

    public SlipAlertAutomation(DealLedger ledger, AutomationRepository repository, SettingsRepository settings,
                               DealActions actions) {
        this.ledger = ledger;
        this.repository = repository;
        this.settings = settings;
        this.actions = actions;
    }

    @Override
    public String key() {
        return AutomationJobs.SLIP_ALERTS;
    }

    @Override
    public void run(long runId, Instant now, BooleanSupplier cancelled, RunTally tally) {
        AutomationSettings automation = repository.settings();
        FiscalCalendar calendar = settings.fiscalCalendar();
        List<Long> ids = ledger.issueIds();
        for (int from = 0; from < ids.size() && !cancelled.getAsBoolean(); from += AutomationJobs.BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + AutomationJobs.BATCH));
            Map<Long, DealFacts> facts = ledger.factsOf(batch);
            Map<Long, SlipWatch> watches = repository.slipWatches(batch);
            for (long issueId : batch) {
                DealFacts deal = facts.get(issueId);
                if (deal == null || deal.outcome() != DealOutcome.OPEN || deal.expectedClose().isEmpty()) {
                    continue;
                }
                tally.deal();
                try {
                    handle(runId, now, deal, deal.expectedClose().get(), Optional.ofNullable(watches.get(issueId)),
                            automation, calendar, tally);
                } catch (RuntimeException e) {
                    tally.failure();
                    LOG.warn("Slip alert skipped deal {}: {}", issueId, e.toString());
                }
            }
        }
    }

    private void handle(long runId, Instant now, DealFacts deal, LocalDate close, Optional<SlipWatch> known,
                        AutomationSettings automation, FiscalCalendar calendar, RunTally tally) {
        SlipWatch watch = known.orElseGet(() -> {
            SlipWatch first = new SlipWatch(deal.issueId(), "", close, Optional.empty(), Set.of(), Optional.empty());
            repository.saveSlipWatch(first);
            return first;
        });
        Optional<SlipAlert> alert = SlipRule.decide(deal.issueId(), watch.baseline(), close, deal.slipCount(),
                automation.maxSlips(), calendar, PeriodType.QUARTER);
        if (alert.isEmpty()) {
            if (watch.alertedAt().isPresent()) {
                repository.saveSlipWatch(new SlipWatch(watch.issueId(), watch.issueKey(), watch.baseline(),
                        watch.alertKey(), Set.of(), Optional.empty()));
            }
            return;
        }
        if (watch.alertKey().equals(Optional.of(alert.get().key())) && watch.alertedAt().isPresent()) {
            return;
        }
        String actor = automation.actorKey().orElseThrow(() -> new IllegalStateException("no automation user is set"));
        String issueKey = actions.issueKey(deal.issueId());
        String actionKey = alert.get().key() + ":flagged";
        if (repository.doneKeys(List.of(actionKey)).isEmpty()) {
            actions.flag(deal.issueId(), actor, DealActions.SLIP_LABEL);
            String reasons = alert.get().reasons().stream().map(SlipReason::name).sorted().collect(Collectors.joining(", "));
            repository.recordAction(actionKey, new AutomationAction(runId, deal.issueId(), issueKey, ActionKind.FLAGGED,
                    reasons, now));
            tally.action();
        }
        repository.saveSlipWatch(new SlipWatch(deal.issueId(), issueKey, watch.baseline(), Optional.of(alert.get().key()),
                alert.get().reasons(), Optional.of(now)));
    }
}
