package com.salesteam.jira.service.automation;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.store.DealLedger;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jira as the automation meets it in tests: records each comment, sub-task and flag, and like Jira lets each of them
 * update the deal (the ledger hears the issue event a second later). Deals can be made to fail.
 */
final class RecordingDealActions implements DealActions {

    final List<String> log = new ArrayList<>();
    final Map<String, ZoneId> zones = new HashMap<>();
    final Set<Long> failing = new HashSet<>();
    private final DealLedger ledger;
    private final Clock clock;
    private int subTasks;

    RecordingDealActions(DealLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public String issueKey(long issueId) {
        if (failing.contains(issueId)) {
            throw new IllegalStateException("issue " + issueId + " cannot be read");
        }
        return "SALES-" + issueId;
    }

    @Override
    public void comment(long issueId, String actorKey, String body) {
        log.add("comment " + issueId + " by " + actorKey + ": " + body);
        echo(issueId);
    }

    @Override
    public String createFollowUp(long issueId, String actorKey, String summary, String assigneeKey) {
        log.add("subtask " + issueId + " for " + assigneeKey + ": " + summary);
        echo(issueId);
        return "SALES-" + (900 + ++subTasks);
    }

    @Override
    public void flag(long issueId, String actorKey, String label) {
        log.add("flag " + issueId + " " + label);
        echo(issueId);
    }

    @Override
    public ZoneId zoneOf(String userKey) {
        return zones.getOrDefault(userKey, ZoneId.of("UTC"));
    }

    @Override
    public String mention(String userKey) {
        return "[~" + userKey + "]";
    }

    List<String> entries(String prefix) {
        return log.stream().filter(line -> line.startsWith(prefix)).toList();
    }

    private void echo(long issueId) {
        DealFacts facts = ledger.find(issueId).orElseThrow();
        ledger.record(new DealFacts(facts.issueId(), facts.projectId(), facts.ownerKey(), facts.teamId(), facts.amount(),
                facts.stageId(), facts.outcome(), facts.probability(), facts.category(), facts.expectedClose(),
                facts.closedOn(), facts.slipCount(), clock.millis() + 1000), FiscalCalendar.DEFAULT);
    }
}
