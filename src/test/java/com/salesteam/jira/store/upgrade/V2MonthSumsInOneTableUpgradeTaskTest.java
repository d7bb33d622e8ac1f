package com.salesteam.jira.store.upgrade;

import com.salesteam.jira.model.FiscalCalendar;
import com.atlassian.activeobjects.external.ModelVersion;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.testing.TestActiveObjects;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class V2MonthSumsInOneTableUpgradeTaskTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private TestActiveObjects engine;
    private final V2MonthSumsInOneTableUpgradeTask task = new V2MonthSumsInOneTableUpgradeTask();

    @Before
    public void database() {
        engine = TestActiveObjects.create(TestDatabase.HSQLDB);
        engine.ao().migrate(DealEntity.class, DealMonthEntity.class, DealDayEntity.class);
    }

    @After
    public void close() {
        engine.close();
    }

    @Test
    public void isModelVersionTwo() {
        assertTrue(ModelVersion.valueOf("2").isSame(task.getModelVersion()));
        assertTrue(ModelVersion.valueOf("1").isOlderThan(task.getModelVersion()));
    }

    @Test
    public void theTeamSumsAreRebuiltFromTheLedgerIntoTheOneTable() {
        DealLedger ledger = new DealLedger(engine.ao());
        ledger.record(new DealFacts(1, 1, Optional.of("bob"), Optional.of(7L), Money.ofMinor(500_00, EUR), "s",
                DealOutcome.OPEN, 50, ForecastCategory.COMMIT, Optional.of(LocalDate.of(2026, 5, 1)), Optional.empty(), 0, 1), FiscalCalendar.DEFAULT);
        engine.withConnection(connection -> connection.createStatement()
                .executeUpdate("DELETE FROM " + engine.tableName(DealMonthEntity.class)));

        task.upgrade(ModelVersion.valueOf("1"), engine.ao());

        YearMonth may = YearMonth.of(2026, 5);
        assertEquals(Money.ofMinor(500_00, EUR),
                ledger.teamMonthSums(List.of(7L), may, may.plusMonths(1)).byTeam().get(7L).get(EUR).commit());
        assertEquals(Money.ofMinor(500_00, EUR),
                ledger.monthSums(List.of("bob"), may, may.plusMonths(1)).byOwner().get("bob").get(EUR).commit());
    }
}
