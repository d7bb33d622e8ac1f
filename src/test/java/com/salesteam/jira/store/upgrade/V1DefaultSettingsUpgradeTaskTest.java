package com.salesteam.jira.store.upgrade;

import com.atlassian.activeobjects.external.ModelVersion;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.TestActiveObjects;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class V1DefaultSettingsUpgradeTaskTest {

    private TestActiveObjects engine;
    private final V1DefaultSettingsUpgradeTask task = new V1DefaultSettingsUpgradeTask();

    @Before
    public void emptyDatabase() {
        engine = TestActiveObjects.create(TestDatabase.HSQLDB);
    }

    @After
    public void close() {
        engine.close();
    }

    @Test
    public void isModelVersionOne() {
        assertTrue(ModelVersion.valueOf("1").isSame(task.getModelVersion()));
        assertTrue(ModelVersion.valueOf("0").isOlderThan(task.getModelVersion()));
    }

    @Test
    public void createsTheTablesAndStoresTheDefaultCalendar() {
        task.upgrade(ModelVersion.valueOf("0"), engine.ao());

        SettingsRepository settings = new SettingsRepository(engine.ao());
        assertTrue(settings.hasFiscalCalendar());
        assertEquals(FiscalCalendar.DEFAULT, settings.fiscalCalendar());
        TeamRepository teams = new TeamRepository(engine.ao());
        teams.create(new TeamDraft("Works", "", Optional.empty(), Optional.empty(), List.of("ann")));
        assertEquals(1, teams.findAll().size());
    }

    @Test
    public void runningAgainKeepsAnAdminsCalendar() {
        task.upgrade(ModelVersion.valueOf("0"), engine.ao());
        FiscalCalendar april = FiscalCalendar.of(Month.APRIL, ZoneId.of("Asia/Tokyo"), DayOfWeek.MONDAY);
        new SettingsRepository(engine.ao()).saveFiscalCalendar(april);

        task.upgrade(ModelVersion.valueOf("0"), engine.ao());

        assertEquals(april, new SettingsRepository(engine.ao()).fiscalCalendar());
        assertEquals(3, engine.ao().count(AppSettingEntity.class));
    }
}
