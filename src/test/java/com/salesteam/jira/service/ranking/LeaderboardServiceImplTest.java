package com.salesteam.jira.service.ranking;

import com.salesteam.jira.testing.MemoryDaySumsCache;
import com.salesteam.jira.testing.MemoryLeaderboardSettingsCache;
import com.salesteam.jira.testing.MemoryTeamTreeCache;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.ProjectBrowsing;
import com.salesteam.jira.testing.MemoryPeriodSumsCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.model.ranking.LeaderboardPrivacy;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.QuotaChangeEntity;
import com.salesteam.jira.store.QuotaEntity;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mockito;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * Leaderboards on a real database, per role: ranks with shared places, movement against the quarter before, the
 * viewer's own row below the top, exclusions, what reps may see, and the statement budget.
 *
 * <p>District (boss; bob, carl, dave, erin) sits under Region (vp; ann); Elsewhere (other; dan) apart. In FY2026-Q2
 * bob won 50k EUR, carl and dave 40k each, erin 10k EUR and 999k USD; in Q1 erin won 100k and carl 50k.
 */
public class LeaderboardServiceImplTest {

    private final ProjectBrowsing hiddenProjects = org.mockito.Mockito.mock(ProjectBrowsing.class);

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = Instant.parse("2026-05-15T10:00:00Z");
    private static final String Q2 = "FY2026-Q2";

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, QuotaEntity.class, QuotaChangeEntity.class, DealEntity.class,
            DealMonthEntity.class, DealDayEntity.class);

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private SettingsRepository settings;
    private MemoryLeaderboardSettingsCache boardSettings;
    private LeaderboardService service;
    private DealLedger ledger;
    private MemoryPeriodSumsCache periodSums;
    private MemoryTeamTreeCache teamTree;
    private LeaderboardPrivacyService privacy;
    private Team region;
    private Team district;
    private Team elsewhere;
    private long issue;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        QuotaRepository quotas = new QuotaRepository(db.ao());
        ledger = new DealLedger(db.ao());
        periodSums = new MemoryPeriodSumsCache(ledger);
        teamTree = new MemoryTeamTreeCache(teams);
        settings = new SettingsRepository(db.ao());
        settings.saveDefaultCurrency(EUR);
        UserDirectory users = Mockito.mock(UserDirectory.class);
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), "Name of " + call.getArgument(0))));
        boardSettings = new MemoryLeaderboardSettingsCache(settings);
        service = new LeaderboardServiceImpl(periodSums, quotas, teamTree, boardSettings, users, currentUser,
                Clock.fixed(NOW, ZoneOffset.UTC), new DealAmountAccess(hiddenProjects, ledger), new KpiRepository(db.ao()),
                MemoryScorecardCache.empty(), new MemoryDaySumsCache(ledger), ledger);
        privacy = new LeaderboardPrivacyService(settings, boardSettings, currentUser);
        region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of("ann")));
        district = teams.create(new TeamDraft("District", "", Optional.of(region.id()), Optional.of("boss"),
                List.of("bob", "carl", "dave", "erin")));
        elsewhere = teams.create(new TeamDraft("Elsewhere", "", Optional.empty(), Optional.of("other"), List.of("dan")));
        won(ledger, "bob", 50_000, EUR, LocalDate.of(2026, 5, 10));
        won(ledger, "carl", 40_000, EUR, LocalDate.of(2026, 4, 20));
        won(ledger, "dave", 40_000, EUR, LocalDate.of(2026, 5, 2));
        won(ledger, "erin", 10_000, EUR, LocalDate.of(2026, 5, 3));
        won(ledger, "erin", 999_000, USD, LocalDate.of(2026, 5, 4));
        won(ledger, "dan", 70_000, EUR, LocalDate.of(2026, 5, 5));
        won(ledger, "erin", 100_000, EUR, LocalDate.of(2026, 2, 3));
        won(ledger, "carl", 50_000, EUR, LocalDate.of(2026, 1, 13));
        quota(quotas, "bob", 100_000);
        quota(quotas, "carl", 50_000);
        quota(quotas, "dave", 200_000);
    }

    private void won(DealLedger ledger, String owner, long amount, Currency currency, LocalDate day) {
        issue++;
        ledger.record(new DealFacts(issue, 1, Optional.of(owner), Optional.of(1L), Money.ofMinor(amount * 100, currency),
                "won", DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(day), Optional.of(day), 0, 1),
                FiscalCalendar.DEFAULT);
    }

    private static void quota(QuotaRepository quotas, String rep, long euros) {
        quotas.put(Quota.ofAmount(new QuotaSubject.Rep(rep), Q2, QuotaMetric.REVENUE_WON, Money.ofMinor(euros * 100, EUR)),
                "vp", NOW);
    }

    private void actAs(String userKey, boolean admin) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(userKey, userKey, admin)));
    }

    private Leaderboard boardAs(String userKey, Long teamId, String metric, Integer top) {
        return boardAs(userKey, teamId, metric, Q2, top);
    }

    private Leaderboard boardAs(String userKey, Long teamId, String metric, String period, Integer top) {
        actAs(userKey, userKey.equals("admin"));
        db.statements().reset();
        Leaderboard board = service.board(metric, period, teamId, top);
        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        return board;
    }

    private static List<String> keys(Leaderboard board) {
        return board.rows().stream().map(Leaderboard.Row::userKey).toList();
    }

    private static List<Integer> ranks(Leaderboard board) {
        return board.rows().stream().map(Leaderboard.Row::rank).toList();
    }

    private static BigDecimal euros(long euros) {
        return BigDecimal.valueOf(euros * 100);
    }

    @Test
    public void aManagerSeesAmountsAndEqualScoresShareARankWithTheNextOneSkipped() {
        Leaderboard board = boardAs("boss", district.id(), "revenue-won", null);

        assertEquals(List.of("bob", "carl", "dave", "erin"), keys(board));
        assertEquals(List.of(1, 2, 2, 4), ranks(board));
        assertEquals(List.of(Optional.of(euros(50_000)), Optional.of(euros(40_000)), Optional.of(euros(40_000)),
                Optional.of(euros(10_000))), board.rows().stream().map(Leaderboard.Row::value).toList());
        assertFalse(board.hiddenAmounts());
        assertEquals("the previous quarter", "FY2026-Q1", board.previousPeriodKey());
        assertEquals("erin's dollars are left out, and counted", 1, board.otherCurrencyReps());
        assertEquals("a board of revenue reads no quotas", Optional.empty(), board.rows().get(0).percentOfQuota());
        assertEquals(Optional.empty(), board.own());
    }

    @Test
    public void movementIsPlacesGainedSinceThePreviousPeriod() {
        // Q1: erin 1, carl 2, bob and dave 3 (nothing won)
        Leaderboard board = boardAs("boss", district.id(), "revenue-won", null);

        assertEquals(List.of(Optional.of(2), Optional.of(0), Optional.of(1), Optional.of(-3)),
                board.rows().stream().map(Leaderboard.Row::movement).toList());
    }

    @Test
    public void aManagerWhoCannotBrowseADealProjectSeesTheRanksButNoAmount() {
        when(hiddenProjects.projectsHiddenFrom("boss")).thenReturn(Set.of(1L));
        actAs("boss", false);
        service.board("revenue-won", Q2, district.id(), null);

        // the check of the hidden projects is one more read: within the budget once the period sums are cached
        Leaderboard board = boardAs("boss", district.id(), "revenue-won", null);

        assertEquals(List.of("bob", "carl", "dave", "erin"), keys(board));
        assertEquals(List.of(1, 2, 2, 4), ranks(board));
        assertTrue(board.rows().stream().allMatch(row -> row.value().isEmpty()));
        assertTrue(board.hiddenAmounts());
        when(hiddenProjects.projectsHiddenFrom("boss")).thenReturn(Set.of(99L));
        assertFalse("a hidden project without deals hides nothing",
                boardAs("boss", district.id(), "revenue-won", null).hiddenAmounts());
    }

    @Test
    public void aManagerAboveSeesEveryoneInTheTeamsBelow() {
        Leaderboard board = boardAs("vp", region.id(), "deals-won", null);

        assertEquals(List.of("erin", "bob", "carl", "dave", "ann"), keys(board));
        assertEquals("erin won two deals", List.of(1, 2, 2, 2, 5), ranks(board));
        assertEquals(Optional.of(BigDecimal.valueOf(2)), board.rows().get(0).value());
    }

    @Test
    public void anAdminSeesEveryRepInTwoStatementsAndQuotasAreReadForThePercentBoardOnly() {
        actAs("admin", true);
        db.statements().reset();
        Leaderboard board = service.board("revenue-won", Q2, null, null);

        assertEquals("settings, period rows: " + db.statements().count(), 2, db.statements().count());
        assertEquals(List.of("dan", "bob", "carl", "dave", "erin"), keys(board));
        assertEquals(Optional.empty(), board.teamId());

        new QuotaRepository(db.ao()).put(Quota.ofAmount(new QuotaSubject.Rep("newbie"), Q2, QuotaMetric.REVENUE_WON,
                Money.ofMinor(1_000_00L, EUR)), "vp", NOW);
        assertEquals("no figures, so not on a board of revenue", 5, service.board("revenue-won", Q2, null, null)
                .rows().size());
        db.statements().reset();
        Leaderboard withNewcomer = service.board("percent-of-quota", Q2, null, null);
        assertEquals("quotas (the settings and period rows are cached)", 1, db.statements().count());
        assertTrue("a rep with a quota and nothing won yet is on the percent board",
                keys(withNewcomer).contains("newbie"));
        assertEquals(Optional.of(new BigDecimal("0.0")), withNewcomer.rows().stream()
                .filter(row -> row.userKey().equals("newbie")).findFirst().orElseThrow().value());
    }

    @Test
    public void percentOfQuotaRanksThoseWithAQuotaAndCountsTheOthers() {
        Leaderboard board = boardAs("boss", district.id(), "percent-of-quota", null);

        assertEquals(List.of("carl", "bob", "dave"), keys(board));
        assertEquals(List.of(Optional.of(new BigDecimal("80.0")), Optional.of(new BigDecimal("50.0")),
                Optional.of(new BigDecimal("20.0"))), board.rows().stream().map(Leaderboard.Row::value).toList());
        assertEquals(1, board.withoutQuota());
        assertEquals("no quota in Q1: no movement", Optional.empty(), board.rows().get(0).movement());
    }

    @Test
    public void theViewersOwnRowComesApartWhenBelowTheTop() {
        Leaderboard board = boardAs("boss", district.id(), "revenue-won", 2);
        assertEquals(List.of("bob", "carl"), keys(board));
        assertEquals("a manager not on the board has no row", Optional.empty(), board.own());

        savePrivacy(new LeaderboardPrivacy(true, false, Set.of()));
        Leaderboard erins = boardAs("erin", district.id(), "revenue-won", 2);
        assertEquals(List.of("bob", "carl"), keys(erins));
        Leaderboard.Row own = erins.own().orElseThrow();
        assertEquals(4, own.rank());
        assertTrue(own.self());
        assertEquals(Optional.of(euros(10_000)), own.value());

        Leaderboard bobs = boardAs("bob", district.id(), "revenue-won", 2);
        assertEquals("inside the top: marked, not repeated", Optional.empty(), bobs.own());
        assertTrue(bobs.rows().get(0).self());
    }

    @Test
    public void excludedPeopleAreLeftOutOfEveryBoard() {
        savePrivacy(new LeaderboardPrivacy(false, true, Set.of("carl", "dan")));

        assertEquals(List.of("bob", "dave", "erin"), keys(boardAs("boss", district.id(), "revenue-won", null)));
        assertEquals(List.of(1, 2, 3), ranks(boardAs("boss", district.id(), "revenue-won", null)));
        assertEquals(List.of("bob", "dave", "erin"), keys(boardAs("admin", null, "revenue-won", null)));
    }

    @Test
    public void aPrivacySavedByTheAdminReachesTheNextBoardThoughTheSettingsAreCached() {
        assertEquals(List.of("bob", "carl", "dave", "erin"),
                keys(boardAs("boss", district.id(), "revenue-won", null)).stream().sorted().toList());
        assertTrue(boardSettings.holds());

        actAs("admin", true);
        privacy.set(false, true, List.of("carl"));

        assertEquals(List.of("bob", "dave", "erin"),
                keys(boardAs("boss", district.id(), "revenue-won", null)).stream().sorted().toList());
    }

    @Test
    public void aRepIsRefusedUntilTheAdminShowsBoardsToReps() {
        actAs("bob", false);
        ServiceException refusal = refused(() -> service.board("revenue-won", Q2, district.id(), null));

        assertEquals(ServiceException.Reason.FORBIDDEN, refusal.reason());
        assertEquals("salesteam.error.leaderboard.notshared", refusal.messageKey());
    }

    @Test
    public void withAmountsHiddenARepSeesRanksNamesAndPercentButOnlyTheirOwnAmount() {
        savePrivacy(new LeaderboardPrivacy(true, true, Set.of()));

        Leaderboard board = boardAs("carl", district.id(), "revenue-won", null);

        assertTrue(board.hiddenAmounts());
        assertEquals(List.of(1, 2, 2, 4), ranks(board));
        assertEquals(List.of(Optional.empty(), Optional.of(euros(40_000)), Optional.empty(), Optional.empty()),
                board.rows().stream().map(Leaderboard.Row::value).toList());
        assertEquals("Name of bob", board.rows().get(0).name());
        Leaderboard percent = boardAs("carl", district.id(), "percent-of-quota", null);
        assertEquals(Optional.of(new BigDecimal("80.0")), percent.rows().get(0).percentOfQuota());
        assertEquals("a percent is no amount", percent.rows().get(0).percentOfQuota(), percent.rows().get(0).value());
    }

    @Test
    public void withAmountsSharedARepSeesEveryonesAmounts() {
        savePrivacy(new LeaderboardPrivacy(true, false, Set.of()));

        Leaderboard board = boardAs("ann", region.id(), "revenue-won", null);

        assertFalse(board.hiddenAmounts());
        assertTrue(board.rows().stream().allMatch(row -> row.value().isPresent()));
    }

    @Test
    public void aRepIsRefusedAnotherTeamsBoardAndTheBoardOfEveryone() {
        savePrivacy(new LeaderboardPrivacy(true, false, Set.of()));
        actAs("bob", false);

        ServiceException other = refused(() -> service.board("revenue-won", Q2, elsewhere.id(), null));
        assertEquals(ServiceException.Reason.FORBIDDEN, other.reason());
        assertEquals("salesteam.error.leaderboard.forbidden", other.messageKey());
        assertEquals(ServiceException.Reason.FORBIDDEN,
                refused(() -> service.board("revenue-won", Q2, null, null)).reason());
        assertEquals("no hint that a team id does not exist", ServiceException.Reason.FORBIDDEN,
                refused(() -> service.board("revenue-won", Q2, 999L, null)).reason());
    }

    @Test
    public void anOutsiderIsRefusedAndAnonymousIsAskedToLogIn() {
        actAs("other", false);
        assertEquals(ServiceException.Reason.FORBIDDEN,
                refused(() -> service.board("revenue-won", Q2, district.id(), null)).reason());

        when(currentUser.caller()).thenReturn(Optional.empty());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED,
                refused(() -> service.board("revenue-won", Q2, district.id(), null)).reason());
    }

    @Test
    public void keysNamingNoPeriodBadMetricsAndTopsAreFieldErrors() {
        actAs("boss", false);
        for (String period : List.of("2026-W60", "2026-04-01..2026-05-15")) {
            ServiceException refusal = refused(() -> service.board("revenue-won", period, district.id(), null));
            assertEquals(ServiceException.Reason.INVALID, refusal.reason());
            assertEquals(List.of("period"), refusal.fieldErrors().stream().map(FieldError::field).toList());
            assertEquals("salesteam.error.leaderboard.period", refusal.fieldErrors().get(0).messageKey());
        }
        assertEquals(List.of("metric"), fields(() -> service.board("open-pipeline", Q2, district.id(), null)));
        assertEquals(List.of("top"), fields(() -> service.board("revenue-won", Q2, district.id(), 101)));
        assertEquals(List.of("top"), fields(() -> service.board("revenue-won", Q2, district.id(), 0)));
        assertEquals("the largest top is allowed", 4, service.board("revenue-won", Q2, district.id(), 100).rows().size());
    }

    @Test
    public void monthsAndYearsAreRankedAndTheCurrentQuarterIsTheDefault() {
        actAs("boss", false);
        assertEquals("FY2026-M04", service.board("", "FY2026-M05", district.id(), null).previousPeriodKey());
        Leaderboard year = service.board("revenue-won", "FY2026", district.id(), null);
        assertEquals(List.of("erin", "carl", "bob", "dave"), keys(year));
        assertEquals(Q2, service.board(null, "", district.id(), null).periodKey());
    }

    @Test
    public void onlyAdminsReadAndChangeThePrivacyAndBothChoicesAreRequired() {
        actAs("admin", true);
        assertEquals(LeaderboardPrivacy.DEFAULT, privacy.get());
        privacy.set(true, false, List.of("carl", "dan"));
        assertEquals(new LeaderboardPrivacy(true, false, Set.of("carl", "dan")), privacy.get());
        privacy.set(false, true, List.of("dan", "erin"));
        assertEquals("the list is replaced", new LeaderboardPrivacy(false, true, Set.of("dan", "erin")), privacy.get());

        assertEquals("both choices are required; no list keeps the stored one", List.of("showToReps",
                "hideAmountsFromReps"), fields(() -> privacy.set(null, null, null)));
        assertEquals(List.of("excluded"), fields(() -> privacy.set(true, true, Arrays.asList("ok", " "))));

        actAs("boss", false);
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(privacy::get).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> privacy.set(true, true, List.of())).reason());
    }

    private static List<String> fields(Runnable call) {
        ServiceException refusal = refused(call);
        assertEquals(ServiceException.Reason.INVALID, refusal.reason());
        return refusal.fieldErrors().stream().map(FieldError::field).toList();
    }

    // --- boards from the period sums cache ---

    @Test
    public void aDealChangedInThePeriodIsOnTheNextBoardAndOnlyThatPeriodIsReadAgain() {
        Leaderboard before = boardAs("boss", district.id(), "revenue-won", null);
        assertEquals(List.of("bob", "carl", "dave", "erin"), keys(before));

        won(ledger, "erin", 60_000, EUR, LocalDate.of(2026, 6, 1));
        // what DealLedgerService does after recording it (DealLedgerServiceTest)
        periodSums.forgetPeriods(List.of("FY2026-M06", Q2, "FY2026"));
        db.statements().reset();
        Leaderboard after = boardAs("boss", district.id(), "revenue-won", null);

        assertEquals("this quarter's rows; the settings, the team tree and the previous quarter stay cached", 1,
                db.statements().count());
        assertEquals(List.of("erin", "bob", "carl", "dave"), keys(after));
        assertEquals(Optional.of(euros(70_000)), after.rows().get(0).value());
        assertEquals("first in Q1 and now: no move", Optional.of(0), after.rows().get(0).movement());
        assertTrue(periodSums.holds("FY2026-Q1"));
    }

    @Test
    public void aViewerBelowTheTopButTiedWithTheLastShownSharesItsRank() {
        savePrivacy(new LeaderboardPrivacy(true, false, Set.of()));
        Leaderboard daves = boardAs("dave", district.id(), "revenue-won", 2);

        assertEquals("carl comes first of the two at 40k, by key", List.of("bob", "carl"), keys(daves));
        assertEquals(List.of(1, 2), ranks(daves));
        Leaderboard.Row own = daves.own().orElseThrow();
        assertEquals("dave", own.userKey());
        assertEquals(2, own.rank());
        assertEquals("Q1: erin 1, carl 2, bob and dave 3", Optional.of(1), own.movement());
    }

    @Test
    public void aPeriodWithoutFiguresRanksTheWholeTeamFirstAtZero() {
        Leaderboard board = boardAs("boss", district.id(), "revenue-won", "FY2030-Q1", null);

        assertEquals(List.of("bob", "carl", "dave", "erin"), keys(board));
        assertEquals(List.of(1, 1, 1, 1), ranks(board));
        assertTrue(board.rows().stream().allMatch(row -> row.value().equals(Optional.of(BigDecimal.ZERO))));
        assertEquals(0, board.otherCurrencyReps());
    }

    @Test
    public void onTheBoardOfEveryoneARepWithFiguresOnlyBeforeRanksLastAtZeroWithTheMoveDown() {
        won(ledger, "fay", 5_000, EUR, LocalDate.of(2026, 3, 1));
        savePrivacy(new LeaderboardPrivacy(false, true, Set.of("dan")));
        actAs("admin", true);

        Leaderboard board = service.board("revenue-won", Q2, null, null);

        assertEquals("dan is left out", List.of("bob", "carl", "dave", "erin", "fay"), keys(board));
        assertEquals(List.of(1, 2, 2, 4, 5), ranks(board));
        assertEquals(Optional.of(BigDecimal.ZERO), board.rows().get(4).value());
        assertEquals("Q1: erin 1, carl 2, fay 3, bob and dave 4", List.of(Optional.of(3), Optional.of(0),
                Optional.of(2), Optional.of(-3), Optional.of(-2)), board.rows().stream().map(Leaderboard.Row::movement)
                .toList());
        assertEquals("erin's dollars", 1, board.otherCurrencyReps());
    }

    @Test
    public void aViewerWithoutFiguresOnTheBoardOfEveryoneRanksAfterThoseWithFiguresOrHasNoRow() {
        actAs("admin", true);
        Leaderboard admins = service.board("revenue-won", Q2, null, 2);
        assertEquals(List.of("dan", "bob"), keys(admins));
        assertEquals("an admin with no figures is not on the board", Optional.empty(), admins.own());

        new QuotaRepository(db.ao()).put(Quota.ofAmount(new QuotaSubject.Rep("admin"), Q2, QuotaMetric.REVENUE_WON,
                Money.ofMinor(1_000_00L, EUR)), "vp", NOW);
        assertEquals("a quota is no figure of revenue", Optional.empty(),
                service.board("revenue-won", Q2, null, 2).own());
        Leaderboard.Row own = service.board("percent-of-quota", Q2, null, 2).own().orElseThrow();
        assertEquals("with a quota and nothing won: after the three with quotas and figures", 4, own.rank());
        assertEquals(Optional.of(new BigDecimal("0.0")), own.value());
    }

    /** Saved as the privacy service saves it: the cached settings forgotten. */
    private void savePrivacy(LeaderboardPrivacy privacy) {
        settings.saveLeaderboardPrivacy(privacy);
        boardSettings.forget();
    }
}
