package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.quota.QuotaMeasure;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.KpiDefEntity;
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
import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mockito;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/** KPI quotas in the quota file: the metric column takes kpi:{key}, targets with two decimals, each bad row named. */
public class KpiQuotaCsvTest {

    private static final String HEADER = "type,subject,period,metric,target,currency\n";

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, QuotaEntity.class, QuotaChangeEntity.class,
            KpiDefEntity.class);

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private QuotaRepository repository;
    private QuotaCsvService service;
    private KpiRepository kpis;
    private MemoryScorecardCache definitions;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        kpis = new KpiRepository(db.ao());
        kpis.create(KpiQuotaServiceTest.kpi("calls", new KpiSource.Manual(), KpiDirection.HIGHER_IS_BETTER, true));
        kpis.create(KpiQuotaServiceTest.kpi("faxes", new KpiSource.Manual(), KpiDirection.HIGHER_IS_BETTER, false));
        repository = new QuotaRepository(db.ao());
        UserDirectory users = Mockito.mock(UserDirectory.class);
        when(users.byUsername(anyString())).thenAnswer(call -> Optional.of(new Person("key-" + call.getArgument(0),
                call.getArgument(0), call.getArgument(0))));
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.<String>getArgument(0).substring(4), "x")));
        service = new QuotaCsvServiceImpl(repository, teams, new SettingsRepository(db.ao()), users,
                new PropertiesTranslator(Locale.ENGLISH), currentUser,
                Clock.fixed(Instant.parse("2026-05-15T10:00:00Z"), ZoneOffset.UTC), MemoryAttainmentCache.empty(),
                definitions = KpiQuotaServiceTest.definitionsOf(kpis));
        teams.create(new TeamDraft("District", "", Optional.empty(), Optional.of("key-boss"),
                List.of("key-bob", "key-carl")));
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("admin", "Admin", true)));
    }

    private QuotaImport importText(String text) {
        return service.importFile(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void kpiRowsImportBesideDealRowsAndExportInTheSameFormat() {
        assertEquals(new QuotaImport(3, 3), importText(HEADER
                + "rep,bob,FY2026-Q2,kpi:calls,12.5,\n"
                + "rep,bob,FY2026-Q2,revenue-won,1000,USD\n"
                + "team,District,FY2026-Q2,kpi:calls,300,\n"));

        assertEquals(12_50L, repository.find(List.of(new QuotaSubject.Rep("key-bob")), "FY2026-Q2",
                new QuotaMeasure.Kpi("calls")).get(0).units());
        assertEquals(1, repository.find(List.of(new QuotaSubject.Rep("key-bob")), "FY2026-Q2",
                QuotaMetric.REVENUE_WON).size());
        String exported = service.export();
        assertTrue(exported, exported.contains("rep,bob,FY2026-Q2,revenue-won,1000.00,USD\r\n"
                + "rep,bob,FY2026-Q2,kpi:calls,12.5,\r\n"));
        assertTrue(exported, exported.contains("team,District,FY2026-Q2,kpi:calls,300,\r\n"));
        db.ao().deleteWithSQL(QuotaEntity.class, "PERIOD_KEY = ?", "FY2026-Q2");
        assertEquals("the export imports back as it was", new QuotaImport(3, 3), importText(exported));
    }

    @Test
    public void everyBadKpiRowIsNamedAndNothingIsWritten() {
        ServiceException refusal = refused(() -> importText(HEADER
                + "rep,bob,FY2026-Q2,kpi:calls,10,\n"
                + "rep,bob,FY2026-Q2,kpi:visits,10,\n"
                + "rep,carl,FY2026-Q2,kpi:faxes,10,\n"
                + "rep,carl,FY2026-Q2,kpi:calls,10,USD\n"
                + "rep,ann,FY2026-Q2,kpi:calls,1.005,\n"
                + "rep,ann,FY2026-M04,kpi:calls,-3,\n"
                + "rep,bob,FY2026-M04,kpi:calls,5,\n"));

        assertEquals(ServiceException.Reason.INVALID, refusal.reason());
        assertEquals(List.of(
                FieldError.of("rows[3].metric", "salesteam.error.quota.kpi.unknown", "visits"),
                FieldError.of("rows[4].metric", "salesteam.error.quota.kpi.retired", "faxes"),
                FieldError.of("rows[5].currency", "salesteam.error.quota.csv.currency.count", "USD"),
                FieldError.of("rows[6].target", "salesteam.error.quota.kpi.target", QuotaTargets.MAX_COUNT),
                FieldError.of("rows[7].target", "salesteam.error.quota.kpi.target", QuotaTargets.MAX_COUNT),
                FieldError.of("rows[8].period", "salesteam.error.quota.csv.overlap", "FY2026-M04", 2, "FY2026-Q2")),
                refusal.fieldErrors());
        assertEquals(0, db.ao().count(QuotaEntity.class));
        assertEquals(0, db.ao().count(QuotaChangeEntity.class));
    }

    @Test
    public void anUnchangedExportImportsBackAfterItsKpiWasRetiredButAChangeIsStillRefused() {
        assertEquals(new QuotaImport(3, 3), importText(HEADER
                + "rep,bob,FY2026-Q2,kpi:calls,12.5,\n"
                + "rep,carl,FY2026-Q2,kpi:calls,20,\n"
                + "rep,bob,FY2026-Q2,deals-won,4,\n"));
        kpis.update(KpiQuotaServiceTest.kpi("calls", new KpiSource.Manual(), KpiDirection.HIGHER_IS_BETTER, false));
        definitions.forgetAll();
        String exported = service.export();
        assertTrue(exported, exported.contains("rep,bob,FY2026-Q2,kpi:calls,12.5,\r\n"));

        assertEquals("nothing changed, nothing written", new QuotaImport(3, 0), importText(exported));
        assertEquals(3, db.ao().count(QuotaChangeEntity.class));

        ServiceException refusal = refused(() -> importText(exported.replace("kpi:calls,20,", "kpi:calls,21,")
                + "rep,carl,FY2026-Q3,kpi:calls,5,\r\n"
                + "rep,bob,FY2026-Q3,kpi:calls,5,USD\r\n"));
        assertEquals("a retired KPI's quota is still not changed or added, each row named in its place", List.of(
                FieldError.of("rows[4].metric", "salesteam.error.quota.kpi.retired", "calls"),
                FieldError.of("rows[5].metric", "salesteam.error.quota.kpi.retired", "calls"),
                FieldError.of("rows[6].metric", "salesteam.error.quota.kpi.retired", "calls"),
                FieldError.of("rows[6].currency", "salesteam.error.quota.csv.currency.count", "USD")),
                refusal.fieldErrors());
        assertEquals(20_00L, repository.find(List.of(new QuotaSubject.Rep("key-carl")), "FY2026-Q2",
                new QuotaMeasure.Kpi("calls")).get(0).units());
    }
}
