package com.salesteam.jira.service;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealSnapshot;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.StageRuleRepository;
import com.salesteam.jira.store.TeamRepository;

import java.util.Optional;

/**
 * Keeps the ledger in step with deal issues: turns what an issue holds into facts with the stage rules and the
 * owner's team at that moment, and records them. Runs for Jira's events, so it checks no caller.
 */
public class DealLedgerService {

    private final DealLedger ledger;
    private final StageRuleRepository stages;
    private final TeamRepository teams;
    private final SettingsRepository settings;
    private final LedgerLock lock;

    public DealLedgerService(DealLedger ledger, StageRuleRepository stages, TeamRepository teams,
                             SettingsRepository settings, LedgerLock lock) {
        this.ledger = ledger;
        this.stages = stages;
        this.teams = teams;
        this.settings = settings;
        this.lock = lock;
    }

    public DealLedger.Change record(DealSnapshot deal) {
        Optional<Long> team = deal.assigneeKey().flatMap(this::teamOf);
        return lock.exclusively(() -> {
            Optional<DealFacts> previous = ledger.find(deal.issueId());
            DealFacts facts = stages.rules().toFacts(deal, previous, team, settings.defaultCurrency());
            return ledger.record(facts);
        });
    }

    public DealLedger.Change delete(long issueId, long version) {
        return lock.exclusively(() -> ledger.delete(issueId, version));
    }

    /** Recomputes every monthly sum from the ledger, with no deal change in between. */
    public void rebuildSums() {
        lock.exclusively(() -> {
            ledger.rebuildMonths();
            return null;
        });
    }

    /** The first team, by name, that lists the person as a member. */
    private Optional<Long> teamOf(String userKey) {
        return teams.findAll().stream()
                .filter(team -> team.memberKeys().contains(userKey))
                .map(Team::id)
                .findFirst();
    }
}
