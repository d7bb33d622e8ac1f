package com.salesteam.jira.service;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.DealChange;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.DealTimeline;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.StageRule;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.StageRuleEntity;
import com.salesteam.jira.store.StageRuleRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mockito;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The as-of forecast over a real ledger, with the issue history played by a map. */
public class AsOfForecastServiceImplTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-05-25T10:00:00Z");

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, DealEntity.class, DealMonthEntity.class, DealDayEntity.class,
            StageRuleEntity.class);

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private final Map<Long, DealTimeline> timelines = new HashMap<>();
    private final List<Collection<Long>> historyAsked = new ArrayList<>();
    private DealLedger ledger;
    private AsOfForecastService service;
    private Team team;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        ledger = new DealLedger(db.ao());
        StageRuleRepository rules = new StageRuleRepository(db.ao());
        rules.replaceAll(List.of(new StageRule("proposal", DealOutcome.OPEN, 50, ForecastCategory.BEST_CASE),
                new StageRule("negotiation", DealOutcome.OPEN, 75, ForecastCategory.COMMIT),
                new StageRule("won", DealOutcome.WON, 100, ForecastCategory.CLOSED)));
        DealHistorySource history = ids -> {
            historyAsked.add(List.copyOf(ids));
            Map<Long, DealTimeline> found = new HashMap<>();
            ids.forEach(id -> Optional.ofNullable(timelines.get(id)).ifPresent(timeline -> found.put(id, timeline)));
            return found;
        };
        UserDirectory users = Mockito.mock(UserDirectory.class);
        when(users.byKey(Mockito.anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), "Name of " + call.getArgument(0))));
        service = new AsOfForecastServiceImpl(ledger, teams, new SettingsRepository(db.ao()), rules, history, users,
                () -> Map.of("negotiation", "Negotiation"), currentUser, Clock.fixed(NOW, ZoneOffset.UTC),
                new DealAmountAccess(userKey -> Set.of(), ledger));
        team = teams.create(new TeamDraft("EMEA", "", Optional.empty(), Optional.of("boss"), List.of("bob", "carl")));
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("boss", "Boss", false)));
    }

    private void deal(long issue, String owner, long euros, String stage, DealOutcome outcome, ForecastCategory category,
                      LocalDate expected, Instant lastChange) {
        ledger.record(new DealFacts(issue, 1L, Optional.of(owner), Optional.of(team.id()), Money.ofMinor(euros * 100, EUR),
                stage, outcome, outcome == DealOutcome.WON ? 100 : 75, category, Optional.of(expected),
                outcome == DealOutcome.WON ? Optional.of(LocalDate.of(2026, 5, 20)) : Optional.empty(), 0,
                lastChange.toEpochMilli()), FiscalCalendar.DEFAULT);
    }

    @Test
    public void onTheFirstOfMayCommitHeldWhatWasInNegotiationThen() {
        // won on 20 May; on 1 May it was in Negotiation for 100 000
        deal(1, "bob", 120_000, "won", DealOutcome.WON, ForecastCategory.CLOSED, LocalDate.of(2026, 5, 20),
                Instant.parse("2026-05-20T10:00:00Z"));
        timelines.put(1L, new DealTimeline(Instant.parse("2026-03-01T00:00:00Z"), List.of(
                new DealChange.Stage(Instant.parse("2026-05-20T10:00:00Z"), "negotiation", "won"),
                new DealChange.Amount(Instant.parse("2026-05-19T10:00:00Z"), Optional.of(Money.ofMinor(100_000_00, EUR)),
                        Optional.of(Money.ofMinor(120_000_00, EUR))))));
        // unchanged since April: as the ledger has it, without reading its history
        deal(2, "carl", 30_000, "negotiation", DealOutcome.OPEN, ForecastCategory.COMMIT, LocalDate.of(2026, 6, 10),
                Instant.parse("2026-04-02T10:00:00Z"));
        // expected in Q2 on 1 May, slipped to Q3 on 10 May
        deal(3, "carl", 50_000, "negotiation", DealOutcome.OPEN, ForecastCategory.COMMIT, LocalDate.of(2026, 8, 1),
                Instant.parse("2026-05-10T10:00:00Z"));
        timelines.put(3L, new DealTimeline(Instant.parse("2026-03-01T00:00:00Z"), List.of(
                new DealChange.ExpectedClose(Instant.parse("2026-05-10T10:00:00Z"), Optional.of(LocalDate.of(2026, 6, 20)),
                        Optional.of(LocalDate.of(2026, 8, 1))))));
        // expected on the first day of the next quarter: not in this one
        deal(5, "carl", 7_000, "negotiation", DealOutcome.OPEN, ForecastCategory.COMMIT, LocalDate.of(2026, 7, 1),
                Instant.parse("2026-04-02T10:00:00Z"));
        // created after the day: not in the forecast of 1 May
        deal(4, "bob", 9_000, "negotiation", DealOutcome.OPEN, ForecastCategory.COMMIT, LocalDate.of(2026, 6, 1),
                Instant.parse("2026-05-15T10:00:00Z"));
        timelines.put(4L, new DealTimeline(Instant.parse("2026-05-15T10:00:00Z"), List.of()));

        db.statements().reset();
        Forecast then = service.forTeam(team.id(), "FY2026-Q2", "2026-05-01");

        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        assertEquals(List.of(List.of(1L, 3L, 4L)), historyAsked.stream().map(ids -> ids.stream().sorted().toList()).toList());
        assertEquals(Money.ofMinor(180_000_00, EUR), then.total().totals().get(EUR).commit());
        assertEquals(Money.ofMinor(0, EUR), then.total().totals().get(EUR).closedWon());
        assertEquals(Money.ofMinor(100_000_00, EUR), then.members().get(0).totals().get(EUR).commit());
        assertEquals(List.of("Negotiation"), then.stages().stream().map(ForecastLine::subjectName).toList());

        Forecast today = service.forTeam(team.id(), "FY2026-Q2", "2026-05-25");
        assertEquals(Money.ofMinor(120_000_00, EUR), today.total().totals().get(EUR).closedWon());
    }

    @Test
    public void theDayMustBeADayNotInTheFutureAndTheTeamTheCallers() {
        assertEquals("asOf", refused(() -> service.forTeam(team.id(), "", "yesterday")).fieldErrors().get(0).field());
        assertEquals("salesteam.error.asof.future",
                refused(() -> service.forTeam(team.id(), "", "2026-05-26")).fieldErrors().get(0).messageKey());
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("bob", "Bob", false)));
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.forTeam(team.id(), "", "2026-05-01")).reason());
    }
}
