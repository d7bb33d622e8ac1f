package com.salesteam.jira.service.ranking;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.UserDirectory;
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
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MemoryDaySumsCache;
import com.salesteam.jira.testing.MemoryLeaderboardSettingsCache;
import com.salesteam.jira.testing.MemoryTeamTreeCache;
import com.salesteam.jira.testing.MemoryPeriodSumsCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mockito;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * Boards of weeks and custom ranges (from the day rows) and the "reached it first" tie-break, on a real database.
 *
 * <p>Week 19 of 2026 is 4 to 10 May; week 18 is 27 April to 3 May. District (boss) holds ann, bob, carl, dave.
 */
public class LeaderboardDaysTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-05-15T10:00:00Z");
    private static final String WEEK_19 = "2026-W19";

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, QuotaEntity.class, QuotaChangeEntity.class, DealEntity.class,
            DealMonthEntity.class, DealDayEntity.class);

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private LeaderboardService service;
    private DealLedger ledger;
    private Team district;
    private long issue;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        ledger = new DealLedger(db.ao());
        SettingsRepository settings = new SettingsRepository(db.ao());
        settings.saveDefaultCurrency(EUR);
        UserDirectory users = Mockito.mock(UserDirectory.class);
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), "Name of " + call.getArgument(0))));
        service = new LeaderboardServiceImpl(new MemoryPeriodSumsCache(ledger), new QuotaRepository(db.ao()), new MemoryTeamTreeCache(teams),
                new MemoryLeaderboardSettingsCache(settings), users, currentUser, Clock.fixed(NOW, ZoneOffset.UTC),
                new DealAmountAccess(userKey -> Set.of(), ledger), new KpiRepository(db.ao()), MemoryScorecardCache.empty(),
                new MemoryDaySumsCache(ledger), ledger);
        district = teams.create(new TeamDraft("District", "", Optional.empty(), Optional.of("boss"),
                List.of("ann", "bob", "carl", "dave")));
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("boss", "Boss", false)));
    }

    private void won(String owner, long euros, LocalDate day) {
        issue++;
        ledger.record(new DealFacts(issue, 1, Optional.of(owner), Optional.of(district.id()), Money.ofMinor(euros * 100, EUR),
                "won", DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(day), Optional.of(day), 0, 1,
                Optional.of(day)), FiscalCalendar.DEFAULT);
    }

    private static List<String> order(Leaderboard board) {
        return board.rows().stream().map(row -> row.userKey() + ":" + row.rank()).toList();
    }

    @Test
    public void aWeekIsRankedFromTheDayRowsWithMovementAgainstTheWeekBeforeWithinTheBudget() {
        won("ann", 100, LocalDate.of(2026, 5, 4));
        won("bob", 300, LocalDate.of(2026, 5, 10));
        won("carl", 200, LocalDate.of(2026, 5, 11));
        won("bob", 50, LocalDate.of(2026, 4, 30));
        won("ann", 500, LocalDate.of(2026, 4, 27));

        db.statements().reset();
        Leaderboard week = service.board("revenue-won", WEEK_19, null, null, district.id(), 10, null);
        assertTrue("within the budget: " + db.statements().count(), db.statements().count() <= 5);

        assertEquals(WEEK_19, week.periodKey());
        assertEquals("2026-W18", week.previousPeriodKey());
        assertEquals(List.of("bob:1", "ann:2", "carl:3", "dave:3"), order(week));
        assertEquals(Optional.of(new BigDecimal(300_00)), week.rows().get(0).value());
        assertEquals("bob was second in week 18", Optional.of(1), week.rows().get(0).movement());
        assertEquals("ann was first", Optional.of(-1), week.rows().get(1).movement());

        db.statements().reset();
        service.board("revenue-won", WEEK_19, null, null, district.id(), 10, null);
        assertTrue("the week's sums are cached: " + db.statements().count(), db.statements().count() <= 4);
    }

    @Test
    public void aCustomRangeIsRankedAgainstTheRangeOfAsManyDaysBefore() {
        won("ann", 100, LocalDate.of(2026, 5, 1));
        won("bob", 300, LocalDate.of(2026, 5, 3));
        won("carl", 400, LocalDate.of(2026, 4, 29));

        db.statements().reset();
        Leaderboard range = service.board("deals-won", "", "2026-05-01", "2026-05-03", district.id(), 10, null);
        assertTrue("within the budget: " + db.statements().count(), db.statements().count() <= 5);
        assertEquals("2026-05-01..2026-05-03", range.periodKey());
        assertEquals("2026-04-28..2026-04-30", range.previousPeriodKey());
        assertEquals(List.of("ann:1", "bob:1", "carl:3", "dave:3"), order(range));
        assertEquals("carl led the three days before", Optional.of(-2), range.rows().get(2).movement());
    }

    @Test
    public void aBadRangeIsRefusedNamingItsField() {
        assertEquals(List.of("to"), fields(() -> service.board("", "", "2026-05-03", "2026-05-01", district.id(), null, null)));
        assertEquals(List.of("to"), fields(() -> service.board("", "", "2026-01-01", "2027-01-02", district.id(), null, null)));
        assertEquals("a leap year's 366 days are allowed", "2028-01-01..2028-12-31",
                service.board("", "", "2028-01-01", "2028-12-31", district.id(), null, null).periodKey());
        assertEquals(List.of("from"), fields(() -> service.board("", "", "1 May", "2026-05-01", district.id(), null, null)));
        assertEquals(List.of("from"), fields(() -> service.board("", "", "", "2026-05-01", district.id(), null, null)));
        assertEquals(List.of("to"), fields(() -> service.board("", "", "2026-05-01", null, district.id(), null, null)));
        assertEquals(List.of("period"), fields(() -> service.board("", "FY2026-Q2", "2026-05-01", "2026-05-02",
                district.id(), null, null)));
        assertEquals(List.of("tieBreak"), fields(() -> service.board("", "FY2026-Q2", null, null, district.id(), null,
                "alphabetical")));
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("ann", "Ann", false)));
        assertEquals("a rep still may not see an unshared board", ServiceException.Reason.FORBIDDEN, assertThrows(
                ServiceException.class, () -> service.board("", "", "2026-05-01", "2026-05-02", district.id(), null, null))
                .reason());
    }

    @Test
    public void reachedFirstTellsTiesApartByTheDayTheValueWasReachedSharedByDefault() {
        // all four at 500 in week 19: carl on the 5th, ann and bob on the 7th, dave on the 9th
        won("carl", 500, LocalDate.of(2026, 5, 5));
        won("ann", 200, LocalDate.of(2026, 5, 4));
        won("ann", 300, LocalDate.of(2026, 5, 7));
        won("bob", 500, LocalDate.of(2026, 5, 7));
        won("dave", 100, LocalDate.of(2026, 5, 4));
        won("dave", 400, LocalDate.of(2026, 5, 9));

        assertEquals(List.of("ann:1", "bob:1", "carl:1", "dave:1"),
                order(service.board("revenue-won", WEEK_19, null, null, district.id(), 10, null)));

        db.statements().reset();
        Leaderboard told = service.board("revenue-won", WEEK_19, null, null, district.id(), 10, "reached-first");
        assertTrue("one read more for the tied reps: " + db.statements().count(), db.statements().count() <= 5);
        assertEquals(List.of("carl:1", "ann:2", "bob:2", "dave:4"), order(told));

        assertEquals("the top two of a tie cut by the day", List.of("carl:1", "ann:2"),
                order(service.board("revenue-won", WEEK_19, null, null, district.id(), 2, "reached-first")));
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("dave", "Dave", true)));
        Leaderboard own = service.board("revenue-won", WEEK_19, null, null, district.id(), 1, "reached-first");
        assertEquals(List.of("carl:1"), order(own));
        assertEquals("the viewer's own row keeps its told-apart rank", 4, own.own().orElseThrow().rank());
    }

    @Test
    public void onlyTiesAreToldApartAndAZeroStaysShared() {
        won("ann", 500, LocalDate.of(2026, 5, 9));
        won("bob", 400, LocalDate.of(2026, 5, 4));
        assertEquals("higher values rank first whatever the day; nobody reached nothing first",
                List.of("ann:1", "bob:2", "carl:3", "dave:3"),
                order(service.board("revenue-won", WEEK_19, null, null, district.id(), 10, "reached-first")));
    }

    private static List<String> fields(Runnable call) {
        ServiceException refusal = assertThrows(ServiceException.class, call::run);
        assertEquals(ServiceException.Reason.INVALID, refusal.reason());
        return refusal.fieldErrors().stream().map(FieldError::field).toList();
    }
}
