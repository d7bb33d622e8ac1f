package com.salesteam.jira.service;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastAdjustment;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.ForecastAdjustEntity;
import com.salesteam.jira.store.ForecastAdjustmentRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.mockito.Mockito;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** Managers' forecast calls over a real database (HSQLDB and PostgreSQL). */
@RunWith(Parameterized.class)
public class ForecastAdjustmentServiceImplTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-05-14T10:00:00Z");

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private ForecastAdjustmentService service;
    private Team region;
    private Team district;

    public ForecastAdjustmentServiceImplTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, TeamEntity.class, TeamMemberEntity.class, AppSettingEntity.class,
                ForecastAdjustEntity.class, DealEntity.class, DealMonthEntity.class, DealDayEntity.class);
    }

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        service = new ForecastAdjustmentServiceImpl(new ForecastAdjustmentRepository(db.ao()), new DealLedger(db.ao()), teams,
                new SettingsRepository(db.ao()), currentUser, new PropertiesTranslator(Locale.ENGLISH),
                new SteppingClock());
        region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of("ann")));
        district = teams.create(new TeamDraft("District", "", Optional.of(region.id()), Optional.of("boss"), List.of("bob")));
        act("boss", false);
    }

    /** Each reading one minute later than the last, starting at {@link #NOW}. */
    private static final class SteppingClock extends Clock {
        private Instant next = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            Instant now = next;
            next = next.plusSeconds(60);
            return now;
        }
    }

    private void act(String key, boolean admin) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(key, key, admin)));
    }

    @Test
    public void aManagersCallsAreKeptWithWhoAndWhenLatestFirst() {
        service.adjust(district.id(), new AdjustmentDraft("FY2026-Q2", "commit", "EUR 1200000", "two big ones slip"));
        act("vp", false);
        ForecastAdjustment second = service.adjust(district.id(), new AdjustmentDraft("", "best-case", "1500000.50", ""));

        db.statements().reset();
        List<ForecastAdjustment> history = service.history(district.id(), "FY2026-Q2");

        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        assertEquals(2, history.size());
        assertEquals("FY2026-Q2", second.periodKey());
        assertEquals(new ForecastAdjustment(district.id(), "FY2026-Q2", ForecastCategory.COMMIT,
                Money.of(new BigDecimal("1200000"), Currency.getInstance("EUR")), "two big ones slip", "boss", history.get(1).madeAt()), history.get(1));
        assertTrue(history.get(0).madeAt().isAfter(history.get(1).madeAt()));
        assertEquals("vp", history.get(0).authorKey());
        assertEquals(List.of(), service.history(district.id(), "FY2026-Q3"));
    }

    @Test
    public void theRegionsFiguresTakeEachSubTeamsLatestCallInPlaceOfItsRollUp() {
        DealLedger ledger = new DealLedger(db.ao());
        ledger.record(new DealFacts(1, 1, Optional.of("bob"), Optional.of(district.id()),
                Money.of(new BigDecimal("100000"), EUR), "s", DealOutcome.OPEN, 80, ForecastCategory.COMMIT,
                Optional.of(java.time.LocalDate.of(2026, 5, 10)), Optional.empty(), 0, 1), FiscalCalendar.DEFAULT);
        ledger.record(new DealFacts(2, 1, Optional.of("ann"), Optional.of(region.id()),
                Money.of(new BigDecimal("30000"), EUR), "s", DealOutcome.OPEN, 80, ForecastCategory.COMMIT,
                Optional.of(java.time.LocalDate.of(2026, 6, 10)), Optional.empty(), 0, 1), FiscalCalendar.DEFAULT);
        service.adjust(district.id(), new AdjustmentDraft("FY2026-Q2", "commit", "EUR 70000", "one slips"));
        act("vp", false);
        service.adjust(region.id(), new AdjustmentDraft("FY2026-Q2", "commit", "EUR 90000", "my own call"));

        db.statements().reset();
        TeamCalls calls = service.calls(region.id(), "FY2026-Q2");

        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        assertEquals(List.of("my own call"), calls.history().stream().map(ForecastAdjustment::note).toList());
        assertEquals("one slips", calls.subTeams().get(0).commit().orElseThrow().note());
        assertEquals("130 000 rolled up, District's 100 000 replaced by its call of 70 000",
                Money.of(new BigDecimal("100000"), EUR), calls.adjusted().get(EUR).commit());
        assertEquals(Map.of(), service.calls(district.id(), "FY2026-Q2").adjusted());
    }

    @Test
    public void everyBadFieldIsNamedAndNothingIsStored() {
        ServiceException e = refused(() -> service.adjust(district.id(),
                new AdjustmentDraft("FY2026-Q9", "pipeline", "-5", "x".repeat(256))));

        assertEquals(ServiceException.Reason.INVALID, e.reason());
        assertEquals(List.of("period", "category", "amount", "note"), e.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("salesteam.field.money.error.negative", e.fieldErrors().get(2).messageKey());
        assertEquals("salesteam.field.money.error.decimals", refused(() -> service.adjust(district.id(),
                new AdjustmentDraft("", "commit", "EUR 1.234", ""))).fieldErrors().get(0).messageKey());
        assertEquals(List.of(), service.history(district.id(), "FY2026-Q2"));
    }

    @Test
    public void onlyManagersAboveTheTeamAndAdminsReadOrCall() {
        act("bob", false);
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.history(district.id(), "")).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.adjust(district.id(),
                new AdjustmentDraft("", "commit", "1", ""))).reason());
        act("boss", false);
        assertEquals("a district manager does not manage the region", ServiceException.Reason.FORBIDDEN,
                refused(() -> service.history(region.id(), "")).reason());
        act("admin", true);
        assertEquals(ServiceException.Reason.NOT_FOUND, refused(() -> service.history(999, "")).reason());
        when(currentUser.caller()).thenReturn(Optional.empty());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(() -> service.history(district.id(), "")).reason());
    }
}
