package com.salesteam.jira.service.competition;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.competition.Competition;
import com.salesteam.jira.model.competition.CompetitionDraft;
import com.salesteam.jira.model.competition.CompetitionState;
import com.salesteam.jira.model.competition.Standing;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.model.ranking.LeaderboardPrivacy;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ProjectBrowsing;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.CompEntity;
import com.salesteam.jira.store.CompStanding;
import com.salesteam.jira.store.CompetitionRepository;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.QuotaChangeEntity;
import com.salesteam.jira.store.QuotaEntity;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MemoryLeaderboardSettingsCache;
import com.salesteam.jira.testing.MemoryTeamTreeCache;
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

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.when;

/**
 * Competitions on a real database, per role. Region (vp; ann) has District (boss; bob, carl, dave) below it;
 * Elsewhere (other; dan) apart. Today is 15 May 2026: April is finished, May running, June upcoming.
 */
public class CompetitionServiceTest {

    private final ProjectBrowsing hiddenProjects = org.mockito.Mockito.mock(ProjectBrowsing.class);

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-05-15T10:00:00Z");

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, QuotaEntity.class, QuotaChangeEntity.class, DealEntity.class,
            DealMonthEntity.class, DealDayEntity.class, CompEntity.class, CompStanding.class);

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private CompetitionRepository repository;
    private CompetitionService service;
    private SettingsRepository settings;
    private DealLedger ledger;
    private QuotaRepository quotas;
    private MemoryTeamTreeCache teamTree;
    private MemoryLeaderboardSettingsCache boardSettings;
    private Team region;
    private Team district;
    private Team elsewhere;
    private long issue;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        quotas = new QuotaRepository(db.ao());
        ledger = new DealLedger(db.ao());
        settings = new SettingsRepository(db.ao());
        settings.saveDefaultCurrency(EUR);
        UserDirectory users = Mockito.mock(UserDirectory.class);
        when(users.byKey(anyString())).thenAnswer(call -> call.getArgument(0).equals("ghost") ? Optional.empty()
                : Optional.of(new Person(call.getArgument(0), call.getArgument(0), "Name of " + call.getArgument(0))));
        repository = Mockito.spy(new CompetitionRepository(db.ao()));
        teamTree = new MemoryTeamTreeCache(teams);
        boardSettings = new MemoryLeaderboardSettingsCache(settings);
        service = new CompetitionService(repository, ledger, quotas, teams, teamTree, settings, boardSettings, users,
                currentUser, Clock.fixed(NOW, ZoneOffset.UTC), new DealAmountAccess(hiddenProjects, ledger),
                new KpiRepository(db.ao()));
        region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of("ann")));
        district = teams.create(new TeamDraft("District", "", Optional.of(region.id()), Optional.of("boss"),
                List.of("bob", "carl", "dave")));
        elsewhere = teams.create(new TeamDraft("Elsewhere", "", Optional.empty(), Optional.of("other"), List.of("dan")));
        // as an earlier request left it: the statement counts below are those of every request but the first
        teamTree.teams();
        won("bob", 50_000, LocalDate.of(2026, 5, 10));
        won("carl", 30_000, LocalDate.of(2026, 5, 2));
        won("dave", 30_000, LocalDate.of(2026, 5, 3));
        won("ann", 90_000, LocalDate.of(2026, 4, 20));
        won("bob", 10_000, LocalDate.of(2026, 4, 21));
        won("carl", 99_000, LocalDate.of(2026, 6, 1));
    }

    private void won(String owner, long euros, LocalDate day) {
        issue++;
        ledger.record(new DealFacts(issue, 1, Optional.of(owner), Optional.of(1L), Money.ofMinor(euros * 100, EUR),
                "won", DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(day), Optional.of(day), 0, 1),
                FiscalCalendar.DEFAULT);
    }

    private void actAs(String userKey) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(userKey, userKey, userKey.equals("admin"))));
    }

    private static CompetitionDraft draft(String name, String metric, String start, String end, List<Long> teams,
                                          List<String> people, String scoring) {
        return new CompetitionDraft(name, "", metric, start, end, teams, people, scoring, List.of("Trip", "Dinner"));
    }

    private Competition create(String as, CompetitionDraft draft) {
        actAs(as);
        return service.create(draft);
    }

    /** At most four, leaving the shown people's badges within a request's five (the team tree warm). */
    private CompetitionBoard boardAs(String userKey, long id) {
        actAs(userKey);
        db.statements().reset();
        CompetitionBoard board = service.board(id);
        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 4);
        return board;
    }

    private static List<String> keys(CompetitionBoard board) {
        return board.rows().stream().map(CompetitionBoard.Row::userKey).toList();
    }

    private static BigDecimal euros(long euros) {
        return BigDecimal.valueOf(euros * 100);
    }

    @Test
    public void aManagersCompetitionTakesInTheTeamsBelowAndRanksTheWindowOnly() {
        Competition may = create("vp", draft("May sprint", "revenue-won", "2026-05-01", "2026-05-31",
                List.of(region.id()), List.of(), ""));
        assertEquals(List.of("ann", "bob", "carl", "dave"), may.roster().stream().sorted().toList());

        CompetitionBoard board = boardAs("vp", may.id());
        assertEquals(CompetitionState.RUNNING, board.state());
        assertEquals(17, board.daysLeft());
        assertEquals(List.of("bob", "carl", "dave", "ann"), keys(board));
        assertEquals(List.of(1, 2, 2, 4), board.rows().stream().map(CompetitionBoard.Row::rank).toList());
        assertEquals("April and June do not count", Optional.of(euros(50_000)), board.rows().get(0).value());
        assertEquals(Optional.of(euros(0)), board.rows().get(3).value());
        assertEquals("Trip", board.rows().get(0).prize());
        assertEquals("a shared second place shares the second prize", "Dinner", board.rows().get(2).prize());
        assertFalse(board.hiddenAmounts());
        assertFalse(board.frozen());
        assertTrue(board.editable());
    }

    @Test
    public void aManagerWhoCannotBrowseADealProjectSeesTheStandingsButNoAmount() {
        Competition may = create("vp", draft("May sprint", "revenue-won", "2026-05-01", "2026-05-31",
                List.of(region.id()), List.of(), ""));
        when(hiddenProjects.projectsHiddenFrom("vp")).thenReturn(Set.of(1L));

        CompetitionBoard board = boardAs("vp", may.id());

        assertEquals(List.of("bob", "carl", "dave", "ann"), keys(board));
        assertTrue(board.rows().stream().allMatch(row -> row.value().isEmpty()));
        assertTrue(board.hiddenAmounts());
    }

    @Test
    public void aManagerOfOnlyOneOfItsTeamsIsNotOfferedAnEditTheServerWouldRefuse() {
        Competition both = create("admin", draft("Two regions", "revenue-won", "2026-05-01", "2026-05-31",
                List.of(district.id(), elsewhere.id()), List.of(), ""));

        CompetitionBoard board = boardAs("boss", both.id());

        assertFalse(board.editable());
        assertFalse(service.list("").get(0).editable());
        assertTrue(boardAs("admin", both.id()).editable());
    }

    @Test
    public void repsTakingPartSeeRanksTheirOwnAmountAndNobodyExcluded() {
        Competition may = create("boss", draft("May sprint", "revenue-won", "2026-05-01", "2026-05-31",
                List.of(district.id()), List.of(), "absolute"));
        settings.saveLeaderboardPrivacy(new LeaderboardPrivacy(false, true, Set.of("dave")));
        boardSettings.forget();

        CompetitionBoard board = boardAs("carl", may.id());
        assertEquals(List.of("bob", "carl"), keys(board));
        assertEquals(Optional.empty(), board.rows().get(0).value());
        assertEquals(Optional.of(euros(30_000)), board.rows().get(1).value());
        assertTrue(board.rows().get(1).self());
        assertTrue(board.hiddenAmounts());
        assertFalse(board.editable());

        settings.saveLeaderboardPrivacy(new LeaderboardPrivacy(true, false, Set.of()));

        boardSettings.forget();
        assertEquals(Optional.of(euros(50_000)), boardAs("carl", may.id()).rows().get(0).value());

        assertEquals(ServiceException.Reason.NOT_FOUND, refused(() -> boardAs("dan", may.id())).reason());
        assertEquals(ServiceException.Reason.NOT_FOUND, refused(() -> boardAs("other", may.id())).reason());
        assertEquals("the manager above sees it", 3, boardAs("vp", may.id()).rows().size());
        when(currentUser.caller()).thenReturn(Optional.empty());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(() -> service.board(may.id())).reason());
    }

    @Test
    public void percentOfTargetIsProratedFromTheQuarterAndLeavesOutThoseWithoutQuota() {
        // May is 31 of Q2's 91 days: bob's 91k quarter makes a 31k target, carl's 182k a 62k one
        quotas.put(Quota.ofAmount(new QuotaSubject.Rep("bob"), "FY2026-Q2", QuotaMetric.REVENUE_WON,
                Money.ofMinor(91_000_00L, EUR)), "boss", NOW);
        quotas.put(Quota.ofAmount(new QuotaSubject.Rep("carl"), "FY2026-Q2", QuotaMetric.REVENUE_WON,
                Money.ofMinor(182_000_00L, EUR)), "boss", NOW);
        Competition may = create("boss", draft("Fair May", "revenue-won", "2026-05-01", "2026-05-31",
                List.of(district.id()), List.of(), "percent-of-target"));

        CompetitionBoard board = boardAs("boss", may.id());
        assertEquals(List.of("bob", "carl"), keys(board));
        assertEquals("boss manages bob", Optional.of(euros(50_000)), board.rows().get(0).value());
        assertEquals(Optional.of(new BigDecimal("161.3")), board.rows().get(0).percent());
        assertEquals(Optional.of(new BigDecimal("48.4")), board.rows().get(1).percent());
        assertEquals("dave has no quota", 1, board.withoutTarget());
    }

    @Test
    public void writesAreForAdminsAndManagersOfEveryParticipant() {
        CompetitionDraft district = draft("May", "deals-won", "2026-05-01", "2026-05-31", List.of(this.district.id()),
                List.of(), "");
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> create("bob", district)).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> create("other", district)).reason());
        assertEquals("a person outside the manager's teams", ServiceException.Reason.FORBIDDEN, refused(() -> create("boss",
                draft("May", "deals-won", "2026-05-01", "2026-05-31", List.of(), List.of("dan"), ""))).reason());
        assertEquals(0, db.ao().count(CompEntity.class));

        ServiceException invalid = refused(() -> create("boss", draft("", "luck", "2026-05-31", "2026-05-01",
                List.of(), List.of(), "")));
        assertEquals(ServiceException.Reason.INVALID, invalid.reason());
        assertEquals(List.of("name", "metric", "end", "participants"),
                invalid.fieldErrors().stream().map(FieldError::field).distinct().toList());

        ServiceException unknown = refused(() -> create("admin", draft("May", "deals-won", "2026-05-01", "2026-05-31",
                List.of(999L), List.of("ghost"), "")));
        assertEquals(List.of("teams[0]", "people[0]"), unknown.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(0, db.ao().count(CompEntity.class));

        Competition mine = create("boss", district);
        actAs("other");
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.update(mine.id(), district)).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.delete(mine.id())).reason());
        actAs("vp");
        db.statements().reset();
        Competition renamed = service.update(mine.id(), draft("May push", "deals-won", "2026-05-01", "2026-06-30",
                List.of(this.district.id()), List.of("ann"), ""));
        assertTrue("update within budget: " + db.statements().count(), db.statements().count() <= 5);
        assertEquals("May push", repository.find(mine.id()).orElseThrow().terms().name());
        assertTrue(renamed.roster().contains("ann"));
        actAs("boss");
        service.delete(mine.id());
        assertEquals(0, db.ao().count(CompEntity.class));
    }

    @Test
    public void aFinishedCompetitionIsNotEditedAndTheListFiltersByState() {
        Competition april = create("admin", draft("April", "revenue-won", "2026-04-01", "2026-04-30",
                List.of(region.id()), List.of(), ""));
        create("admin", draft("June", "revenue-won", "2026-06-01", "2026-06-30", List.of(elsewhere.id()), List.of(), ""));
        create("admin", draft("May", "revenue-won", "2026-05-01", "2026-05-31", List.of(region.id()), List.of(), ""));

        assertEquals(ServiceException.Reason.CONFLICT, refused(() -> service.update(april.id(),
                draft("April", "revenue-won", "2026-04-01", "2026-05-31", List.of(region.id()), List.of(), ""))).reason());

        actAs("ann");
        db.statements().reset();
        List<CompetitionSummary> mine = service.list("");
        assertEquals("settings, competitions", 2, db.statements().count());
        assertEquals(List.of("May", "April"), mine.stream().map(summary -> summary.competition().terms().name()).toList());
        assertTrue(mine.get(0).takingPart());
        assertFalse(mine.get(0).editable());
        actAs("admin");
        assertEquals(List.of("June"), service.list("upcoming").stream().map(s -> s.competition().terms().name()).toList());
        assertEquals(List.of(CompetitionState.FINISHED), service.list("finished").stream().map(CompetitionSummary::state).toList());
        assertEquals("state", refused(() -> service.list("someday")).fieldErrors().get(0).field());
        assertEquals(List.of(), service.board(create("admin", draft("July", "revenue-won", "2026-07-01", "2026-07-31",
                List.of(region.id()), List.of(), "")).id()).rows());
    }

    @Test
    public void theJobFreezesEndedCompetitionsOnceAndFrozenStandingsNeverChange() {
        Competition april = create("admin", draft("April", "revenue-won", "2026-04-01", "2026-04-30",
                List.of(region.id()), List.of(), ""));
        Competition may = create("admin", draft("May", "revenue-won", "2026-05-01", "2026-05-31",
                List.of(region.id()), List.of(), ""));

        FreezeReport first = service.freezeEnded();
        assertEquals(List.of(april.id()), first.frozen());
        List<Standing> frozen = repository.standings(april.id());
        assertEquals(List.of("ann", "bob", "carl", "dave"), frozen.stream().map(Standing::userKey).toList());
        assertEquals(List.of(true, true, false, false), frozen.stream().map(Standing::winner).toList());

        won("carl", 500_000, LocalDate.of(2026, 4, 29));
        FreezeReport second = service.freezeEnded();
        assertEquals("a re-run changes nothing", List.of(), second.frozen());
        assertEquals(frozen, repository.standings(april.id()));

        CompetitionBoard board = boardAs("bob", april.id());
        assertTrue(board.frozen());
        assertEquals(CompetitionState.FINISHED, board.state());
        assertEquals("the late deal does not move the frozen board", "ann", board.rows().get(0).userKey());
        assertEquals(List.of("Trip", "Dinner"), board.rows().stream().limit(2).map(CompetitionBoard.Row::prize).toList());
        assertTrue(board.rows().get(0).winner());
        assertFalse(repository.find(may.id()).orElseThrow().frozenAt().isPresent());
        CompetitionDraft change = draft("April", "revenue-won", "2026-04-01", "2026-04-30", List.of(region.id()),
                List.of(), "");
        actAs("admin");
        assertEquals(ServiceException.Reason.CONFLICT, refused(() -> service.update(april.id(), change)).reason());
        actAs("other");
        assertEquals("a manager of other teams learns nothing", ServiceException.Reason.FORBIDDEN,
                refused(() -> service.update(april.id(), change)).reason());
        assertEquals(frozen, repository.standings(april.id()));

        settings.saveLeaderboardPrivacy(new LeaderboardPrivacy(false, true, Set.of()));

        boardSettings.forget();
        actAs("bob");
        db.statements().reset();
        CompetitionSummary finished = service.list("finished").get(0);
        assertEquals("settings, competitions, winners", 3, db.statements().count());
        assertEquals(List.of("ann", "bob"), finished.winners().stream().map(CompetitionBoard.Row::userKey).toList());
        assertEquals("a rep sees the winners, not their amounts", Optional.empty(), finished.winners().get(0).value());
        assertEquals(Optional.of(euros(10_000)), finished.winners().get(1).value());
        assertEquals("Trip", finished.winners().get(0).prize());
    }

    @Test
    public void aCompetitionThatFailsToFreezeIsReportedAndTheOthersGoOn() {
        Competition march = create("admin", draft("March", "revenue-won", "2026-03-01", "2026-03-31",
                List.of(region.id()), List.of(), ""));
        Competition april = create("admin", draft("April", "revenue-won", "2026-04-01", "2026-04-30",
                List.of(region.id()), List.of(), ""));
        doThrow(new IllegalStateException("disk full")).when(repository).freeze(eq(march.id()), any(), any());

        FreezeReport report = service.freezeEnded();

        assertEquals(List.of(april.id()), report.frozen());
        assertEquals(List.of(new FreezeReport.Failure(march.id(), "disk full")), report.failures());
        assertEquals("competitions frozen: 1, failed: 1", report.summary());
        assertFalse(repository.find(march.id()).orElseThrow().frozenAt().isPresent());
    }

    @Test
    public void aManagerOfOneOfTwoTeamsSeesTheAmountsOfTheirOwnRepsOnly() {
        won("dan", 70_000, LocalDate.of(2026, 5, 4));
        Competition both = create("admin", draft("Two regions", "revenue-won", "2026-05-01", "2026-05-31",
                List.of(district.id(), elsewhere.id()), List.of("ann"), ""));

        CompetitionBoard board = boardAs("boss", both.id());

        assertEquals(List.of("dan", "bob", "carl", "dave", "ann"), keys(board));
        assertEquals("dan is in Elsewhere, which boss does not manage", Optional.empty(), value(board, "dan"));
        assertEquals("ann is named on her own, above boss", Optional.empty(), value(board, "ann"));
        assertEquals(Optional.of(euros(50_000)), value(board, "bob"));
        assertEquals(Optional.of(euros(30_000)), value(board, "carl"));
        assertTrue(board.hiddenAmounts());

        assertEquals("the manager above both district and ann", Optional.of(euros(0)), value(boardAs("vp", both.id()), "ann"));
        assertEquals(Optional.empty(), value(boardAs("vp", both.id()), "dan"));
        assertEquals(Optional.of(euros(70_000)), value(boardAs("other", both.id()), "dan"));
        assertEquals(Optional.empty(), value(boardAs("other", both.id()), "bob"));
        assertEquals(Optional.of(euros(70_000)), value(boardAs("admin", both.id()), "dan"));
        assertFalse(boardAs("admin", both.id()).hiddenAmounts());

        settings.saveLeaderboardPrivacy(new LeaderboardPrivacy(true, false, Set.of()));

        boardSettings.forget();
        assertEquals("amounts shown to reps are shown to managers of other teams too", Optional.of(euros(70_000)),
                value(boardAs("boss", both.id()), "dan"));
    }

    @Test
    public void theCreatorOfACompetitionSeesNoAmountsOfPeopleTheyDoNotManage() {
        Competition mine = create("boss", draft("Mine", "revenue-won", "2026-05-01", "2026-05-31",
                List.of(district.id()), List.of(), ""));
        // boss no longer manages District: creating it gave no lasting right to its figures
        new TeamRepository(db.ao()).update(district.id(), new TeamDraft("District", "", Optional.of(region.id()),
                Optional.of("newboss"), List.of("bob", "carl", "dave")));
        // as the team service does on every node; read again before the counted request
        teamTree.forget();
        teamTree.teams();

        CompetitionBoard board = boardAs("boss", mine.id());

        assertEquals(List.of("bob", "carl", "dave"), keys(board));
        assertTrue(board.rows().stream().allMatch(row -> row.value().isEmpty()));
        assertEquals(Optional.of(euros(50_000)), value(boardAs("newboss", mine.id()), "bob"));
    }

    @Test
    public void winnersInTheListShowOnlyTheAmountsTheViewerMaySee() {
        won("dan", 95_000, LocalDate.of(2026, 4, 5));
        Competition april = create("admin", draft("April", "revenue-won", "2026-04-01", "2026-04-30",
                List.of(district.id(), elsewhere.id()), List.of(), ""));
        service.freezeEnded();

        actAs("boss");
        db.statements().reset();
        List<CompetitionBoard.Row> winners = service.list("finished").get(0).winners();
        assertEquals("settings, competitions, winners", 3, db.statements().count());
        assertEquals(List.of("dan", "bob"), winners.stream().map(CompetitionBoard.Row::userKey).toList());
        assertEquals(Optional.empty(), winners.get(0).value());
        assertEquals(Optional.of(euros(10_000)), winners.get(1).value());
        actAs("other");
        winners = service.list("finished").get(0).winners();
        assertEquals(Optional.of(euros(95_000)), winners.get(0).value());
        assertEquals(Optional.empty(), winners.get(1).value());
        assertEquals(april.id(), service.list("finished").get(0).competition().id());
    }

    @Test
    public void topNKeepsTheFirstPlacesAndTheViewersOwnApart() {
        Competition may = create("vp", draft("May sprint", "revenue-won", "2026-05-01", "2026-05-31",
                List.of(region.id()), List.of(), ""));
        actAs("ann");

        CompetitionBoard board = service.board(may.id(), 2);

        assertEquals(List.of("bob", "carl"), keys(board));
        assertEquals("ann", board.own().orElseThrow().userKey());
        assertEquals(4, board.own().orElseThrow().rank());
        assertEquals(Optional.of(euros(0)), board.own().orElseThrow().value());
        assertTrue(board.own().orElseThrow().self());
        assertEquals(Optional.empty(), service.board(may.id(), 4).own());
        assertEquals("top", refused(() -> service.board(may.id(), 0)).fieldErrors().get(0).field());
        assertEquals("top", refused(() -> service.board(may.id(), CompetitionService.MAX_TOP + 1)).fieldErrors()
                .get(0).field());
    }

    @Test
    public void onlyAnAdminDeletesAFinishedCompetitionItsWinnersAreHistory() {
        Competition april = create("boss", draft("April", "revenue-won", "2026-04-01", "2026-04-30",
                List.of(district.id()), List.of(), ""));
        Competition finishedNotFrozen = create("boss", draft("March", "revenue-won", "2026-03-01", "2026-03-31",
                List.of(district.id()), List.of(), ""));
        service.freezeEnded();

        actAs("boss");
        ServiceException refusal = refused(() -> service.delete(april.id()));
        assertEquals(ServiceException.Reason.FORBIDDEN, refusal.reason());
        assertEquals("salesteam.error.competition.finished.delete", refusal.messageKey());
        actAs("vp");
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.delete(april.id())).reason());
        assertEquals(3, repository.standings(april.id()).size());

        doThrow(new IllegalStateException("not now")).when(repository).freeze(eq(finishedNotFrozen.id()), any(), any());
        actAs("boss");
        assertEquals("finished, even if the job has not frozen it yet", ServiceException.Reason.FORBIDDEN,
                refused(() -> service.delete(finishedNotFrozen.id())).reason());

        actAs("admin");
        service.delete(april.id());
        assertTrue(repository.find(april.id()).isEmpty());
        assertEquals(List.of(), repository.standings(april.id()));
    }

    private static Optional<BigDecimal> value(CompetitionBoard board, String userKey) {
        return board.rows().stream().filter(row -> row.userKey().equals(userKey)).findFirst().orElseThrow().value();
    }
}
