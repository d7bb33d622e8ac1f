package com.salesteam.jira.bench;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.testing.TestActiveObjects;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;

/**
 * The benches' data set: random euro deals of reps "rep0", "rep1"… over two years from July 2025, bulk-inserted as
 * plain SQL in batches (the ORM would take hours for a million rows), and the raw-ledger GROUP BY a board is
 * measured against.
 */
final class BenchData {

    static final Currency EUR = Currency.getInstance("EUR");

    private static final int BATCH = 5_000;
    private static final List<ForecastCategory> OPEN_CATEGORIES = List.of(ForecastCategory.PIPELINE,
            ForecastCategory.BEST_CASE, ForecastCategory.COMMIT);

    private BenchData() {
    }

    /** Makes the deal of a running issue number (from 1) and a rep's number. */
    @FunctionalInterface
    interface DealMaker {
        DealFacts deal(long issue, int rep);
    }

    /** Binds one row to the batch's insert statement. */
    @FunctionalInterface
    interface RowBinder<T> {
        void bind(PreparedStatement insert, T row) throws SQLException;
    }

    static List<String> reps(int count) {
        List<String> reps = new ArrayList<>();
        for (int rep = 0; rep < count; rep++) {
            reps.add("rep" + rep);
        }
        return reps;
    }

    /** A random open, won or lost deal of the owner's, credited to the team, with no creation day. */
    static DealFacts randomDeal(long issue, String owner, long team, Random random) {
        DealOutcome outcome = DealOutcome.values()[random.nextInt(3)];
        ForecastCategory category = OPEN_CATEGORIES.get(random.nextInt(3));
        LocalDate close = LocalDate.of(2025, 7, 1).plusDays(random.nextInt(730));
        return new DealFacts(issue, 1L, Optional.of(owner), Optional.of(team),
                Money.ofMinor(100_00L * (1 + random.nextInt(1_000)), EUR), "s" + random.nextInt(5), outcome,
                random.nextInt(101), category, Optional.of(close),
                outcome == DealOutcome.OPEN ? Optional.empty() : Optional.of(close), 0, 1);
    }

    /** The deal, created on a random day of the 90 before its expected close. */
    static DealFacts createdBeforeClose(DealFacts deal, Random random) {
        LocalDate close = deal.expectedClose().orElseThrow();
        return new DealFacts(deal.issueId(), deal.projectId(), deal.ownerKey(), deal.teamId(), deal.amount(),
                deal.stageId(), deal.outcome(), deal.probability(), deal.category(), deal.expectedClose(),
                deal.closedOn(), deal.slipCount(), deal.version(), Optional.of(close.minusDays(random.nextInt(90))));
    }

    /** Inserts reps × dealsPerRep deals into the ledger table, rep by rep, in the maker's order. */
    static void insertDeals(Connection connection, TestActiveObjects engine, int reps, int dealsPerRep,
                            DealMaker maker) throws SQLException {
        Iterator<DealFacts> deals = LongStream.range(0, (long) reps * dealsPerRep)
                .mapToObj(index -> maker.deal(index + 1, (int) (index / dealsPerRep))).iterator();
        insertAll(connection, "INSERT INTO " + engine.tableName(DealEntity.class)
                + " (ISSUE_ID, PROJECT_ID, OWNER_KEY, TEAM_ID, AMOUNT_MINOR, CURRENCY, STAGE_ID, OUTCOME, PROBABILITY,"
                + " CATEGORY, EXPECTED_CLOSE, CLOSED_ON, SLIP_COUNT, VERSION, DELETED, CREATED_ON)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", deals, BenchData::bindDeal);
    }

    /** Adds the sums to the first eight columns of a sum row, in the order of the sum tables' columns. */
    static void addSums(long[] row, ForecastTotals sum) {
        row[0] += sum.wonMinor();
        row[1] += sum.wonCount();
        row[2] += sum.pipelineMinor();
        row[3] += sum.bestCaseMinor();
        row[4] += sum.commitMinor();
        row[5] += sum.omittedMinor();
        row[6] += sum.weightedMinor();
        row[7] += sum.openCount();
    }

    /** Runs the insert once a row, sending the rows in batches. */
    static <T> void insertAll(Connection connection, String insertSql, Iterator<T> rows, RowBinder<T> binder)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(insertSql)) {
            int batch = 0;
            while (rows.hasNext()) {
                binder.bind(insert, rows.next());
                insert.addBatch();
                if (++batch % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            if (batch % BATCH != 0) {
                insert.executeBatch();
            }
        }
    }

    /** Won euro deals closed in [from, until), summed per owner by the database itself: a board without sum rows. */
    static Map<String, Long> wonGroupedByOwner(TestActiveObjects engine, LocalDate from, LocalDate until) {
        return engine.withConnection(connection -> {
            Map<String, Long> sums = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT OWNER_KEY, SUM(AMOUNT_MINOR) FROM "
                    + engine.tableName(DealEntity.class) + " WHERE OUTCOME = ? AND DELETED = ? AND CURRENCY = ?"
                    + " AND CLOSED_ON >= ? AND CLOSED_ON < ? GROUP BY OWNER_KEY")) {
                select.setString(1, DealOutcome.WON.name());
                select.setBoolean(2, false);
                select.setString(3, EUR.getCurrencyCode());
                select.setString(4, from.toString());
                select.setString(5, until.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        sums.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            return sums;
        });
    }

    private static void bindDeal(PreparedStatement insert, DealFacts deal) throws SQLException {
        insert.setLong(1, deal.issueId());
        insert.setLong(2, deal.projectId());
        insert.setString(3, deal.ownerKey().orElseThrow());
        insert.setLong(4, deal.teamId().orElseThrow());
        insert.setLong(5, deal.amount().minor());
        insert.setString(6, deal.amount().currency().getCurrencyCode());
        insert.setString(7, deal.stageId());
        insert.setString(8, deal.outcome().name());
        insert.setInt(9, deal.probability());
        insert.setString(10, deal.category().name());
        insert.setString(11, deal.expectedClose().map(LocalDate::toString).orElse(null));
        insert.setString(12, deal.closedOn().map(LocalDate::toString).orElse(null));
        insert.setInt(13, deal.slipCount());
        insert.setLong(14, deal.version());
        insert.setBoolean(15, false);
        insert.setString(16, deal.createdOn().map(LocalDate::toString).orElse(null));
    }
}
