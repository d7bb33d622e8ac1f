package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiEntry;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.quota.Attainment;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMeasure;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.GroupDirectory;
import com.salesteam.jira.service.ProjectBrowsing;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.TeamGroupSync;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.TeamServiceImpl;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.kpi.RepScorecardLoader;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.KpiDefEntity;
import com.salesteam.jira.store.KpiEntryEntity;
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

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * Attainment of KPI quotas on a real database: a KPI's totals of the period against the quota, a team's over
 * everyone in it (nested), lower-is-better inverted, no coverage, within the statement budget.
 */
public class KpiAttainmentTest {

    /** 15 May 2026: 45 of Q2's 91 days have passed. */
    private static final Instant NOW = Instant.parse("2026-05-15T10:00:00Z");
    private static final LocalDate IN_Q2 = LocalDate.of(2026, 5, 4);

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, QuotaEntity.class, QuotaChangeEntity.class, DealEntity.class,
            DealMonthEntity.class, DealDayEntity.class, KpiDefEntity.class, KpiEntryEntity.class,
            ScoreWeightEntity.class);

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private final ProjectBrowsing browsing = Mockito.mock(ProjectBrowsing.class);
    private QuotaRepository quotas;
    private KpiRepository kpis;
    private DealLedger ledger;
    private MemoryScorecardCache definitions;
    private MemoryTeamTreeCache teamTree;
    private TeamRepository teams;
    private AttainmentService service;
    private Team region;
    private Team district;

    @Before
    public void setUp() {
        teams = new TeamRepository(db.ao());
        quotas = new QuotaRepository(db.ao());
        kpis = new KpiRepository(db.ao());
        ledger = new DealLedger(db.ao());
        // the real loader: the rules cost two statements (definitions and weights) whenever they are cold
        definitions = MemoryScorecardCache.over(new RepScorecardLoader(kpis, new ScorecardRepository(db.ao()), ledger,
                new MemoryDaySumsCache(ledger), teams, new SettingsRepository(db.ao())));
        teamTree = new MemoryTeamTreeCache(teams);
        UserDirectory users = Mockito.mock(UserDirectory.class);
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), "Name of " + call.getArgument(0))));
        service = new AttainmentServiceImpl(quotas, ledger, new MemoryPeriodSumsCache(ledger), teamTree,
                new SettingsRepository(db.ao()), users, currentUser, Clock.fixed(NOW, ZoneOffset.UTC),
                new DealAmountAccess(browsing, ledger), new MemoryDaySumsCache(ledger), kpis,
                definitions);
        region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of("ann")));
        district = teams.create(new TeamDraft("District", "", Optional.of(region.id()), Optional.of("boss"),
                List.of("bob", "carl")));
        kpis.create(KpiQuotaServiceTest.kpi("calls", new KpiSource.Manual(), KpiDirection.HIGHER_IS_BETTER, true));
        kpis.create(KpiQuotaServiceTest.kpi("hours", new KpiSource.Manual(), KpiDirection.LOWER_IS_BETTER, true));
        act("boss", false);
    }

    private void act(String key, boolean admin) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(key, key, admin)));
    }

    private void quota(QuotaSubject subject, String kpi, long hundredths) {
        quotas.put(Quota.ofKpi(subject, "FY2026-Q2", new QuotaMeasure.Kpi(kpi), hundredths), "vp", NOW);
    }

    private void log(String kpi, String rep, LocalDate day, String value) {
        kpis.log(new KpiEntry(kpi, rep, day, new BigDecimal(value)));
    }

    @Test
    public void theTeamSumsEveryoneInItNestedAgainstTheDerivedQuotaInFiveStatements() {
        quota(new QuotaSubject.Rep("ann"), "calls", 40_00);
        quota(new QuotaSubject.Rep("bob"), "calls", 100_00);
        quota(new QuotaSubject.Rep("carl"), "calls", 50_00);
        log("calls", "bob", IN_Q2, "30");
        log("calls", "bob", IN_Q2.plusDays(1), "45.5");
        log("calls", "bob", LocalDate.of(2026, 3, 31), "500");
        log("calls", "carl", IN_Q2, "60");
        log("calls", "ann", IN_Q2, "10");
        log("calls", "dan", IN_Q2, "999");
        log("meetings", "bob", IN_Q2, "7");
        act("vp", false);
        // the teams come from their cluster cache; the rules are cold, as after any team, KPI or quota change
        teamTree.teams();
        definitions.forgetAll();

        db.statements().reset();
        TeamAttainment attainment = service.forTeam(region.id(), "FY2026-Q2", "kpi:calls");

        assertEquals("the rules (2), the calendar, the quotas and everyone's KPI totals", 5, db.statements().count());
        Attainment team = attainment.team().attainment().orElseThrow();
        assertEquals("ann 40 + bob 100 + carl 50", 190_00L, team.quotaUnits());
        assertEquals("bob 75.5 + carl 60 + ann 10, not dan nor March", 145_50L, team.closedUnits());
        assertEquals(Optional.of(new BigDecimal("76.6")), team.percent());
        assertEquals(44_50L, team.gapUnits());
        assertEquals(Optional.empty(), team.coverage());
        assertEquals(Optional.empty(), team.weightedCoverage());
        assertEquals(Attainment.pace(Period.parse("FY2026-Q2", FiscalCalendar.DEFAULT).orElseThrow(),
                LocalDate.of(2026, 5, 15)), team.pacePercent());
        assertEquals(new QuotaMeasure.Kpi("calls"), attainment.metric());
        assertEquals(Optional.empty(), attainment.team().currency());
        assertEquals(List.of("ann"), attainment.members().stream().map(TeamAttainment.Line::subjectKey).toList());
        assertEquals(Optional.of(new BigDecimal("25.0")),
                attainment.members().get(0).attainment().orElseThrow().percent());
    }

    @Test
    public void aTeamsKpiAttainmentRightAfterATeamChangeStaysWithinFive() {
        quota(new QuotaSubject.Rep("bob"), "calls", 100_00);
        quota(new QuotaSubject.Rep("dan"), "calls", 20_00);
        log("calls", "bob", IN_Q2, "30");
        log("calls", "dan", IN_Q2, "10");
        definitions.rules();
        teamWrites().update(district.id(), new TeamDraft("District", "", Optional.of(region.id()), Optional.of("boss"),
                List.of("bob", "carl", "dan")));
        assertTrue("a team change keeps the KPI definitions and weights", definitions.holdsRules());
        act("vp", false);

        db.statements().reset();
        TeamAttainment here = service.forTeam(region.id(), "FY2026-Q2", "kpi:calls");
        List<String> onThisNode = db.statements().preparedSql();
        // another node saved the change: it lost its tree and reads it once
        teamTree.forget();
        db.statements().reset();
        TeamAttainment there = service.forTeam(region.id(), "FY2026-Q2", "kpi:calls");
        List<String> onAnother = db.statements().preparedSql();

        assertEquals("the calendar, the quotas and everyone's KPI totals: " + onThisNode, 3, onThisNode.size());
        assertEquals("the teams (one), the calendar, the quotas, the KPI totals: " + onAnother, 4, onAnother.size());
        assertEquals("dan joined: bob 30 + dan 10", 40_00L, there.team().attainment().orElseThrow().closedUnits());
        assertEquals(here, there);
    }

    @Test
    public void anExplicitTeamQuotaWinsAndEachMemberIsMeasuredOnTheirOwnTotal() {
        quota(new QuotaSubject.TeamQuota(district.id()), "calls", 200_00);
        quota(new QuotaSubject.Rep("bob"), "calls", 100_00);
        log("calls", "bob", IN_Q2, "75.5");
        log("calls", "carl", IN_Q2, "60");

        TeamAttainment attainment = service.forTeam(district.id(), "FY2026-Q2", "kpi:calls");

        assertEquals(200_00L, attainment.team().attainment().orElseThrow().quotaUnits());
        assertEquals(Optional.of(new BigDecimal("67.8")), attainment.team().attainment().orElseThrow().percent());
        TeamAttainment.Line bob = attainment.members().get(0);
        assertEquals(Optional.of(new BigDecimal("75.5")), bob.attainment().orElseThrow().percent());
        assertEquals(24_50L, bob.attainment().orElseThrow().gapUnits());
        assertEquals("carl has no quota of the KPI", Optional.empty(), attainment.members().get(1).attainment());
    }

    @Test
    public void lessIsBetterInvertsTheRatioAndNothingRecordedHasNoPercent() {
        quota(new QuotaSubject.Rep("bob"), "hours", 10_00);
        quota(new QuotaSubject.Rep("carl"), "hours", 10_00);
        log("hours", "bob", IN_Q2, "8");

        Attainment bob = service.forRep("bob", "FY2026-Q2", "kpi:hours").attainment().orElseThrow();
        assertEquals("target 10 ÷ actual 8", Optional.of(new BigDecimal("125.0")), bob.percent());
        assertEquals("2 hours under the target", -2_00L, bob.gapUnits());
        assertFalse("8 of a cap of 10 with 49.5 % of the quarter gone runs to 16", bob.onPace());
        assertTrue(bob.lowerIsBetter());
        Attainment carl = service.forRep("carl", "FY2026-Q2", "kpi:hours").attainment().orElseThrow();
        assertEquals(Optional.empty(), carl.percent());
        assertEquals(Optional.empty(), carl.coverage());
        assertTrue(carl.lowerIsBetter());
    }

    @Test
    public void lessIsBetterALoggedZeroIsAResultWhereNothingLoggedIsNone() {
        quota(new QuotaSubject.Rep("bob"), "hours", 10_00);
        quota(new QuotaSubject.Rep("carl"), "hours", 10_00);
        log("hours", "bob", IN_Q2, "0");

        Attainment bob = service.forRep("bob", "FY2026-Q2", "kpi:hours").attainment().orElseThrow();
        assertEquals(Optional.of(Attainment.LOWER_IS_BETTER_CEILING), bob.percent());
        assertTrue(bob.onPace());
        assertEquals(-10_00L, bob.gapUnits());
        assertEquals("nothing logged", Optional.empty(),
                service.forRep("carl", "FY2026-Q2", "kpi:hours").attainment().orElseThrow().percent());
    }

    @Test
    public void lessIsBetterTheTeamLineLeavesOutMembersWithNothingLogged() {
        quota(new QuotaSubject.Rep("bob"), "hours", 10_00);
        quota(new QuotaSubject.Rep("carl"), "hours", 10_00);
        log("hours", "bob", IN_Q2, "15");

        TeamAttainment attainment = service.forTeam(district.id(), "FY2026-Q2", "kpi:hours");
        Attainment team = attainment.team().attainment().orElseThrow();
        assertEquals("bob's cap alone: carl's would flatter the team", 10_00L, team.quotaUnits());
        assertEquals(15_00L, team.closedUnits());
        assertEquals(5_00L, team.gapUnits());
        assertFalse(team.onPace());
        assertEquals(Optional.empty(), attainment.members().get(1).attainment().orElseThrow().percent());

        quota(new QuotaSubject.TeamQuota(district.id()), "hours", 30_00);
        Attainment explicit = service.forTeam(district.id(), "FY2026-Q2", "kpi:hours").team().attainment()
                .orElseThrow();
        assertEquals("a team's own cap stands", 30_00L, explicit.quotaUnits());
        assertEquals(15_00L, explicit.closedUnits());
    }

    @Test
    public void lessIsBetterATeamWhereNobodyLoggedHasNoResultYet() {
        quota(new QuotaSubject.Rep("bob"), "hours", 10_00);
        quota(new QuotaSubject.Rep("carl"), "hours", 10_00);

        Attainment team = service.forTeam(district.id(), "FY2026-Q2", "kpi:hours").team().attainment().orElseThrow();
        assertEquals("the quota derived from everyone", 20_00L, team.quotaUnits());
        assertEquals(Optional.empty(), team.percent());
    }

    @Test
    public void oneRepsKpiAttainmentForTheRepTheirManagersAndAdminsOnly() {
        quota(new QuotaSubject.Rep("bob"), "calls", 100_00);
        log("calls", "bob", IN_Q2, "50");
        for (String reader : List.of("bob", "boss", "vp")) {
            act(reader, false);
            assertEquals(reader, Optional.of(new BigDecimal("50.0")),
                    service.forRep("bob", "FY2026-Q2", "kpi:calls").attainment().orElseThrow().percent());
        }
        act("admin", true);
        definitions.forgetAll();
        db.statements().reset();
        assertEquals(50_00L, service.forRep("bob", "FY2026-Q2", "kpi:calls").attainment().orElseThrow().closedUnits());
        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        act("carl", false);
        assertEquals(ServiceException.Reason.FORBIDDEN,
                refused(() -> service.forRep("bob", "FY2026-Q2", "kpi:calls")).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN,
                refused(() -> service.forTeam(region.id(), "FY2026-Q2", "kpi:calls")).reason());
    }

    @Test
    public void kpiValuesAreNoDealAmountsSoHiddenProjectsDoNotRefuseThem() {
        ledger.record(new DealFacts(1, 1, Optional.of("bob"), Optional.of(district.id()),
                Money.ofMinor(100_00, Currency.getInstance("EUR")), "s", DealOutcome.WON, 100, ForecastCategory.CLOSED,
                Optional.of(IN_Q2), Optional.of(IN_Q2), 0, 1), FiscalCalendar.DEFAULT);
        when(browsing.projectsHiddenFrom(anyString())).thenReturn(Set.of(1L));
        quota(new QuotaSubject.Rep("bob"), "calls", 100_00);
        log("calls", "bob", IN_Q2, "50");
        assertEquals("deal figures are refused", ServiceException.Reason.FORBIDDEN,
                refused(() -> service.forRep("bob", "FY2026-Q2", "revenue-won")).reason());

        assertEquals(Optional.of(new BigDecimal("50.0")),
                service.forRep("bob", "FY2026-Q2", "kpi:calls").attainment().orElseThrow().percent());
    }

    @Test
    public void anUnknownKpiIsA400NamingTheMetric() {
        assertEquals(List.of(FieldError.of("metric", "salesteam.error.quota.kpi.unknown", "visits")),
                refused(() -> service.forTeam(district.id(), "FY2026-Q2", "kpi:visits")).fieldErrors());
        assertEquals(List.of(FieldError.of("metric", "salesteam.error.quota.kpi.unknown", "visits")),
                refused(() -> service.forRep("bob", "FY2026-Q2", "kpi:visits")).fieldErrors());
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
