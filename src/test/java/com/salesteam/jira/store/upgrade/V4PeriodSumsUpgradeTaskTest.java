package com.salesteam.jira.store.upgrade;

import com.atlassian.activeobjects.external.ModelVersion;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.testing.TestActiveObjects;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class V4PeriodSumsUpgradeTaskTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private TestActiveObjects engine;
    private final V4PeriodSumsUpgradeTask task = new V4PeriodSumsUpgradeTask();

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
    public void isModelVersionFour() {
        assertTrue(ModelVersion.valueOf("4").isSame(task.getModelVersion()));
        assertTrue(ModelVersion.valueOf("3").isOlderThan(task.getModelVersion()));
    }

    @Test
    public void buildsThePeriodSumsOnTheStoredCalendar() {
        new SettingsRepository(engine.ao()).saveFiscalCalendar(FiscalCalendar.of(Month.APRIL, ZoneId.of("UTC"), DayOfWeek.MONDAY));
        DealLedger ledger = new DealLedger(engine.ao());
        ledger.record(new DealFacts(1, 1, Optional.of("bob"), Optional.of(7L), Money.ofMinor(500_00, EUR), "s",
                DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(LocalDate.of(2026, 5, 1)),
                Optional.of(LocalDate.of(2026, 5, 1)), 0, 1), FiscalCalendar.DEFAULT);

        task.upgrade(ModelVersion.valueOf("3"), engine.ao());

        // May 2026 is in the first quarter of FY2027 when the year starts in April
        assertEquals(Money.ofMinor(500_00, EUR),
                ledger.periodTotalsByOwner(List.of("bob"), "FY2027-Q1").get("bob").get(EUR).closedWon());
        assertTrue("the keys of the default calendar are gone",
                ledger.periodTotalsByOwner(List.of("bob"), "FY2026-Q2").isEmpty());
    }
}
