package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.kpi.ScorecardRules;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaChange;
import com.salesteam.jira.model.quota.QuotaMeasure;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.GroupDirectory;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.TeamGroupSync;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.TeamServiceImpl;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.kpi.RepScorecardLoader;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.KpiDefEntity;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.QuotaChangeEntity;
import com.salesteam.jira.store.QuotaEntity;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.ScoreWeightEntity;
import com.salesteam.jira.store.ScorecardRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.testing.MemoryDaySumsCache;
import com.salesteam.jira.testing.MemoryTeamTreeCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mockito;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/** Quotas on a KPI over a real database: set, read, history, the team's derived sum, and each refusal. */
public class KpiQuotaServiceTest {

    private static final Instant NOW = Instant.parse("2026-05-15T10:00:00Z");

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, QuotaEntity.class, QuotaChangeEntity.class,
            KpiDefEntity.class, ScoreWeightEntity.class);

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private final UserDirectory users = Mockito.mock(UserDirectory.class);
    private QuotaService service;
    private MemoryTeamTreeCache teamTree;
    private TeamRepository teams;
    private MemoryScorecardCache definitions;
    private Team district;

    static KpiDefinition kpi(String key, KpiSource source, KpiDirection direction, boolean active) {
        return new KpiDefinition(key, "Name " + key, "名称 " + key, KpiUnit.COUNT, source, direction,
                Map.of(KpiRole.REP, BigDecimal.TEN, KpiRole.MANAGER, BigDecimal.ONE), active);
    }

    /** A scorecard cache holding the stored KPI definitions, as Jira's would: what quotas read definitions from. */
    static MemoryScorecardCache definitionsOf(KpiRepository kpis) {
        return new MemoryScorecardCache(() -> new ScorecardRules(kpis.definitions().stream()
                .collect(Collectors.toMap(KpiDefinition::key, Function.identity())), Map.of()),
                (user, day, rules) -> {
                    throw new AssertionError("quotas read no scorecard");
                });
    }

    @Before
    public void setUp() {
        teams = new TeamRepository(db.ao());
        KpiRepository kpis = new KpiRepository(db.ao());
        kpis.create(kpi("calls", new KpiSource.Manual(), KpiDirection.HIGHER_IS_BETTER, true));
        kpis.create(kpi("faxes", new KpiSource.Manual(), KpiDirection.HIGHER_IS_BETTER, false));
        kpis.create(kpi("won", new KpiSource.DealMetric(QuotaMetric.REVENUE_WON), KpiDirection.HIGHER_IS_BETTER, true));
        teamTree = new MemoryTeamTreeCache(teams);
        DealLedger ledger = new DealLedger(db.ao());
        // the real loader: the rules cost two statements (definitions and weights) whenever they are cold
        definitions = MemoryScorecardCache.over(new RepScorecardLoader(kpis, new ScorecardRepository(db.ao()), ledger,
                new MemoryDaySumsCache(ledger), teams, new SettingsRepository(db.ao())));
        service = new QuotaServiceImpl(new QuotaRepository(db.ao()), teamTree, new SettingsRepository(db.ao()), users,
                new PropertiesTranslator(Locale.ENGLISH), currentUser, Clock.fixed(NOW, ZoneOffset.UTC),
                MemoryAttainmentCache.empty(), definitions);
        district = teams.create(new TeamDraft("District", "", Optional.empty(), Optional.of("boss"),
                List.of("bob", "carl")));
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), "Name of " + call.getArgument(0))));
    }

    private void act(String key, boolean admin) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(key, key, admin)));
    }

    private Optional<QuotaChange> set(String type, String key, String metric, String target) {
        return service.set(new QuotaDraft(type, key, "FY2026-Q2", metric, target));
    }

    @Test
    public void aManagerSetsARepsKpiQuotaInHundredthsWithItsHistory() {
        act("boss", false);
        set("rep", "bob", "kpi:calls", "120");
        QuotaChange change = set("rep", "bob", "kpi:calls", "150.5").orElseThrow();

        assertEquals(new QuotaMeasure.Kpi("calls"), change.after().orElseThrow().metric());
        assertEquals(150_50L, change.after().orElseThrow().units());
        assertEquals("150.5", change.after().orElseThrow().targetText());
        assertEquals(12_000L, change.before().orElseThrow().units());
        assertEquals("the deal metric's quota is another one", Optional.empty(),
                service.forRep("bob", "FY2026-Q2", "revenue-won"));
        assertEquals(15_050L, service.forRep("bob", "FY2026-Q2", "kpi:calls").orElseThrow().units());
        // both changes at the fixed NOW: their order among themselves is not asserted
        Map<Long, QuotaChange> history = service.history("rep", "bob", "FY2026-Q2", "kpi:calls").stream()
                .collect(Collectors.toMap(made -> made.after().orElseThrow().units(), made -> made));
        assertEquals(Set.of(15_050L, 12_000L), history.keySet());
        assertEquals(Optional.of(12_000L), history.get(15_050L).before().map(Quota::units));
        assertEquals(Optional.empty(), history.get(12_000L).before());
        assertEquals("boss", history.get(15_050L).authorKey());
        assertEquals(NOW, history.get(15_050L).changedAt());
        assertEquals("no other metric's history", List.of(),
                service.history("rep", "bob", "FY2026-Q2", "revenue-won"));
    }

    @Test
    public void theTeamShowsItsExplicitKpiQuotaTheDerivedSumAndOverAssignment() {
        act("boss", false);
        set("rep", "bob", "kpi:calls", "100");
        set("rep", "carl", "kpi:calls", "50.25");
        act("admin", true);
        set("team", Long.toString(district.id()), "kpi:calls", "120");
        act("boss", false);
        // the teams come from their cluster cache; the rules are cold, as after any team, KPI or quota change
        teamTree.teams();
        definitions.forgetAll();

        db.statements().reset();
        TeamQuotas quotas = service.forTeam(district.id(), "FY2026-Q2", "kpi:calls");

        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        assertEquals(12_000L, quotas.team().orElseThrow().units());
        assertEquals("100 + 50.25", 15_025L, quotas.derivedUnits());
        assertEquals(Optional.of(""), quotas.derivedCurrency());
        assertEquals(Optional.of(new BigDecimal("125.2")), quotas.overAssignmentPercent());
        assertEquals(new QuotaMeasure.Kpi("calls"), quotas.metric());
    }

    @Test
    public void theTeamsKpiQuotasAndGridRightAfterATeamChangeStayWithinFive() {
        act("boss", false);
        set("rep", "bob", "kpi:calls", "100");
        act("admin", true);
        set("rep", "dan", "kpi:calls", "20");
        act("boss", false);
        definitions.rules();
        teamWrites().update(district.id(), new TeamDraft("District", "", Optional.empty(), Optional.of("boss"),
                List.of("bob", "carl", "dan")));
        assertTrue("a team change keeps the KPI definitions and weights", definitions.holdsRules());

        // another node saved the change: it lost its tree and reads it once
        teamTree.forget();
        db.statements().reset();
        TeamQuotas quotas = service.forTeam(district.id(), "FY2026-Q2", "kpi:calls");
        List<String> team = db.statements().preparedSql();
        teamTree.forget();
        db.statements().reset();
        QuotaGrid grid = service.grid(district.id(), "FY2026", "kpi:calls", "quarter");
        List<String> ofTheGrid = db.statements().preparedSql();

        assertEquals("team quotas: the teams (one), the calendar, the quotas: " + team, 3, team.size());
        assertEquals("the grid: the teams (one), the calendar, the quotas: " + ofTheGrid, 3, ofTheGrid.size());
        assertTrue(team + " " + ofTheGrid, java.util.stream.Stream.concat(team.stream(), ofTheGrid.stream())
                .noneMatch(sql -> sql.contains("_KPI_DEF") || sql.contains("_SCORE_WEIGHT")));
        assertEquals("bob 100 + dan 20", 12_000L, quotas.derivedUnits());
        assertTrue(grid.rows().stream().anyMatch(row -> row.fileName().equals("dan")));
    }

    @Test
    public void theGridShowsAYearOfKpiQuotasToTheTeamsManagerOnly() {
        act("boss", false);
        set("rep", "carl", "kpi:calls", "80");
        teamTree.teams();
        definitions.forgetAll();

        db.statements().reset();
        QuotaGrid grid = service.grid(district.id(), "FY2026", "kpi:calls", "quarter");

        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        assertEquals(new QuotaMeasure.Kpi("calls"), grid.metric());
        QuotaGrid.Row carl = grid.rows().stream().filter(row -> row.fileName().equals("carl")).findFirst()
                .orElseThrow();
        assertEquals("80", carl.quotas().get("FY2026-Q2").targetText());
        assertTrue(carl.editable());
        act("carl", false);
        assertEquals(ServiceException.Reason.FORBIDDEN,
                refused(() -> service.grid(district.id(), "FY2026", "kpi:calls", "quarter")).reason());
        act("boss", false);
        assertEquals(List.of(FieldError.of("metric", "salesteam.error.quota.kpi.unknown", "visits")),
                refused(() -> service.grid(district.id(), "FY2026", "kpi:visits", "quarter")).fieldErrors());
    }

    @Test
    public void aRepSetsNoQuotaOfTheirOwnKpiAndReadsNoOnesElse() {
        act("bob", false);
        assertEquals(ServiceException.Reason.FORBIDDEN,
                refused(() -> set("rep", "bob", "kpi:calls", "10")).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN,
                refused(() -> service.forRep("carl", "FY2026-Q2", "kpi:calls")).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN,
                refused(() -> service.forTeam(district.id(), "FY2026-Q2", "kpi:calls")).reason());
        assertEquals(0, db.ao().count(QuotaEntity.class));
    }

    @Test
    public void anUnknownKpiIsA400NamingTheMetric() {
        act("boss", false);
        assertEquals(List.of(FieldError.of("metric", "salesteam.error.quota.kpi.unknown", "visits")),
                refused(() -> set("rep", "bob", "kpi:visits", "10")).fieldErrors());
        assertEquals(List.of(FieldError.of("metric", "salesteam.error.quota.kpi.unknown", "visits")),
                refused(() -> service.forTeam(district.id(), "FY2026-Q2", "kpi:visits")).fieldErrors());
        assertEquals(List.of(FieldError.of("metric", "salesteam.error.quota.metric.unknown", "kpi:No Key!")),
                refused(() -> set("rep", "bob", "kpi:No Key!", "10")).fieldErrors());
        assertEquals(0, db.ao().count(QuotaEntity.class));
    }

    @Test
    public void aRetiredKpiGetsNoQuotaButItsOldQuotasCanBeRead() {
        act("boss", false);
        assertEquals(List.of(FieldError.of("metric", "salesteam.error.quota.kpi.retired", "faxes")),
                refused(() -> set("rep", "bob", "kpi:faxes", "10")).fieldErrors());
        assertEquals(Optional.empty(), service.forRep("bob", "FY2026-Q2", "kpi:faxes"));
        assertEquals(0, db.ao().count(QuotaEntity.class));
    }

    @Test
    public void aKpiCountingDealsIsQuotedOnItsDealMetric() {
        act("boss", false);
        assertEquals(List.of(FieldError.of("metric", "salesteam.error.quota.kpi.dealmetric", "won")),
                refused(() -> set("rep", "bob", "kpi:won", "10")).fieldErrors());
        assertEquals(0, db.ao().count(QuotaEntity.class));
    }

    @Test
    public void aKpiTargetIsANumberOfAtMostTwoDecimalsFromZero() {
        act("boss", false);
        for (String bad : List.of("-1", "1.234", "many", "", "1000000000.01")) {
            assertEquals(bad, List.of(FieldError.of("target", "salesteam.error.quota.kpi.target",
                    QuotaTargets.MAX_COUNT)), refused(() -> set("rep", "bob", "kpi:calls", bad)).fieldErrors());
        }
        assertEquals(0, db.ao().count(QuotaEntity.class));
        assertEquals(0L, set("rep", "bob", "kpi:calls", "0").orElseThrow().after().orElseThrow().units());
    }

    /** The teams service of the node that saves a team change, over the caches this node reads. */
    private TeamService teamWrites() {
        CurrentUser admin = () -> Optional.of(new Caller("admin", "admin", true));
        UserDirectory anyone = Mockito.mock(UserDirectory.class);
        when(anyone.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), call.getArgument(0))));
        GroupDirectory groups = Mockito.mock(GroupDirectory.class);
        MemoryAttainmentCache attainments = MemoryAttainmentCache.empty();
        return new TeamServiceImpl(teams, anyone, admin, attainments, definitions, teamTree, groups,
                new TeamGroupSync(teams, groups, attainments, definitions, teamTree, Clock.fixed(NOW, ZoneOffset.UTC),
                        (team, added) -> { }), (team, added) -> { });
    }
}
