package com.salesteam.jira.service.badge;

import com.salesteam.jira.testing.MemoryDaySumsCache;
import com.salesteam.jira.testing.MemoryLeaderboardSettingsCache;
import com.salesteam.jira.testing.MemoryTeamTreeCache;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.badge.Award;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.model.badge.BadgeKind;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.ranking.Leaderboard;
import com.salesteam.jira.service.ranking.LeaderboardServiceImpl;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.BadgeEntity;
import com.salesteam.jira.store.BadgeRepository;
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
import com.salesteam.jira.testing.MemoryBadgeCache;
import com.salesteam.jira.testing.MemoryPeriodSumsCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import java.util.Set;
import org.junit.Test;
import org.junit.Rule;
import org.mockito.Mockito;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * What badges add to a leaderboard request (the board as the REST resource builds it: the ranking, then the shown
 * people's badges): nothing once the cache holds the people, one statement for those it does not, which a cold
 * board of revenue keeps within five (the team tree cold too).
 */
public class LeaderboardBadgeStatementsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-05-15T10:00:00Z");

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, QuotaEntity.class, QuotaChangeEntity.class, DealEntity.class,
            DealMonthEntity.class, DealDayEntity.class, BadgeEntity.class);

    @Test
    public void aColdBoardWithItsBadgesStaysAtFourStatementsAndAWarmOneAtOne() {
        TeamRepository teams = new TeamRepository(db.ao());
        SettingsRepository settings = new SettingsRepository(db.ao());
        settings.saveDefaultCurrency(EUR);
        List<String> reps = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            reps.add("rep" + i);
        }
        Team team = teams.create(new TeamDraft("District", "", Optional.empty(), Optional.of("boss"), reps));
        DealLedger ledger = new DealLedger(db.ao());
        for (int i = 0; i < reps.size(); i++) {
            LocalDate day = LocalDate.of(2026, 4, 1 + i % 28);
            ledger.record(new DealFacts(i + 1, 1, Optional.of(reps.get(i)), Optional.of(team.id()),
                    Money.ofMinor((i + 1) * 10_000L, EUR), "won", DealOutcome.WON, 100, ForecastCategory.CLOSED,
                    Optional.of(day), Optional.of(day), 0, 1), FiscalCalendar.DEFAULT);
        }
        BadgeRepository badgeRows = new BadgeRepository(db.ao());
        List<Badge> awarded = new ArrayList<>();
        reps.forEach(rep -> awarded.add(new Badge(new Award(rep, BadgeKind.FIRST_DEAL_WON, Award.FIRST, Optional.empty()),
                Optional.empty(), NOW, false)));
        badgeRows.awardAll(awarded);
        CurrentUser currentUser = Mockito.mock(CurrentUser.class);
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("boss", "Boss", false)));
        UserDirectory users = Mockito.mock(UserDirectory.class);
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), call.getArgument(0))));
        LeaderboardServiceImpl boards = new LeaderboardServiceImpl(new MemoryPeriodSumsCache(ledger),
                new QuotaRepository(db.ao()), new MemoryTeamTreeCache(teams), new MemoryLeaderboardSettingsCache(settings),
                users, currentUser, Clock.fixed(NOW, ZoneOffset.UTC), new DealAmountAccess(userKey -> Set.of(), ledger),
                new KpiRepository(db.ao()), MemoryScorecardCache.empty(),
                new MemoryDaySumsCache(ledger), ledger);
        BadgeService badges = new BadgeService(badgeRows, teams, new MemoryBadgeCache(), currentUser,
                (anyone, issues) -> Map.of());

        db.statements().reset();
        Map<String, List<Badge>> cold = badges.onBoard(shown(boards.board("revenue-won", "FY2026-Q2", team.id(), 100)));
        assertEquals("board (settings, teams (one), period rows) and badges, caches cold", 4, db.statements().count());
        assertEquals(100, cold.size());
        assertEquals(1, cold.get("rep149").size());

        db.statements().reset();
        badges.onBoard(shown(boards.board("revenue-won", "FY2026-Q2", team.id(), 100)));
        assertEquals("settings, team tree, period sums and badges all cached", 0, db.statements().count());
    }

    private static List<String> shown(Leaderboard board) {
        List<String> shown = new ArrayList<>(board.rows().stream().map(Leaderboard.Row::userKey).toList());
        board.own().ifPresent(own -> shown.add(own.userKey()));
        return shown;
    }
}
