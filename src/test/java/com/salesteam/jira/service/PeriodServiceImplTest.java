package com.salesteam.jira.service;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.when;

public class PeriodServiceImplTest {

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, AppSettingEntity.class);
    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private CurrentUser currentUser;

    private SettingsRepository settings;
    private PeriodService service;

    /** 23:30 on 31 March 2026 in UTC is already 1 April in Shanghai: the calendar's zone decides. */
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-31T23:30:00Z"), ZoneOffset.UTC);

    @Before
    public void setUp() {
        settings = new SettingsRepository(db.ao());
        service = new PeriodServiceImpl(settings, clock, currentUser);
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("ann", "Ann", false)));
    }


    @Test
    public void currentPeriodsFollowTheStoredCalendarAndItsTimeZone() {
        settings.saveFiscalCalendar(FiscalCalendar.of(Month.APRIL, ZoneId.of("Asia/Shanghai"), DayOfWeek.MONDAY));

        List<Period> current = service.current();

        assertEquals(List.of(PeriodType.WEEK, PeriodType.MONTH, PeriodType.QUARTER, PeriodType.YEAR),
                current.stream().map(Period::type).toList());
        Period quarter = current.get(2);
        assertEquals(LocalDate.of(2026, 4, 1), quarter.start());
        assertEquals("FY2027-Q1", quarter.key());
    }

    @Test
    public void inUtcTheSameInstantIsStillTheOldFiscalYear() {
        settings.saveFiscalCalendar(FiscalCalendar.of(Month.APRIL, ZoneOffset.UTC, DayOfWeek.MONDAY));

        assertEquals("FY2026-Q4", service.current().get(2).key());
    }

    @Test
    public void periodContainingADate() {
        Period month = service.containing("month", "2026-12-31");
        assertEquals(LocalDate.of(2026, 12, 1), month.start());
        assertEquals(LocalDate.of(2027, 1, 1), month.end());

        assertEquals(service.current().get(0), service.containing(" week ", ""));
    }

    @Test
    public void badRequestsNameTheirFields() {
        ServiceException both = refused(() -> service.containing("decade", "31/12/2026"));
        assertEquals(List.of("type", "date"), both.fieldErrors().stream().map(FieldError::field).toList());

        ServiceException key = refused(() -> service.byKey("FY2027-Q5"));
        assertEquals("key", key.fieldErrors().get(0).field());
    }

    @Test
    public void namedPeriodsRoundTrip() {
        assertEquals("FY2027-Q1", service.byKey("FY2027-Q1").key());
    }

    @Test
    public void anonymousCallersAreRefused() {
        when(currentUser.caller()).thenReturn(Optional.empty());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(service::current).reason());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(() -> service.byKey("FY2027")).reason());
    }
}
