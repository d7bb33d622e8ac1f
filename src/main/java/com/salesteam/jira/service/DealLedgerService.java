package com.salesteam.jira.service;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealSnapshot;
import com.salesteam.jira.model.FiscalCalendar;
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
    private final PeriodSumsCache periodSums;
    private final DaySumsCache daySums;
    private final LeaderboardSettingsCache boardSettings;

    public DealLedgerService(DealLedger ledger, StageRuleRepository stages, TeamRepository teams,
                             SettingsRepository settings, LedgerLock lock, AttainmentCache attainments,
                             ScorecardCache scorecards, PeriodSumsCache periodSums, DaySumsCache daySums,
                             LeaderboardSettingsCache boardSettings) {
        this.daySums = daySums;
        this.boardSettings = boardSettings;
        this.ledger = ledger;
        this.stages = stages;
        this.teams = teams;
        this.settings = settings;
        this.lock = lock;
        this.attainments = attainments;
        this.scorecards = scorecards;
        this.periodSums = periodSums;
    }

    public DealLedger.Change record(DealSnapshot deal) {
        StageRules rules = stages.rules();
        SettingsRepository.CalendarAndCurrency setting = settings.calendarAndCurrency();
        Optional<Long> team = deal.assigneeKey().flatMap(owner -> Optional.ofNullable(teamsByMember().get(owner)));
        return recordOne(deal, rules, team, setting.currency(), setting.calendar());
    }

    /**
     * Records many deals (a reconciliation page) reading the teams, stage rules, currency and the deals' recorded
     * facts once. A deal whose facts did not change costs no further statement, which is what most deals are on a
     * nightly run; the others go through the same path as an event.
     */
    public List<DealLedger.Change> recordAll(List<DealSnapshot> deals) {
        Map<String, Long> teamOf = teamsByMember();
        StageRules rules = stages.rules();
        SettingsRepository.CalendarAndCurrency setting = settings.calendarAndCurrency();
        Currency currency = setting.currency();
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
                changes.add(recordOne(deal, rules, team, currency, setting.calendar()));
            }
        }
        return changes;
    }

    public DealLedger.Change delete(long issueId, long version) {
        Optional<DealFacts> recorded = ledger.find(issueId);
        Optional<String> owner = recorded.flatMap(DealFacts::ownerKey);
        FiscalCalendar calendar = settings.fiscalCalendar();
        DealLedger.Change change = lock.exclusively(() -> {
            DealLedger.Change deleted = ledger.delete(issueId, version, calendar);
            // under the lock: forgotten after it, another node's change could patch the deal back in (see recordOne)
            if (changed(deleted)) {
                recorded.ifPresent(deal -> periodSums.forgetPeriods(DealLedger.periodKeysOf(deal, calendar)));
            }
            return deleted;
        });
        if (changed(change)) {
            owner.ifPresent(attainments::forgetRep);
            owner.ifPresent(scorecards::forgetPerson);
            recorded.ifPresent(deal -> daySums.forgetRanges(DealLedger.dayRangeKeysOf(deal, calendar)));
        }
        return change;
    }

    /**
     * Records the deal; the attainment of its owner before and after, if it changed, is computed afresh. The period
     * sums this node holds are patched by the change rather than forgotten (other nodes re-read its owners): held
     * before the write and patched after it, both under the ledger lock, so no other change comes in between (which
     * is why every other forget of the period sums happens under the lock too).
     */
    private DealLedger.Change recordOne(DealSnapshot deal, StageRules rules, Optional<Long> team, Currency currency,
                                        FiscalCalendar calendar) {
        Set<String> owners = new HashSet<>();
        Set<String> ranges = new HashSet<>();
        List<Optional<DealFacts>> beforeAndAfter = new ArrayList<>();
        Map<String, PeriodSumsCache.Held> held = new HashMap<>();
        DealLedger.Change change = lock.exclusively(() -> {
            DealLedger.Change recorded = ledger.record(deal.issueId(), calendar, previous -> {
                beforeAndAfter.clear();
                held.clear();
                Set<String> periods = new HashSet<>();
                previous.flatMap(DealFacts::ownerKey).ifPresent(owners::add);
                previous.ifPresent(before -> periods.addAll(DealLedger.periodKeysOf(before, calendar)));
                previous.ifPresent(before -> ranges.addAll(DealLedger.dayRangeKeysOf(before, calendar)));
                DealFacts facts = rules.toFacts(deal, previous, team, currency);
                facts.ownerKey().ifPresent(owners::add);
                periods.addAll(DealLedger.periodKeysOf(facts, calendar));
                ranges.addAll(DealLedger.dayRangeKeysOf(facts, calendar));
                beforeAndAfter.add(previous);
                beforeAndAfter.add(Optional.of(facts));
                held.putAll(periodSums.held(periods));
                return facts;
            });
            if (changed(recorded)) {
                periodSums.patch(held, DealLedger.periodDeltas(beforeAndAfter.get(0), beforeAndAfter.get(1), calendar));
            }
            return recorded;
        });
        if (changed(change)) {
            owners.forEach(attainments::forgetRep);
            owners.forEach(scorecards::forgetPerson);
            daySums.forgetRanges(ranges);
        }
        return change;
    }

    private static boolean changed(DealLedger.Change change) {
        return change != DealLedger.Change.UNCHANGED && change != DealLedger.Change.STALE;
    }

    /**
     * Recomputes every monthly and period sum from the ledger, with no deal change in between. The calendar is read
     * under the lock, so this also repairs period rows an event wrote with a calendar that changed meanwhile.
     */
    public void rebuildSums() {
        lock.exclusively(() -> {
            ledger.rebuildMonths(settings.fiscalCalendar());
            periodSums.forgetAll(); // under the lock, as in delete
            return null;
        });
        attainments.forgetAll();
        scorecards.forgetScores(); // the KPI definitions and weights do not depend on deals or the calendar
        daySums.forgetAll();
    }

    /**
     * Stores a new fiscal calendar and rebuilds the period sums for it: their keys (FY2027-Q1 …) depend on it. The
     * one way to change the calendar once deals are recorded.
     */
    public void saveFiscalCalendar(FiscalCalendar calendar) {
        lock.exclusively(() -> {
            settings.saveFiscalCalendar(calendar);
            ledger.rebuildMonths(calendar);
            periodSums.forgetAll(); // under the lock, as in delete: the old calendar's sums under the new keys
            return null;
        });
        boardSettings.forget();
        attainments.forgetAll();
        scorecards.forgetScores(); // the KPI definitions and weights do not depend on deals or the calendar
        daySums.forgetAll();
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
