package com.salesteam.jira.store;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.quota.AttainmentSharing;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

@RunWith(Parameterized.class)
public class SettingsRepositoryTest {

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private SettingsRepository settings;

    public SettingsRepositoryTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, AppSettingEntity.class);
    }

    @Before
    public void createRepository() {
        settings = new SettingsRepository(db.ao());
    }

    @Test
    public void emptyStoreGivesTheDefaultCalendar() {
        assertFalse(settings.hasFiscalCalendar());
        assertEquals(FiscalCalendar.DEFAULT, settings.fiscalCalendar());
    }

    @Test
    public void savedCalendarIsReadBackInOneStatement() {
        FiscalCalendar april = FiscalCalendar.of(Month.APRIL, ZoneId.of("Asia/Shanghai"), DayOfWeek.SUNDAY);
        settings.saveFiscalCalendar(april);
        db.statements().reset();

        assertEquals(april, settings.fiscalCalendar());
        assertEquals(1, db.statements().count());
        assertTrue(settings.hasFiscalCalendar());
    }

    @Test
    public void savingAgainOverwritesInsteadOfAddingRows() {
        settings.saveFiscalCalendar(FiscalCalendar.of(Month.APRIL, ZoneId.of("UTC"), DayOfWeek.MONDAY));
        settings.saveFiscalCalendar(FiscalCalendar.of(Month.JULY, ZoneId.of("Europe/Berlin"), DayOfWeek.MONDAY));

        assertEquals(3, db.ao().count(AppSettingEntity.class));
        assertEquals(Month.JULY, settings.fiscalCalendar().fiscalYearStart());
        assertEquals(ZoneId.of("Europe/Berlin"), settings.fiscalCalendar().zone());
    }

    @Test
    public void unreadableStoredValuesFallBackToTheDefault() {
        db.ao().create(AppSettingEntity.class, Map.<String, Object>of("SETTING_KEY", SettingsRepository.FISCAL_YEAR_START, "SETTING_VALUE", "Smarch"));
        db.ao().create(AppSettingEntity.class, Map.<String, Object>of("SETTING_KEY", SettingsRepository.TIME_ZONE, "SETTING_VALUE", "Mars/Olympus"));
        db.ao().create(AppSettingEntity.class, Map.<String, Object>of("SETTING_KEY", SettingsRepository.WEEK_START, "SETTING_VALUE", "SUNDAY"));

        FiscalCalendar calendar = settings.fiscalCalendar();

        assertEquals(FiscalCalendar.DEFAULT.fiscalYearStart(), calendar.fiscalYearStart());
        assertEquals(FiscalCalendar.DEFAULT.zone(), calendar.zone());
        assertEquals(DayOfWeek.SUNDAY, calendar.weekStart());
    }

    // --- Quota Attainment gadget: what reps see of their team's attainment ---

    @Test
    public void attainmentSharingDefaultsToOwnRowsAndIsReadWithTheCalendarInOneStatement() {
        assertEquals(AttainmentSharing.DEFAULT, settings.attainmentSharing());
        FiscalCalendar april = FiscalCalendar.of(Month.APRIL, ZoneId.of("UTC"), DayOfWeek.MONDAY);
        settings.saveFiscalCalendar(april);
        settings.saveAttainmentSharing(new AttainmentSharing(true, false));
        db.statements().reset();

        SettingsRepository.CalendarAndSharing read = settings.calendarAndSharing();

        assertEquals(1, db.statements().count());
        assertEquals(april, read.calendar());
        assertEquals(new AttainmentSharing(true, false), read.sharing());
    }

    @Test
    public void anUnreadableSharingValueFallsBackToTheSafeDefault() {
        db.ao().create(AppSettingEntity.class, Map.<String, Object>of("SETTING_KEY",
                SettingsRepository.SHOW_TEAM_ATTAINMENT, "SETTING_VALUE", "yes"));
        db.ao().create(AppSettingEntity.class, Map.<String, Object>of("SETTING_KEY",
                SettingsRepository.HIDE_TEAM_AMOUNTS, "SETTING_VALUE", "no"));

        assertEquals(AttainmentSharing.DEFAULT, settings.attainmentSharing());
    }
}
