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
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.model.ranking.LeaderboardPrivacy;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.ProjectBrowsing;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.CompEntity;
import com.salesteam.jira.store.CompStanding;
import com.salesteam.jira.store.CompetitionRepository;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
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
import com.salesteam.jira.testing.MemoryTeamTreeCache;
import com.salesteam.jira.testing.MemoryLeaderboardSettingsCache;
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
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * What a competition's viewers see of the others' figures under the leaderboard privacy and the viewer's project
 * browsing. District (boss; bob, carl) and Elsewhere (other; dan); today is 15 May 2026 and a May competition of
 * both teams runs. In May bob won 50k EUR (Q2 quota 91k: a 31k target), carl 30k (182k: 62k), dan 70k (91k: 31k).
 */
public class CompetitionVisibilityTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-05-15T10:00:00Z");

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, QuotaEntity.class, QuotaChangeEntity.class, DealEntity.class,
            DealMonthEntity.class, DealDayEntity.class, CompEntity.class, CompStanding.class);

    private final ProjectBrowsing browsing = Mockito.mock(ProjectBrowsing.class);
    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private CompetitionService service;
    private SettingsRepository settings;
    private MemoryLeaderboardSettingsCache boardSettings;
    private Competition may;
    private long issue;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        QuotaRepository quotas = new QuotaRepository(db.ao());
        DealLedger ledger = new DealLedger(db.ao());
        settings = new SettingsRepository(db.ao());
        settings.saveDefaultCurrency(EUR);
        boardSettings = new MemoryLeaderboardSettingsCache(settings);
        UserDirectory users = Mockito.mock(UserDirectory.class);
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), "Name of " + call.getArgument(0))));
        service = new CompetitionService(new CompetitionRepository(db.ao()), ledger, quotas, teams,
                new MemoryTeamTreeCache(teams), settings, boardSettings, users, currentUser, Clock.fixed(NOW, ZoneOffset.UTC),
                new DealAmountAccess(browsing, ledger), new KpiRepository(db.ao()));
        Team district = teams.create(new TeamDraft("District", "", Optional.empty(), Optional.of("boss"),
                List.of("bob", "carl")));
        Team elsewhere = teams.create(new TeamDraft("Elsewhere", "", Optional.empty(), Optional.of("other"),
                List.of("dan")));
        won(ledger, "bob", 50_000, LocalDate.of(2026, 5, 10));
        won(ledger, "carl", 30_000, LocalDate.of(2026, 5, 2));
        won(ledger, "dan", 70_000, LocalDate.of(2026, 5, 4));
        quota(quotas, "bob", 91_000);
        quota(quotas, "carl", 182_000);
        quota(quotas, "dan", 91_000);
        actAs("admin");
        may = service.create(new CompetitionDraft("Fair May", "", "revenue-won", "2026-05-01", "2026-05-31",
                List.of(district.id(), elsewhere.id()), List.of(), "percent-of-target", List.of("Trip")));
    }

    private void won(DealLedger ledger, String owner, long euros, LocalDate day) {
        issue++;
        ledger.record(new DealFacts(issue, 1, Optional.of(owner), Optional.of(1L), Money.ofMinor(euros * 100, EUR),
                "won", DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(day), Optional.of(day), 0, 1),
                FiscalCalendar.DEFAULT);
    }

    private static void quota(QuotaRepository quotas, String rep, long euros) {
        quotas.put(Quota.ofAmount(new QuotaSubject.Rep(rep), "FY2026-Q2", QuotaMetric.REVENUE_WON,
                Money.ofMinor(euros * 100, EUR)), "admin", NOW);
    }

    private void actAs(String userKey) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(userKey, userKey, userKey.equals("admin"))));
    }

    private CompetitionBoard boardAs(String userKey) {
        actAs(userKey);
        return service.board(may.id());
    }

    private static CompetitionBoard.Row rowOf(CompetitionBoard board, String userKey) {
        return board.rows().stream().filter(row -> row.userKey().equals(userKey)).findFirst().orElseThrow();
    }

    @Test
    public void aViewerWhoCannotBrowseADealProjectSeesOnlyTheirOwnPercentOfTarget() {
        when(browsing.projectsHiddenFrom("bob")).thenReturn(Set.of(1L));

        CompetitionBoard board = boardAs("bob");

        assertEquals(Optional.of(new BigDecimal("161.3")), rowOf(board, "bob").percent());
        assertEquals(Optional.of(BigDecimal.valueOf(50_000_00L)), rowOf(board, "bob").value());
        assertEquals("dan's percent times his quota is his amount", Optional.empty(), rowOf(board, "dan").percent());
        assertEquals(Optional.empty(), rowOf(board, "carl").percent());
        assertEquals(Optional.empty(), rowOf(board, "carl").value());
        assertEquals("the ranks stay", List.of(1, 2, 3), board.rows().stream().map(CompetitionBoard.Row::rank).toList());
    }

    @Test
    public void aManagerWhoCannotBrowseADealProjectSeesNoPercentEvenOfTheirOwnReps() {
        when(browsing.projectsHiddenFrom("boss")).thenReturn(Set.of(1L));

        CompetitionBoard board = boardAs("boss");

        assertTrue(board.rows().stream().allMatch(row -> row.percent().isEmpty() && row.value().isEmpty()));
        assertTrue(board.hiddenAmounts());
    }

    @Test
    public void amountsHiddenFromRepsStillShowEveryonesPercentAsDocumented() {
        settings.saveLeaderboardPrivacy(new LeaderboardPrivacy(true, true, Set.of()));
        boardSettings.forget();

        CompetitionBoard board = boardAs("bob");

        assertEquals(Optional.of(new BigDecimal("225.8")), rowOf(board, "dan").percent());
        assertEquals(Optional.empty(), rowOf(board, "dan").value());
    }

    @Test
    public void boardsNotShownToRepsHideTheOtherRowsAmountsEvenWithAmountsNotHidden() {
        settings.saveLeaderboardPrivacy(new LeaderboardPrivacy(false, false, Set.of()));
        boardSettings.forget();

        CompetitionBoard rep = boardAs("bob");
        assertEquals(Optional.empty(), rowOf(rep, "dan").value());
        assertEquals(Optional.empty(), rowOf(rep, "carl").value());
        assertEquals(Optional.of(BigDecimal.valueOf(50_000_00L)), rowOf(rep, "bob").value());
        assertTrue(rep.hiddenAmounts());
        CompetitionBoard manager = boardAs("boss");
        assertEquals("a manager still sees their own reps", Optional.of(BigDecimal.valueOf(30_000_00L)),
                rowOf(manager, "carl").value());
        assertEquals("but not another team's", Optional.empty(), rowOf(manager, "dan").value());

        settings.saveLeaderboardPrivacy(new LeaderboardPrivacy(true, false, Set.of()));
        boardSettings.forget();
        assertEquals("shown to reps with amounts: everyone's", Optional.of(BigDecimal.valueOf(70_000_00L)),
                rowOf(boardAs("bob"), "dan").value());
    }
}
