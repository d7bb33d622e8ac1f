package com.salesteam.jira.bench;

import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.ranking.Leaderboard;
import com.salesteam.jira.service.ranking.LeaderboardService;
import com.salesteam.jira.service.ranking.LeaderboardServiceImpl;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.QuotaChangeEntity;
import com.salesteam.jira.store.QuotaEntity;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.TestActiveObjects;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.EveryoneUsers;
import com.salesteam.jira.testing.MemoryDaySumsCache;
import com.salesteam.jira.testing.MemoryLeaderboardSettingsCache;
import com.salesteam.jira.testing.MemoryTeamTreeCache;
import com.salesteam.jira.testing.MemoryPeriodSumsCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static com.salesteam.jira.bench.BenchData.EUR;
import static com.salesteam.jira.bench.Medians.median;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The day sums at scale on embedded HSQLDB: 1,000,000 deals of 10,000 reps over two years with their day rows. A
 * deal event (statements and time), a week's board of everyone (cached, just forgotten, against a GROUP BY over the
 * raw ledger), a quarter's new-pipeline board of everyone (the same three ways), a team's custom range and the
 * "reached it first" tie-break on a board full of ties. Run with
 * {@code mvn -Pbench test -Dtest=DaySumsBench}; {@code -Dbench.reps=1000} runs it ten times smaller.
 */
public class DaySumsBench {

