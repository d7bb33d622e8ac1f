package com.salesteam.jira.service;

import com.salesteam.jira.testing.MemoryDaySumsCache;
import com.salesteam.jira.testing.MemoryLeaderboardSettingsCache;
import com.salesteam.jira.testing.MemoryPeriodSumsCache;
import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.DealSnapshot;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.StageRule;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.testing.InJvmLock;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.ReconciliationStatus;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.StageRuleEntity;
import com.salesteam.jira.store.StageRuleRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The reconciliation proof: a ledger kept by thousands of shuffled, repeated deal events equals the ledger rebuilt
 * from the issues as they end up, page by page, on two databases side by side.
 */
public class LedgerReconcilerTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final List<String> REPS = List.of("ann", "bob", "carl", "dora", "eve", "王芳");

    @Rule
    public final ActiveObjectsRule byEvents = database();
    @Rule
    public final ActiveObjectsRule byRebuild = database();

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

    private static ActiveObjectsRule database() {
        return new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class, TeamMemberEntity.class, AppSettingEntity.class,
                DealEntity.class, DealMonthEntity.class, DealDayEntity.class, StageRuleEntity.class);
    }

    @Before
    public void configureBoth() {
        for (ActiveObjectsRule db : List.of(byEvents, byRebuild)) {
            new SettingsRepository(db.ao()).saveDefaultCurrency(EUR);
            new StageRuleRepository(db.ao()).replaceAll(List.of(
                    new StageRule("open1", DealOutcome.OPEN, 20, ForecastCategory.PIPELINE),
                    new StageRule("open2", DealOutcome.OPEN, 60, ForecastCategory.BEST_CASE),
                    new StageRule("open3", DealOutcome.OPEN, 80, ForecastCategory.COMMIT),
                    new StageRule("won", DealOutcome.WON, 100, ForecastCategory.CLOSED),
                    new StageRule("lost", DealOutcome.LOST, 0, ForecastCategory.OMITTED)));
            TeamRepository teams = new TeamRepository(db.ao());
            teams.create(new TeamDraft("North", "", Optional.empty(), Optional.empty(), REPS.subList(0, 3)));
            teams.create(new TeamDraft("South", "", Optional.empty(), Optional.empty(), REPS.subList(3, 6)));
        }
    }

    private static DealLedgerService service(ActiveObjectsRule db) {
        return new DealLedgerService(new DealLedger(db.ao()), new StageRuleRepository(db.ao()),
                new TeamRepository(db.ao()), new SettingsRepository(db.ao()), new InJvmLock(),
                MemoryAttainmentCache.empty(), MemoryScorecardCache.empty(), new MemoryPeriodSumsCache(new DealLedger(db.ao())),
                new MemoryDaySumsCache(new DealLedger(db.ao())),
                new MemoryLeaderboardSettingsCache(new SettingsRepository(db.ao())));
    }

    private LedgerReconciler reconciler(ActiveObjectsRule db, DealSource source) {
        return new LedgerReconciler(source, service(db), new DealLedger(db.ao()), new ReconciliationStatus(db.ao()), clock);
    }

    /** Issues as Jira would list them: the latest state of each, in key order. */
    private static DealSource issues(Map<Long, DealSnapshot> latest) {
        List<DealSnapshot> ordered = new ArrayList<>(latest.values());
        ordered.sort(java.util.Comparator.comparingLong(DealSnapshot::issueId));
        return new DealSource() {
            @Override
            public DealPage page(int start, int max) {
                return new DealPage(ordered.subList(Math.min(start, ordered.size()), Math.min(start + max, ordered.size())),
                        ordered.size());
            }

            @Override
            public boolean isDeal(long issueId) {
                return latest.containsKey(issueId);
            }
        };
    }

    @Test
    public void ledgerRebuiltFromIssuesEqualsLedgerKeptByEvents() {
        Random random = new Random(2026);
        List<DealSnapshot> history = new ArrayList<>();
        Map<Long, DealSnapshot> latest = new LinkedHashMap<>();
        List<String> stages = List.of("open1", "open2", "open3", "won", "lost");
        for (int version = 1; version <= 3_000; version++) {
            long issue = 1 + random.nextInt(1_200);
            String stage = stages.get(random.nextInt(stages.size()));
            LocalDate close = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
            DealSnapshot snapshot = new DealSnapshot(issue, 7, Optional.of(REPS.get(random.nextInt(REPS.size()))), stage,
                    Optional.of(Money.ofMinor(100L * (1 + random.nextInt(50_000)), EUR)),
                    random.nextInt(4) == 0 ? Optional.of(random.nextInt(101)) : Optional.empty(), Optional.empty(),
                    Optional.of(close), stage.equals("won") || stage.equals("lost") ? Optional.of(close) : Optional.empty(),
                    close, version);
            history.add(snapshot);
            latest.put(issue, snapshot);
        }
        List<DealSnapshot> delivered = new ArrayList<>(history);
        delivered.addAll(history.subList(0, 300));
        Collections.shuffle(delivered, random);
        DealLedgerService events = service(byEvents);
        delivered.forEach(events::record);

        LedgerReconciler.Result result = reconciler(byRebuild, issues(latest)).run(() -> false);

        assertTrue(result.complete());
        assertEquals(latest.size(), result.recorded());
        DealLedger kept = new DealLedger(byEvents.ao());
        DealLedger rebuilt = new DealLedger(byRebuild.ao());
        for (long issue : latest.keySet()) {
            DealFacts a = kept.find(issue).orElseThrow();
            DealFacts b = rebuilt.find(issue).orElseThrow();
            // slips depend on the order changes were seen, which only the event history knows
            assertEquals(withoutSlips(a), withoutSlips(b));
        }
        YearMonth from = YearMonth.of(2026, 1);
        YearMonth to = YearMonth.of(2027, 1);
        assertEquals(kept.monthTotals(REPS, from, to), rebuilt.monthTotals(REPS, from, to));
        assertEquals(kept.teamMonthSums(List.of(1L, 2L), from, to).byTeam(), rebuilt.teamMonthSums(List.of(1L, 2L), from, to).byTeam());
    }

    @Test
    public void dealsGoneFromJiraLeaveTheLedgerAndTheStatusIsRecorded() {
        DealLedgerService events = service(byRebuild);
        Map<Long, DealSnapshot> issues = new LinkedHashMap<>();
        for (long issue = 1; issue <= 3; issue++) {
            DealSnapshot snapshot = new DealSnapshot(issue, 7, Optional.of("ann"), "open3", Optional.of(Money.ofMinor(100_00, EUR)),
                    Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2026, 5, 1)), Optional.empty(), LocalDate.of(2026, 4, 1), 1);
            events.record(snapshot);
            issues.put(issue, snapshot);
        }
        issues.remove(2L);

        LedgerReconciler.Result result = reconciler(byRebuild, issues(issues)).run(() -> false);

        assertEquals(1, result.removed());
        assertFalse(new DealLedger(byRebuild.ao()).find(2).isPresent());
        ReconciliationStatus status = new ReconciliationStatus(byRebuild.ao());
        assertEquals(Optional.of("2026-11-26T12:00:00Z"), status.lastFinished());
        assertEquals(Optional.of("recorded 2 of 2 deals, removed 1"), status.lastResult());
        assertEquals(0, status.nextStart());
    }

    @Test
    public void aDealTheIndexMissedButJiraStillHasIsKept() {
        DealSnapshot deal = new DealSnapshot(9, 7, Optional.of("ann"), "open1", Optional.of(Money.ofMinor(5_00, EUR)),
                Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2026, 5, 1)), Optional.empty(), LocalDate.of(2026, 4, 1), 1);
        service(byRebuild).record(deal);
        DealSource lagging = new DealSource() {
            @Override
            public DealPage page(int start, int max) {
                return new DealPage(List.of(), 0);
            }

            @Override
            public boolean isDeal(long issueId) {
                return issueId == 9;
            }
        };

        assertEquals(0, reconciler(byRebuild, lagging).run(() -> false).removed());
        assertTrue(new DealLedger(byRebuild.ao()).find(9).isPresent());
    }

    @Test
    public void anInterruptedRunResumesWhereItStopped() {
        Map<Long, DealSnapshot> issues = new LinkedHashMap<>();
        for (long issue = 1; issue <= LedgerReconciler.PAGE_SIZE * 2 + 10; issue++) {
            issues.put(issue, new DealSnapshot(issue, 7, Optional.of("bob"), "open1", Optional.of(Money.ofMinor(1_00, EUR)),
                    Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2026, 5, 1)), Optional.empty(), LocalDate.of(2026, 4, 1), 1));
        }
        DealSource source = issues(issues);

        LedgerReconciler.Result first = reconciler(byRebuild, source).run(() -> true);
        assertFalse(first.complete());
        assertEquals(LedgerReconciler.PAGE_SIZE, first.recorded());
        assertEquals(LedgerReconciler.PAGE_SIZE, new ReconciliationStatus(byRebuild.ao()).nextStart());

        LedgerReconciler.Result rest = reconciler(byRebuild, source).run(() -> false);
        assertTrue(rest.complete());
        assertEquals(LedgerReconciler.PAGE_SIZE + 10, rest.recorded());
        assertEquals(issues.size(), new DealLedger(byRebuild.ao()).issueIds().size());
    }

    private static DealFacts withoutSlips(DealFacts facts) {
        return new DealFacts(facts.issueId(), facts.projectId(), facts.ownerKey(), facts.teamId(), facts.amount(),
                facts.stageId(), facts.outcome(), facts.probability(), facts.category(), facts.expectedClose(),
                facts.closedOn(), 0, facts.version());
    }
}
