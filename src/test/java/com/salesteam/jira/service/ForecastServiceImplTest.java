package com.salesteam.jira.service;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/** Forecasts over a real ledger: nested roll-up, cumulative categories, the statement budget and who may see what. */
public class ForecastServiceImplTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, DealEntity.class, DealMonthEntity.class, DealDayEntity.class);
    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CurrentUser currentUser;
    @Mock
    private UserDirectory users;
    @Mock
    private ProjectBrowsing hiddenProjects;

    private DealLedger ledger;
    private ForecastService service;
    private Team region;
    private Team district;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        ledger = new DealLedger(db.ao());
        StageNames stageNames = () -> Map.of("prospecting", "Prospecting <i>", "10", "Proposal");
        service = new ForecastServiceImpl(ledger, teams, new SettingsRepository(db.ao()), users, stageNames, currentUser,
                java.time.Clock.fixed(java.time.Instant.parse("2026-05-14T10:00:00Z"), java.time.ZoneOffset.UTC),
                new DealAmountAccess(hiddenProjects, ledger));
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0), call.getArgument(0), "Name of " + call.getArgument(0))));
        region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of("ann")));
        district = teams.create(new TeamDraft("District", "", Optional.of(region.id()), Optional.of("boss"), List.of("bob", "carl")));
        act("admin", true);
    }

    private void act(String key, boolean admin) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(key, key, admin)));
    }

    /** Credited, as the listener does, to the owner's team: ann to Region, bob and carl to District. */
    private Optional<Long> teamOf(String owner) {
        return Optional.of(owner.equals("ann") ? region.id() : district.id());
    }

    private void deal(long issue, String owner, long euros, DealOutcome outcome, ForecastCategory category, int p, LocalDate day) {
        ledger.record(new DealFacts(issue, 1L, Optional.of(owner), teamOf(owner), Money.ofMinor(euros * 100, EUR), "s",
                outcome, p, category, Optional.of(day), outcome == DealOutcome.OPEN ? Optional.empty() : Optional.of(day), 0, 1), FiscalCalendar.DEFAULT);
    }


    @Test
    public void teamForecastRollsUpNestedTeamsWithCumulativeCategories() {
        LocalDate may = LocalDate.of(2026, 5, 10);
        deal(1, "ann", 100, DealOutcome.WON, ForecastCategory.CLOSED, 100, may);
        deal(2, "bob", 200, DealOutcome.OPEN, ForecastCategory.COMMIT, 80, may);
        deal(3, "carl", 300, DealOutcome.OPEN, ForecastCategory.BEST_CASE, 50, may);
        deal(4, "carl", 400, DealOutcome.OPEN, ForecastCategory.PIPELINE, 10, LocalDate.of(2026, 6, 30));
        deal(5, "carl", 999, DealOutcome.OPEN, ForecastCategory.OMITTED, 90, may);
        deal(6, "bob", 700, DealOutcome.OPEN, ForecastCategory.COMMIT, 90, LocalDate.of(2026, 7, 1));
        db.statements().reset();

        Forecast forecast = service.forTeam(region.id(), "FY2026-Q2");

        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        ForecastTotals total = forecast.total().totals().get(EUR);
        assertEquals(Money.ofMinor(100_00, EUR), total.closedWon());
        assertEquals(Money.ofMinor(300_00, EUR), total.commit());
        assertEquals(Money.ofMinor(600_00, EUR), total.bestCase());
        assertEquals(Money.ofMinor(900_00, EUR), total.openPipeline());
        assertEquals(Money.ofMinor(160_00 + 150_00 + 40_00, EUR), total.weighted());
        assertEquals(List.of("ann"), forecast.members().stream().map(ForecastLine::subjectKey).toList());
        ForecastLine sub = forecast.subTeams().get(0);
        assertEquals("District", sub.subjectName());
        assertEquals(Money.ofMinor(200_00, EUR), sub.totals().get(EUR).commit());
    }

    @Test
    public void funnelListsOpenStagesFromLeastToMostLikely() {
        LocalDate may = LocalDate.of(2026, 5, 10);
        ledger.record(new DealFacts(1, 1L, Optional.of("bob"), teamOf("bob"), Money.ofMinor(100_00, EUR), "negotiation",
                DealOutcome.OPEN, 75, ForecastCategory.COMMIT, Optional.of(may), Optional.empty(), 0, 1), FiscalCalendar.DEFAULT);
        ledger.record(new DealFacts(2, 1L, Optional.of("carl"), teamOf("carl"), Money.ofMinor(300_00, EUR), "prospecting",
                DealOutcome.OPEN, 10, ForecastCategory.PIPELINE, Optional.of(may), Optional.empty(), 0, 1), FiscalCalendar.DEFAULT);
        ledger.record(new DealFacts(3, 1L, Optional.of("carl"), teamOf("carl"), Money.ofMinor(50_00, EUR), "prospecting",
                DealOutcome.OPEN, 10, ForecastCategory.PIPELINE, Optional.of(may), Optional.empty(), 0, 1), FiscalCalendar.DEFAULT);
        ledger.record(new DealFacts(4, 1L, Optional.of("carl"), teamOf("carl"), Money.ofMinor(70_00, EUR), "won",
                DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(may), Optional.of(may), 0, 1), FiscalCalendar.DEFAULT);

        List<ForecastLine> stages = service.forTeam(district.id(), "FY2026-Q2").stages();

        assertEquals(List.of("prospecting", "negotiation"), stages.stream().map(ForecastLine::subjectKey).toList());
        assertEquals("named by the status, or by the id when no status has it",
                List.of("Prospecting <i>", "negotiation"), stages.stream().map(ForecastLine::subjectName).toList());
        assertEquals(2, stages.get(0).totals().get(EUR).openCount());
        assertEquals(Money.ofMinor(350_00, EUR), stages.get(0).totals().get(EUR).openPipeline());
    }

    @Test
    public void aRepSeesOnlyTheirOwnForecast() {
        deal(1, "bob", 200, DealOutcome.OPEN, ForecastCategory.COMMIT, 80, LocalDate.of(2026, 5, 10));
        act("bob", false);

        assertEquals(Money.ofMinor(200_00, EUR), service.forRep("bob", "FY2026-Q2").total().totals().get(EUR).commit());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.forRep("carl", "FY2026-Q2")).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.forTeam(district.id(), "FY2026-Q2")).reason());
    }

    @Test
    public void nobodyGetsAmountsSummedOverDealsOfAProjectTheyCannotBrowse() {
        deal(1, "bob", 200, DealOutcome.OPEN, ForecastCategory.COMMIT, 80, LocalDate.of(2026, 5, 10));
        act("bob", false);
        when(hiddenProjects.projectsHiddenFrom("bob")).thenReturn(Set.of(1L));

        ServiceException refusal = refused(() -> service.forRep("bob", "FY2026-Q2"));

        assertEquals(ServiceException.Reason.FORBIDDEN, refusal.reason());
        assertEquals("salesteam.error.deals.unbrowsable", refusal.messageKey());
        act("vp", false);
        when(hiddenProjects.projectsHiddenFrom("vp")).thenReturn(Set.of(1L, 2L));
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.forTeam(region.id(), "FY2026-Q2")).reason());
    }

    @Test
    public void aProjectTheCallerCannotBrowseHidesNothingWhileItHoldsNoDeal() {
        deal(1, "bob", 200, DealOutcome.OPEN, ForecastCategory.COMMIT, 80, LocalDate.of(2026, 5, 10));
        act("bob", false);
        when(hiddenProjects.projectsHiddenFrom("bob")).thenReturn(Set.of(2L));

        assertEquals(Money.ofMinor(200_00, EUR), service.forRep("bob", "FY2026-Q2").total().totals().get(EUR).commit());
    }

    @Test
    public void managersSeeTheirTeamsAndTheTeamsBelowButNotAbove() {
        act("boss", false);
        service.forTeam(district.id(), "FY2026-Q2");
        service.forRep("carl", "FY2026-Q2");
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.forTeam(region.id(), "FY2026-Q2")).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.forRep("ann", "FY2026-Q2")).reason());

        act("vp", false);
        assertEquals(2, service.forTeam(region.id(), "FY2026-Q2").members().size() + service.forTeam(region.id(), "FY2026-Q2").subTeams().size());
        service.forRep("carl", "FY2026-Q2");
    }

    @Test
    public void weeksComeFromTheLedgerAndMatchTheMonthlyPath() {
        deal(1, "bob", 200, DealOutcome.OPEN, ForecastCategory.COMMIT, 80, LocalDate.of(2026, 5, 12));
        deal(2, "bob", 50, DealOutcome.WON, ForecastCategory.CLOSED, 100, LocalDate.of(2026, 5, 20));

        ForecastTotals week = service.forRep("bob", "2026-W20").total().totals().get(EUR);

        assertEquals(Money.ofMinor(200_00, EUR), week.commit());
        assertEquals(Money.ofMinor(0, EUR), week.closedWon());
    }

    @Test
    public void badPeriodsAndUnknownTeamsAreRefused() {
        ServiceException period = refused(() -> service.forTeam(region.id(), "FY2026-Q9"));
        assertEquals("period", period.fieldErrors().get(0).field());
        assertEquals(ServiceException.Reason.NOT_FOUND, refused(() -> service.forTeam(999, "FY2026-Q2")).reason());

        when(currentUser.caller()).thenReturn(Optional.empty());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(() -> service.forRep("bob", "FY2026")).reason());
    }
}