    private static final int REPS = Integer.getInteger("bench.reps", 10_000);
    private static final int DEALS_PER_REP = Integer.getInteger("bench.dealsPerRep", 100);
    private static final int TEAM_SIZE = 1_000;
    private static final String WEEK = "2026-W20";
    private static final DateRange WEEK_DAYS = DateRange.ofDays(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17));
    private static final String QUARTER = "FY2026-Q2";
    private static final DateRange QUARTER_DAYS = DateRange.of(com.salesteam.jira.model.Period.parse(QUARTER,
            FiscalCalendar.DEFAULT).orElseThrow());

    private static TestActiveObjects engine;
    private static DealLedger ledger;
    private static long teamId;

    @BeforeClass
    public static void load() {
        engine = TestActiveObjects.create(TestDatabase.HSQLDB);
        engine.ao().migrate(DealEntity.class, DealMonthEntity.class, DealDayEntity.class, TeamEntity.class,
                TeamMemberEntity.class, AppSettingEntity.class, QuotaEntity.class, QuotaChangeEntity.class);
        ledger = new DealLedger(engine.ao());
        new SettingsRepository(engine.ao()).saveDefaultCurrency(EUR);
        List<String> firstTeam = BenchData.reps(Math.min(TEAM_SIZE, REPS));
        teamId = new TeamRepository(engine.ao()).create(new TeamDraft("Team 1", "", Optional.empty(),
                Optional.of("manager1"), firstTeam)).id();
        long started = System.nanoTime();
        Random random = new Random(17);
        Map<String, long[]> days = new HashMap<>();
        engine.withConnection(connection -> {
            connection.setAutoCommit(false);
            BenchData.insertDeals(connection, engine, REPS, DEALS_PER_REP, (issue, rep) -> {
                DealFacts deal = randomDeal(issue, "rep" + rep, random);
                addDays(days, deal);
                return deal;
            });
            BenchData.insertAll(connection, "INSERT INTO " + engine.tableName(DealDayEntity.class)
                    + " (OWNER_KEY, DAY_KEY, CURRENCY, WON_MINOR, WON_COUNT, PIPELINE_MINOR, BEST_CASE_MINOR, COMMIT_MINOR,"
                    + " OMITTED_MINOR, WEIGHTED_MINOR, OPEN_COUNT, NEW_MINOR, NEW_COUNT) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    days.entrySet().iterator(), (insert, entry) -> {
                        String[] key = entry.getKey().split("\\|");
                        insert.setString(1, key[0]);
                        insert.setInt(2, Integer.parseInt(key[1]));
                        insert.setString(3, "EUR");
                        for (int i = 0; i < 10; i++) {
                            insert.setLong(4 + i, entry.getValue()[i]);
                        }
                    });
            connection.commit();
            connection.setAutoCommit(true);
            return null;
        });
        System.out.printf("%n[bench] loaded %,d deals and %,d day rows in %.1f s%n", (long) REPS * DEALS_PER_REP,
                days.size(), (System.nanoTime() - started) / 1e9);
    }

    @AfterClass
    public static void close() {
        engine.close();
    }

    @Test
    public void dealEventWritesTheDayRowsInOneMoreBatch() {
        Random random = new Random(11);
        int[] version = {1_000_000};
        engine.statements().reset();
        double median = median(() -> {
            DealFacts facts = randomDeal(1 + random.nextInt(REPS * DEALS_PER_REP), "rep" + random.nextInt(REPS), random);
            ledger.record(new DealFacts(facts.issueId(), facts.projectId(), facts.ownerKey(), facts.teamId(),
                    facts.amount(), facts.stageId(), facts.outcome(), facts.probability(), facts.category(),
                    facts.expectedClose(), facts.closedOn(), 0, ++version[0], facts.createdOn()), FiscalCalendar.DEFAULT);
        }, 201);
        double statementsPerEvent = engine.statements().count() / 202.0;
        System.out.printf("[bench] deal event with day rows: %.2f ms median, %.1f statements per event%n", median,
                statementsPerEvent);
        assertTrue(statementsPerEvent <= 4.0);
    }

    @Test
    public void weekBoardOfEveryoneFromTheDayRows() {
        MemoryDaySumsCache daySums = new MemoryDaySumsCache(ledger);
        LeaderboardService boards = service(daySums);
        engine.statements().reset();
        Leaderboard board = boards.board("revenue-won", WEEK, null, null, null, 10, null);
        int cold = engine.statements().count();
        Map<String, Long> grouped = wonInWeekGroupedByOwner();
        assertEquals("the top is the raw ledger's largest sum", grouped.values().stream().max(Long::compare).orElseThrow(),
                Long.valueOf(board.rows().get(0).value().orElseThrow().longValueExact()));
        engine.statements().reset();
        boards.board("revenue-won", WEEK, null, null, null, 10, null);
        int warm = engine.statements().count();

        double cached = median(() -> boards.board("revenue-won", WEEK, null, null, null, 10, null), 21);
        double changed = median(() -> {
            daySums.forgetRanges(List.of(WEEK_DAYS.key()));
            boards.board("revenue-won", WEEK, null, null, null, 10, null);
        }, 11);
        double groupBy = median(DaySumsBench::wonInWeekGroupedByOwner, 5);
        System.out.printf("[bench] week board of %,d reps with movement: %.2f ms cached (%d statements), %.2f ms just"
                        + " after a change of the week (%d statements uncached); GROUP BY over the raw ledger %.2f ms;"
                        + " ratios %.1f× cached, %.1f× after a change%n", REPS, cached, warm, changed, cold, groupBy,
                groupBy / cached, groupBy / changed);
        assertTrue(cold <= 5);
    }

    @Test
    public void teamRangeAndReachedFirstBoards() {
        LeaderboardService boards = service(new MemoryDaySumsCache(ledger));
        engine.statements().reset();
        boards.board("deals-won", "", "2026-04-01", "2026-04-30", teamId, 10, null);
        int rangeStatements = engine.statements().count();
        double range = median(() -> boards.board("deals-won", "", "2026-04-01", "2026-04-30", teamId, 10, null), 11);
        // nothing cached: every piece of both ranges read in one statement of their days
        double rangeCold = median(() -> service(new MemoryDaySumsCache(ledger)).board("deals-won", "", "2026-04-01",
                "2026-04-30", teamId, 10, null), 5);
        // a deal of the 15th changed: its day, week, month, quarter and year are read again
        MemoryDaySumsCache rangeSums = new MemoryDaySumsCache(ledger);
        LeaderboardService changedBoards = service(rangeSums);
        double rangeChanged = median(() -> {
            rangeSums.forgetRanges(DealLedger.dayRangeKeysOf(new DealFacts(1, 1L, Optional.of("rep1"), Optional.of(1L),
                    Money.ofMinor(100, EUR), "s", DealOutcome.WON, 100, ForecastCategory.CLOSED,
                    Optional.of(LocalDate.of(2026, 4, 15)), Optional.of(LocalDate.of(2026, 4, 15)), 0, 1,
                    Optional.of(LocalDate.of(2026, 4, 15))), FiscalCalendar.DEFAULT));
            changedBoards.board("deals-won", "", "2026-04-01", "2026-04-30", teamId, 10, null);
        }, 5);
        // 30 days that hold no whole month: four weeks and single days at the edges
        double offMonth = median(() -> boards.board("deals-won", "", "2026-04-10", "2026-05-09", teamId, 10, null), 11);

        boards.board("deals-won", WEEK, null, null, null, 10, null);
        engine.statements().reset();
        Leaderboard told = boards.board("deals-won", WEEK, null, null, null, 10, "reached-first");
        int tieStatements = engine.statements().count();
        double shared = median(() -> boards.board("deals-won", WEEK, null, null, null, 10, null), 11);
        double tieBreak = median(() -> boards.board("deals-won", WEEK, null, null, null, 10, "reached-first"), 11);
        System.out.printf("[bench] team of %,d reps, custom range of 30 days (April): %.2f ms with its pieces cached,"
                        + " %.2f ms for 2026-04-10..2026-05-09 cached, %.2f ms just after a change of the 15th, %.2f ms"
                        + " uncached (%d statements); week board of everyone by deals won: %.2f ms shared, %.2f ms"
                        + " reached first (%d statements, cached week); top rows %s%n", Math.min(TEAM_SIZE, REPS), range,
                offMonth, rangeChanged, rangeCold, rangeStatements, shared, tieBreak, tieStatements,
                told.rows().stream().map(row -> row.rank() + "").toList());
        assertTrue(rangeStatements <= 5);
        assertTrue(tieStatements <= 5);
    }

    @Test
    public void quarterNewPipelineBoardOfEveryoneFromTheCachedQuarter() {
        MemoryDaySumsCache daySums = new MemoryDaySumsCache(ledger);
        LeaderboardService boards = service(daySums);
        engine.statements().reset();
        Leaderboard board = boards.board("new-pipeline", QUARTER, null, null, null, 10, null);
        int cold = engine.statements().count();
        Map<String, Long> grouped = createdInQuarterGroupedByOwner();
        assertEquals("the top is the raw ledger's largest sum", grouped.values().stream().max(Long::compare).orElseThrow(),
                Long.valueOf(board.rows().get(0).value().orElseThrow().longValueExact()));
        engine.statements().reset();
        boards.board("new-pipeline", QUARTER, null, null, null, 10, null);
        int warm = engine.statements().count();

        double cached = median(() -> boards.board("new-pipeline", QUARTER, null, null, null, 10, null), 21);
        double changed = median(() -> {
            daySums.forgetRanges(List.of(QUARTER_DAYS.key()));
            boards.board("new-pipeline", QUARTER, null, null, null, 10, null);
        }, 11);
        double groupBy = median(DaySumsBench::createdInQuarterGroupedByOwner, 5);
        System.out.printf("[bench] quarter new-pipeline board of %,d reps with movement: %.2f ms cached (%d"
                        + " statements), %.2f ms just after a change of the quarter (%d statements uncached); GROUP BY"
                        + " over the raw ledger %.2f ms; ratios %.1f× cached, %.1f× after a change%n", REPS, cached, warm,
                changed, cold, groupBy, groupBy / cached, groupBy / changed);
        assertEquals(0, warm);
        assertTrue(cold <= 5);
    }

    /** Every owner's EUR new pipeline of the quarter, summed over the raw ledger by creation day. */
    private static Map<String, Long> createdInQuarterGroupedByOwner() {
        return engine.withConnection(connection -> {
            Map<String, Long> sums = new HashMap<>();
            try (java.sql.PreparedStatement select = connection.prepareStatement("SELECT OWNER_KEY, SUM(AMOUNT_MINOR)"
                    + " FROM " + engine.tableName(DealEntity.class) + " WHERE DELETED = ? AND CURRENCY = ?"
                    + " AND CREATED_ON >= ? AND CREATED_ON < ? GROUP BY OWNER_KEY")) {
                select.setBoolean(1, false);
                select.setString(2, EUR.getCurrencyCode());
                select.setString(3, QUARTER_DAYS.start().toString());
                select.setString(4, QUARTER_DAYS.end().toString());
                try (java.sql.ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        sums.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            return sums;
        });
    }

    private static LeaderboardService service(MemoryDaySumsCache daySums) {
        UserDirectory users = new EveryoneUsers();
        CurrentUser admin = () -> Optional.of(new Caller("admin", "Admin", true));
        return new LeaderboardServiceImpl(new MemoryPeriodSumsCache(ledger), new QuotaRepository(engine.ao()),
                new MemoryTeamTreeCache(new TeamRepository(engine.ao())),
                new MemoryLeaderboardSettingsCache(new SettingsRepository(engine.ao())), users, admin,
                Clock.fixed(Instant.parse("2026-05-20T10:00:00Z"), ZoneOffset.UTC),
                new DealAmountAccess(userKey -> Set.of(), ledger), new KpiRepository(engine.ao()),
                MemoryScorecardCache.empty(), daySums, ledger);
    }

    private static Map<String, Long> wonInWeekGroupedByOwner() {
        return BenchData.wonGroupedByOwner(engine, WEEK_DAYS.start(), WEEK_DAYS.end());
    }

    private static DealFacts randomDeal(long issue, String owner, Random random) {
        return BenchData.createdBeforeClose(BenchData.randomDeal(issue, owner, 1L, random), random);
    }

    /** The deal's forecast sums on its forecast day and its new pipeline on its creation day, as the ledger keeps them. */
    private static void addDays(Map<String, long[]> days, DealFacts deal) {
        String owner = deal.ownerKey().orElseThrow();
        ForecastTotals sum = ForecastTotals.of(deal);
        if (!sum.isZero()) {
            long[] row = days.computeIfAbsent(owner + "|" + DealLedger.dayKey(deal.forecastDate().orElseThrow()),
                    key -> new long[10]);
            BenchData.addSums(row, sum);
        }
        long[] created = days.computeIfAbsent(owner + "|" + DealLedger.dayKey(deal.createdOn().orElseThrow()),
                key -> new long[10]);
        created[8] += deal.amount().minor();
        created[9] += 1;
    }
}
