package com.salesteam.jira.service;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealSnapshot;
import com.salesteam.jira.model.StageRules;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.StageRuleRepository;
import com.salesteam.jira.store.TeamRepository;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    private final AttainmentCache attainments;
    private final ScorecardCache scorecards;

    public DealLedgerService(DealLedger ledger, StageRuleRepository stages, TeamRepository teams,
                             SettingsRepository settings, LedgerLock lock, AttainmentCache attainments,
                             ScorecardCache scorecards) {
        this.ledger = ledger;
        this.stages = stages;
        this.teams = teams;
        this.settings = settings;
        this.lock = lock;
        this.attainments = attainments;
        this.scorecards = scorecards;
    }

    public DealLedger.Change record(DealSnapshot deal) {
        StageRules rules = stages.rules();
        Currency currency = settings.defaultCurrency();
        Optional<Long> team = deal.assigneeKey().flatMap(owner -> Optional.ofNullable(teamsByMember().get(owner)));
        return recordOne(deal, rules, team, currency);
    }

    /**
     * Records many deals (a reconciliation page) reading the teams, stage rules, currency and the deals' recorded
     * facts once. A deal whose facts did not change costs no further statement, which is what most deals are on a
     * nightly run; the others go through the same path as an event.
     */
    public List<DealLedger.Change> recordAll(List<DealSnapshot> deals) {
        Map<String, Long> teamOf = teamsByMember();
        StageRules rules = stages.rules();
        Currency currency = settings.defaultCurrency();
        Map<Long, DealFacts> recorded = ledger.factsOf(deals.stream().map(DealSnapshot::issueId).toList());
        List<DealLedger.Change> changes = new ArrayList<>();
        for (DealSnapshot deal : deals) {
            Optional<Long> team = deal.assigneeKey().flatMap(owner -> Optional.ofNullable(teamOf.get(owner)));
            Optional<DealFacts> before = Optional.ofNullable(recorded.get(deal.issueId()));
            DealFacts facts = rules.toFacts(deal, before, team, currency);
            // an unchanged deal already seen at this version or later needs nothing; a newer sighting still raises
            // the version (through the record path), so that a late older event cannot undo it
            if (before.isPresent() && before.get().sameFactsAs(facts) && before.get().version() >= facts.version()) {
                changes.add(DealLedger.Change.UNCHANGED);
            } else {
                changes.add(recordOne(deal, rules, team, currency));
            }
        }
        return changes;
    }

    public DealLedger.Change delete(long issueId, long version) {
        Optional<String> owner = ledger.find(issueId).flatMap(DealFacts::ownerKey);
        DealLedger.Change change = lock.exclusively(() -> ledger.delete(issueId, version));
        if (change != DealLedger.Change.UNCHANGED && change != DealLedger.Change.STALE) {
            owner.ifPresent(attainments::forgetRep);
            owner.ifPresent(scorecards::forgetPerson);
        }
        return change;
    }

    /** Records the deal; the attainment of its owner before and after, if it changed, is computed afresh. */
    private DealLedger.Change recordOne(DealSnapshot deal, StageRules rules, Optional<Long> team, Currency currency) {
        Set<String> owners = new HashSet<>();
        DealLedger.Change change = lock.exclusively(() -> ledger.record(deal.issueId(), previous -> {
            previous.flatMap(DealFacts::ownerKey).ifPresent(owners::add);
            DealFacts facts = rules.toFacts(deal, previous, team, currency);
            facts.ownerKey().ifPresent(owners::add);
            return facts;
        }));
        if (change != DealLedger.Change.UNCHANGED && change != DealLedger.Change.STALE) {
            owners.forEach(attainments::forgetRep);
            owners.forEach(scorecards::forgetPerson);
        }
        return change;
    }

    /** Recomputes every monthly sum from the ledger, with no deal change in between. */
    public void rebuildSums() {
        lock.exclusively(() -> {
            ledger.rebuildMonths();
            return null;
        });
        attainments.forgetAll();
        scorecards.forgetAll();
    }

    /** Each member's team: the first, by name, that lists them (teams come sorted by name). */
    private Map<String, Long> teamsByMember() {
        Map<String, Long> teamOf = new HashMap<>();
        for (Team team : teams.findAll()) {
            team.memberKeys().forEach(member -> teamOf.putIfAbsent(member, team.id()));
        }
        return teamOf;
    }
}
