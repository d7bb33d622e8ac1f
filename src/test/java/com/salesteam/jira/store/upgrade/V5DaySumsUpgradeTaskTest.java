package com.salesteam.jira.store.upgrade;

import com.atlassian.activeobjects.external.ModelVersion;
import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.DealSums;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.testing.TestActiveObjects;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class V5DaySumsUpgradeTaskTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final DateRange MAY = DateRange.ofDays(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));

    private TestActiveObjects engine;
    private final V5DaySumsUpgradeTask task = new V5DaySumsUpgradeTask();

    @Before
    public void database() {
        engine = TestActiveObjects.create(TestDatabase.HSQLDB);
        engine.ao().migrate(DealEntity.class, DealMonthEntity.class, DealDayEntity.class, AppSettingEntity.class);
    }

    @After
    public void close() {
        engine.close();
    }

    @Test
    public void isModelVersionFive() {
        assertTrue(ModelVersion.valueOf("5").isSame(task.getModelVersion()));
        assertTrue(ModelVersion.valueOf("4").isOlderThan(task.getModelVersion()));
    }

    @Test
    public void buildsTheDaySumsOfTheDealsRecordedBeforeAndCountsNoNewPipelineWithoutACreationDay() {
        DealLedger ledger = new DealLedger(engine.ao());
        ledger.record(new DealFacts(1, 1, Optional.of("bob"), Optional.of(7L), Money.ofMinor(500_00, EUR), "s",
                DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(LocalDate.of(2026, 5, 6)),
                Optional.of(LocalDate.of(2026, 5, 6)), 0, 1), FiscalCalendar.DEFAULT);
        // a model version 4 database: deals and their month rows, no day rows
        engine.withConnection(connection -> connection.createStatement()
                .executeUpdate("DELETE FROM " + engine.tableName(DealDayEntity.class)));
        assertTrue(ledger.spanSumsOfEveryone(List.of(MAY)).get(MAY).isEmpty());

        task.upgrade(ModelVersion.valueOf("4"), engine.ao());

        DealSums bob = ledger.spanSumsOfEveryone(List.of(MAY)).get(MAY).get("bob");
        assertEquals(500_00L, bob.totals().get(EUR).wonMinor());
        assertEquals("no creation day known yet: the reconciliation brings it", Map.of(), bob.created());
    }
}
