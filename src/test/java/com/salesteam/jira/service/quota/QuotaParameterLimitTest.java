package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiEntry;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.ProjectBrowsing;
import com.salesteam.jira.service.UserDirectory;
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
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.StatementCounter;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.testing.MemoryDaySumsCache;
import com.salesteam.jira.testing.MemoryPeriodSumsCache;
import com.salesteam.jira.testing.MemoryTeamTreeCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mockito;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * SQL Server takes at most 2,100 parameters in a statement; the test engine fails any statement with more than
 * {@link StatementCounter#MAX_PARAMETERS}. A 5,000-person quota import and the reads of a 3,000-person team stay
 * under it, and the team reads keep their statement budgets.
 */
public class QuotaParameterLimitTest {

    private static final Instant NOW = Instant.parse("2026-05-15T10:00:00Z");
    private static final int PEOPLE = 5_000;
    private static final int TEAM = 3_000;

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, QuotaEntity.class, QuotaChangeEntity.class, DealEntity.class,
            DealMonthEntity.class, DealDayEntity.class, KpiDefEntity.class, KpiEntryEntity.class);

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private QuotaRepository quotas;
    private KpiRepository kpis;
    private QuotaCsvService csv;
    private QuotaService quotaService;
    private AttainmentService attainment;
    private MemoryScorecardCache definitions;
    private Team big;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        quotas = new QuotaRepository(db.ao());
        kpis = new KpiRepository(db.ao());
        DealLedger ledger = new DealLedger(db.ao());
        definitions = KpiQuotaServiceTest.definitionsOf(kpis);
        UserDirectory users = Mockito.mock(UserDirectory.class);
        when(users.byUsername(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), call.getArgument(0))));
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), call.getArgument(0))));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        SettingsRepository settings = new SettingsRepository(db.ao());
        csv = new QuotaCsvServiceImpl(quotas, teams, settings, users, new PropertiesTranslator(Locale.ENGLISH),
                currentUser, clock, MemoryAttainmentCache.empty(), definitions);
        MemoryTeamTreeCache teamTree = new MemoryTeamTreeCache(teams);
        quotaService = new QuotaServiceImpl(quotas, teamTree, settings, users, new PropertiesTranslator(Locale.ENGLISH),
                currentUser, clock, MemoryAttainmentCache.empty(), definitions);
        ProjectBrowsing browsing = Mockito.mock(ProjectBrowsing.class);
        attainment = new AttainmentServiceImpl(quotas, ledger, new MemoryPeriodSumsCache(ledger), teamTree, settings,
                users, currentUser, clock, new DealAmountAccess(browsing, ledger), new MemoryDaySumsCache(ledger),
                kpis, definitions);
        kpis.create(KpiQuotaServiceTest.kpi("calls", new KpiSource.Manual(), KpiDirection.HIGHER_IS_BETTER, true));
        List<String> members = new ArrayList<>();
        for (int rep = 0; rep < TEAM; rep++) {
            members.add(rep(rep));
        }
        big = teams.create(new TeamDraft("Everyone", "", Optional.empty(), Optional.of("boss"), members));
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("admin", "admin", true)));
    }

    private static String rep(int number) {
        return String.format(Locale.ROOT, "rep%04d", number);
    }

    private QuotaImport importText(String text) {
        return csv.importFile(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A file of one row per person: revenue and calls quotas of FY2026-Q2. */
    private static String file(String metric, long target) {
        StringBuilder file = new StringBuilder("type,subject,period,metric,target,currency\n");
        for (int rep = 0; rep < PEOPLE; rep++) {
            file.append("rep,").append(rep(rep)).append(",FY2026-Q2,").append(metric).append(',').append(target)
                    .append(metric.equals("revenue-won") ? ",EUR\n" : ",\n");
        }
        return file.toString();
    }

    @Test
    public void aFiveThousandPersonImportAndReImportStayUnderTheParameterLimitAndWriteEveryRow() {
        db.statements().reset();
        assertEquals(new QuotaImport(PEOPLE, PEOPLE), importText(file("revenue-won", 1000)));
        assertTrue("most parameters in a statement: " + db.statements().mostParameters(),
                db.statements().mostParameters() <= StatementCounter.MAX_PARAMETERS);
        assertEquals(PEOPLE, db.ao().count(QuotaEntity.class));

        db.statements().reset();
        assertEquals("a re-import replaces every row of those 5,000", new QuotaImport(PEOPLE, PEOPLE),
                importText(file("revenue-won", 2000)));
        assertTrue(db.statements().mostParameters() <= StatementCounter.MAX_PARAMETERS);
        assertEquals(PEOPLE, db.ao().count(QuotaEntity.class));
        assertEquals(2 * PEOPLE, db.ao().count(QuotaChangeEntity.class));
        assertEquals(2000_00L, quotas.find(List.of(new QuotaSubject.Rep(rep(4_999))), "FY2026-Q2",
                QuotaMetric.REVENUE_WON).get(0).units());
        assertEquals(2000_00L, quotas.find(List.of(new QuotaSubject.Rep(rep(0))), "FY2026-Q2",
                QuotaMetric.REVENUE_WON).get(0).units());
    }

    @Test
    public void aThreeThousandPersonTeamIsReadWithinTheParameterLimitAndItsBudgets() {
        importText(file("kpi:calls", 10));
        importText(file("revenue-won", 1000));
        kpis.log(new KpiEntry("calls", rep(0), LocalDate.of(2026, 5, 4), new BigDecimal("4")));
        kpis.log(new KpiEntry("calls", rep(2_999), LocalDate.of(2026, 5, 5), new BigDecimal("6")));
        kpis.log(new KpiEntry("calls", rep(3_000), LocalDate.of(2026, 5, 5), new BigDecimal("500")));
        // the KPI definitions come from the scorecard cluster cache, warm but for a definition change
        definitions.rules();

        db.statements().reset();
        TeamAttainment calls = attainment.forTeam(big.id(), "FY2026-Q2", "kpi:calls");
        assertTrue("statements: " + db.statements().preparedSql(), db.statements().count() <= 5);
        assertEquals("3,000 quotas of 10 calls", TEAM * 10_00L, calls.team().attainment().orElseThrow().quotaUnits());
        assertEquals("4 + 6 calls, not those of someone outside the team", 10_00L,
                calls.team().attainment().orElseThrow().closedUnits());
        assertEquals(TEAM, calls.members().size());

        db.statements().reset();
        TeamQuotas revenue = quotaService.forTeam(big.id(), "FY2026-Q2", "revenue-won");
        assertTrue("statements: " + db.statements().preparedSql(), db.statements().count() <= 5);
        assertEquals(TEAM * 1000_00L, revenue.derivedUnits());

        db.statements().reset();
        QuotaGrid grid = quotaService.grid(big.id(), "FY2026", "revenue-won", "quarter");
        assertTrue("statements: " + db.statements().preparedSql(), db.statements().count() <= 5);
        assertEquals(TEAM + 1, grid.rows().size());
        assertTrue("most parameters in a statement: " + db.statements().mostParameters(),
                db.statements().mostParameters() <= StatementCounter.MAX_PARAMETERS);
    }
}
