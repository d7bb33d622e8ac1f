package com.salesteam.jira.service.ranking;

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
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.ProjectBrowsing;
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
import com.salesteam.jira.testing.MemoryPeriodSumsCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
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
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * Who sees which figures of a board beyond the team rules of {@link LeaderboardServiceImplTest}: the percent of quota
 * of a viewer who cannot browse some deal project, and the company-wide board an admin shows to reps.
 *
 * <p>District (boss; bob, carl, dave) and Elsewhere (other; dan). In FY2026-Q2 bob won 50k EUR (quota 100k), carl 40k
 * (quota 50k), dave 40k (quota 200k), dan 70k (quota 70k).
 */
public class LeaderboardVisibilityTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-05-15T10:00:00Z");
    private static final String Q2 = "FY2026-Q2";

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, QuotaEntity.class, QuotaChangeEntity.class, DealEntity.class,
            DealMonthEntity.class, DealDayEntity.class);

    private final ProjectBrowsing browsing = Mockito.mock(ProjectBrowsing.class);
    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private SettingsRepository settings;
    private MemoryLeaderboardSettingsCache boardSettings;
    private LeaderboardService service;
    private LeaderboardPrivacyService privacy;
    private Team district;
    private long issue;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        QuotaRepository quotas = new QuotaRepository(db.ao());
        DealLedger ledger = new DealLedger(db.ao());
        settings = new SettingsRepository(db.ao());
        settings.saveDefaultCurrency(EUR);
        UserDirectory users = Mockito.mock(UserDirectory.class);
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), "Name of " + call.getArgument(0))));
        boardSettings = new MemoryLeaderboardSettingsCache(settings);
        service = new LeaderboardServiceImpl(new MemoryPeriodSumsCache(ledger), quotas, new MemoryTeamTreeCache(teams),
                boardSettings, users, currentUser, Clock.fixed(NOW, ZoneOffset.UTC),
                new DealAmountAccess(browsing, ledger), new KpiRepository(db.ao()), MemoryScorecardCache.empty(),
                new MemoryDaySumsCache(ledger), ledger);
        privacy = new LeaderboardPrivacyService(settings, boardSettings, currentUser);
        district = teams.create(new TeamDraft("District", "", Optional.empty(), Optional.of("boss"),
                List.of("bob", "carl", "dave")));
        teams.create(new TeamDraft("Elsewhere", "", Optional.empty(), Optional.of("other"), List.of("dan")));
        won(ledger, "bob", 50_000, LocalDate.of(2026, 5, 10));
        won(ledger, "carl", 40_000, LocalDate.of(2026, 4, 20));
        won(ledger, "dave", 40_000, LocalDate.of(2026, 5, 2));
        won(ledger, "dan", 70_000, LocalDate.of(2026, 5, 5));
        quota(quotas, "bob", 100_000);
        quota(quotas, "carl", 50_000);
        quota(quotas, "dave", 200_000);
        quota(quotas, "dan", 70_000);
    }

    private void won(DealLedger ledger, String owner, long euros, LocalDate day) {
        issue++;
        ledger.record(new DealFacts(issue, 1, Optional.of(owner), Optional.of(1L), Money.ofMinor(euros * 100, EUR),
                "won", DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(day), Optional.of(day), 0, 1),
                FiscalCalendar.DEFAULT);
    }

    private static void quota(QuotaRepository quotas, String rep, long euros) {
        quotas.put(Quota.ofAmount(new QuotaSubject.Rep(rep), Q2, QuotaMetric.REVENUE_WON, Money.ofMinor(euros * 100, EUR)),
                "boss", NOW);
    }

    private void actAs(String userKey) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(userKey, userKey, userKey.equals("admin"))));
    }

    /** Counted as every request but a cold node's first: the teams and period sums cached by an earlier one. */
    private Leaderboard boardAs(String userKey, Long teamId, String metric) {
        actAs(userKey);
        service.board(metric, Q2, teamId, null);
        db.statements().reset();
        Leaderboard board = service.board(metric, Q2, teamId, null);
        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        return board;
    }

    private void savePrivacy(LeaderboardPrivacy saved) {
        settings.saveLeaderboardPrivacy(saved);
        boardSettings.forget();
    }

    private static Leaderboard.Row rowOf(Leaderboard board, String userKey) {
        return board.rows().stream().filter(row -> row.userKey().equals(userKey)).findFirst().orElseThrow();
    }

    @Test
    public void aManagerWhoCannotBrowseADealProjectSeesNoOnesPercentOfQuota() {
        when(browsing.projectsHiddenFrom("boss")).thenReturn(Set.of(1L));

        Leaderboard board = boardAs("boss", district.id(), "percent-of-quota");

        assertEquals("ranks still show", List.of("carl", "bob", "dave"),
                board.rows().stream().map(Leaderboard.Row::userKey).toList());
        assertTrue(board.hiddenAmounts());
        assertTrue("percent times the quota would give the hidden amount", board.rows().stream()
                .allMatch(row -> row.value().isEmpty() && row.percentOfQuota().isEmpty()));

        when(browsing.projectsHiddenFrom("boss")).thenReturn(Set.of());
        assertEquals("browsing every project shows them", Optional.of(new BigDecimal("80.0")),
                boardAs("boss", district.id(), "percent-of-quota").rows().get(0).percentOfQuota());
    }

    @Test
    public void aRepWhoCannotBrowseADealProjectKeepsOnlyTheirOwnPercent() {
        savePrivacy(new LeaderboardPrivacy(true, false, Set.of()));
        when(browsing.projectsHiddenFrom("bob")).thenReturn(Set.of(1L));

        Leaderboard board = boardAs("bob", district.id(), "percent-of-quota");

        assertEquals(Optional.of(new BigDecimal("50.0")), rowOf(board, "bob").percentOfQuota());
        assertEquals(Optional.of(new BigDecimal("50.0")), rowOf(board, "bob").value());
        assertEquals(Optional.empty(), rowOf(board, "carl").percentOfQuota());
        assertEquals(Optional.empty(), rowOf(board, "dave").percentOfQuota());
    }

    @Test
    public void amountsHiddenFromRepsStillShowEveryonesPercentAsDocumented() {
        savePrivacy(new LeaderboardPrivacy(true, true, Set.of()));

        Leaderboard board = boardAs("bob", district.id(), "percent-of-quota");

        assertEquals(Optional.of(new BigDecimal("80.0")), rowOf(board, "carl").percentOfQuota());
        assertEquals(Optional.of(new BigDecimal("20.0")), rowOf(board, "dave").percentOfQuota());
    }

    @Test
    public void theCompanyBoardIsRefusedToRepsUntilTheAdminShowsIt() {
        savePrivacy(new LeaderboardPrivacy(true, true, false, Set.of()));
        actAs("bob");

        ServiceException refusal = refused(() -> service.board("revenue-won", Q2, null, null));

        assertEquals(ServiceException.Reason.FORBIDDEN, refusal.reason());
        assertEquals("salesteam.error.leaderboard.company.forbidden", refusal.messageKey());
    }

    @Test
    public void aCompanyBoardShownToRepsHidesTheOthersAmountsWhenAmountsAreHidden() {
        savePrivacy(new LeaderboardPrivacy(false, true, true, Set.of()));

        Leaderboard board = boardAs("bob", null, "revenue-won");

        assertEquals("every team's reps", List.of("dan", "bob", "carl", "dave"),
                board.rows().stream().map(Leaderboard.Row::userKey).toList());
        assertEquals(Optional.empty(), board.teamId());
        assertTrue(board.hiddenAmounts());
        assertEquals(Optional.of(BigDecimal.valueOf(50_000_00L)), rowOf(board, "bob").value());
        assertEquals(Optional.empty(), rowOf(board, "dan").value());
        assertEquals(Optional.empty(), rowOf(board, "carl").value());
        assertEquals("managers are reps of the company board too", 4,
                boardAs("other", null, "revenue-won").rows().size());
        assertEquals("percent shows as on a team board", Optional.of(new BigDecimal("100.0")),
                rowOf(boardAs("bob", null, "percent-of-quota"), "dan").percentOfQuota());
    }

    @Test
    public void aCompanyBoardShownWithAmountsShowsThemButNotToSomeoneOnNoTeam() {
        savePrivacy(new LeaderboardPrivacy(false, false, true, Set.of("carl")));

        Leaderboard board = boardAs("bob", null, "revenue-won");

        assertFalse(board.hiddenAmounts());
        assertEquals(Optional.of(BigDecimal.valueOf(70_000_00L)), rowOf(board, "dan").value());
        assertFalse("exclusions hold", board.rows().stream().anyMatch(row -> row.userKey().equals("carl")));
        actAs("zoe");
        assertEquals(ServiceException.Reason.FORBIDDEN,
                refused(() -> service.board("revenue-won", Q2, null, null)).reason());
        when(currentUser.caller()).thenReturn(Optional.empty());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED,
                refused(() -> service.board("revenue-won", Q2, null, null)).reason());
    }

    @Test
    public void theFlagIsSavedWithThePrivacyAndABodyWithoutItKeepsIt() {
        actAs("admin");
        assertFalse("off until an admin decides", privacy.get().companyBoardToReps());

        privacy.set(true, true, true, List.of("dan"));
        assertEquals(new LeaderboardPrivacy(true, true, true, Set.of("dan")), privacy.get());
        assertTrue("the cached settings were forgotten", boardSettings.settings().privacy().companyBoardToReps());

        privacy.set(false, false, List.of());
        assertEquals("an older client's body keeps the choice", new LeaderboardPrivacy(false, false, true, Set.of()),
                privacy.get());
        privacy.set(false, false, false, List.of());
        assertFalse(privacy.get().companyBoardToReps());

        actAs("bob");
        assertEquals(ServiceException.Reason.FORBIDDEN,
                refused(() -> privacy.set(true, true, true, List.of())).reason());
    }

    @Test
    public void aBodyWithoutTheExclusionsKeepsTheStoredOnes() {
        actAs("admin");
        privacy.set(false, true, false, List.of("dan"));

        LeaderboardPrivacy saved = privacy.set(true, false, true, null);

        assertEquals(new LeaderboardPrivacy(true, false, true, Set.of("dan")), saved);
        assertEquals("the stored exclusion survives the form's save", saved, privacy.get());
        privacy.set(true, false, null, null);
        assertEquals(new LeaderboardPrivacy(true, false, true, Set.of("dan")), privacy.get());
        privacy.set(true, false, true, List.of());
        assertEquals("an empty list still clears them", Set.of(), privacy.get().excluded());
    }
}
