package com.salesteam.jira.service;

import com.salesteam.jira.model.DealSnapshot;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.StageRuleRepository;
import com.salesteam.jira.store.TeamRepository;

import com.salesteam.jira.model.StageRules;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
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
        return recordAll(List.of(deal)).get(0);
    }

    /** Records many deals (a reconciliation page) reading the teams, stage rules and currency once. */
    public List<DealLedger.Change> recordAll(List<DealSnapshot> deals) {
        List<Team> allTeams = teams.findAll();
        StageRules rules = stages.rules();
        Currency currency = settings.defaultCurrency();
        List<DealLedger.Change> changes = new ArrayList<>();
        for (DealSnapshot deal : deals) {
            Optional<Long> team = deal.assigneeKey().flatMap(owner -> teamOf(allTeams, owner));
            changes.add(lock.exclusively(() -> ledger.record(deal.issueId(),
                    previous -> rules.toFacts(deal, previous, team, currency))));
        }
        return changes;
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
    private static Optional<Long> teamOf(List<Team> teams, String userKey) {
        return teams.stream()
                .filter(team -> team.memberKeys().contains(userKey))
                .map(Team::id)
                .findFirst();
    }
}
