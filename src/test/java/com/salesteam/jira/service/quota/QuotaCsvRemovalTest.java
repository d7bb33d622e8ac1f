package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaChange;
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
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.mockito.Mockito;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * An empty target in the quota file removes that quota, over a real database: still every bad row named and nothing
 * written unless all are valid, the removal in the history, and an export that imports back unchanged.
 */
@RunWith(Parameterized.class)
public class QuotaCsvRemovalTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final String HEADER = "type,subject,period,metric,target,currency\n";
    private static final QuotaSubject.Rep BOB = new QuotaSubject.Rep("key-bob");

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private final MemoryAttainmentCache attainments = MemoryAttainmentCache.empty();
    private MemoryScorecardCache scorecards;
    private QuotaRepository repository;
    private QuotaCsvService service;
    private Team district;

    public QuotaCsvRemovalTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, TeamEntity.class, TeamMemberEntity.class, AppSettingEntity.class,
                QuotaEntity.class, QuotaChangeEntity.class, KpiDefEntity.class);
    }

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        KpiRepository kpis = new KpiRepository(db.ao());
        kpis.create(KpiQuotaServiceTest.kpi("faxes", new KpiSource.Manual(), KpiDirection.HIGHER_IS_BETTER, false));
        scorecards = KpiQuotaServiceTest.definitionsOf(kpis);
        repository = new QuotaRepository(db.ao());
        UserDirectory users = Mockito.mock(UserDirectory.class);
        List<String> known = List.of("ann", "bob", "carl", "boss", "vp");
        when(users.byUsername(anyString())).thenAnswer(call -> known.contains(call.<String>getArgument(0))
                ? Optional.of(new Person("key-" + call.getArgument(0), call.getArgument(0), call.getArgument(0)))
                : Optional.empty());
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.<String>getArgument(0).substring(4), call.getArgument(0))));
        service = new QuotaCsvServiceImpl(repository, teams, new SettingsRepository(db.ao()), users,
                new PropertiesTranslator(Locale.ENGLISH), currentUser, Clock.fixed(NOW, ZoneOffset.UTC),
                attainments, scorecards);
        Team region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("key-vp"),
                List.of("key-ann")));
        district = teams.create(new TeamDraft("District", "", Optional.of(region.id()), Optional.of("key-boss"),
                List.of("key-bob", "key-carl")));
        act("admin", true);
    }

    private void act(String key, boolean admin) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(key, key, admin)));
    }

    private QuotaImport importText(String text) {
        return service.importFile(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private Optional<Quota> stored(QuotaSubject subject, String period, QuotaMeasure metric) {
        return repository.find(List.of(subject), period, metric).stream().findFirst();
    }

    @Test
    public void anEmptyTargetRemovesTheYearSoItsQuartersMayComeInTheSameFile() {
        importText(HEADER + "rep,bob,FY2026,revenue-won,200000,USD\nrep,carl,FY2026,revenue-won,150000,USD\n");
        LocalDate day = LocalDate.of(2026, 5, 1);
        attainments.get("key-bob", day);

        db.statements().reset();
        QuotaImport result = importText(HEADER
                + "rep,bob,FY2026,revenue-won,,USD\n"
                + "rep,bob,FY2026-Q1,revenue-won,50000,USD\n"
                + "rep,bob,FY2026-Q2,revenue-won,50000,USD\n"
                + "rep,bob,FY2026-Q3,revenue-won,50000,USD\n"
                + "rep,bob,FY2026-Q4,revenue-won,50000,USD\n");

        assertEquals("one read, one delete and two batches of quotas, removals included: "
                + db.statements().preparedSql(), 4, db.statements().preparedSql().stream()
                .filter(sql -> sql.contains("_QUOTA")).count());
        assertEquals(new QuotaImport(5, 5), result);
        assertEquals(Optional.empty(), stored(BOB, "FY2026", QuotaMetric.REVENUE_WON));
        assertEquals(50_000_00L, stored(BOB, "FY2026-Q3", QuotaMetric.REVENUE_WON).orElseThrow().units());
        assertEquals("carl's year is untouched", 150_000_00L,
                stored(new QuotaSubject.Rep("key-carl"), "FY2026", QuotaMetric.REVENUE_WON).orElseThrow().units());
        List<QuotaChange> history = repository.history(BOB, "FY2026", QuotaMetric.REVENUE_WON);
        assertEquals(2, history.size());
        assertTrue(history.stream().anyMatch(change -> change.removed() && change.authorKey().equals("admin")
                && change.before().orElseThrow().units() == 200_000_00L));
        assertFalse("the removal makes attainments computed afresh", attainments.holds("key-bob"));
    }

    @Test
    public void aBadRowElsewhereRemovesNothingAndEveryBadRowIsNamed() {
        importText(HEADER + "rep,bob,FY2026,revenue-won,200000,USD\nrep,carl,FY2026,deals-won,40,\n");
        int history = db.ao().count(QuotaChangeEntity.class);

        ServiceException refusal = refused(() -> importText(HEADER
                + "rep,bob,FY2026,revenue-won,,USD\n"
                + "rep,nobody,FY2026,revenue-won,,\n"
                + "rep,carl,FY2026,deals-won,,\n"
                + "rep,carl,FY2026,fame,,\n"
                + "rep,bob,FY2026,revenue-won,,\n"
                + "rep,carl,FY2026,deals-won,41,\n"));

        assertEquals(ServiceException.Reason.INVALID, refusal.reason());
        assertEquals(List.of(
                FieldError.of("rows[3].subject", "salesteam.error.quota.csv.user.unknown", "nobody"),
                FieldError.of("rows[5].metric", "salesteam.error.quota.metric.unknown", "fame"),
                FieldError.of("rows[6].period", "salesteam.error.quota.csv.duplicate", 2),
                FieldError.of("rows[7].period", "salesteam.error.quota.csv.conflict", 4)), refusal.fieldErrors());
        assertEquals(2, db.ao().count(QuotaEntity.class));
        assertEquals(history, db.ao().count(QuotaChangeEntity.class));
        assertEquals(200_000_00L, stored(BOB, "FY2026", QuotaMetric.REVENUE_WON).orElseThrow().units());
    }

    @Test
    public void aManagerRemovesOnlyQuotasTheyMaySet() {
        importText(HEADER + "rep,bob,FY2026-Q2,revenue-won,60000,USD\nrep,ann,FY2026-Q2,revenue-won,70000,USD\n"
                + "team,District,FY2026-Q2,revenue-won,100000,USD\n");
        act("key-boss", false);

        ServiceException refusal = refused(() -> importText(HEADER + "rep,bob,FY2026-Q2,revenue-won,,\n"
                + "rep,ann,FY2026-Q2,revenue-won,,\nteam,District,FY2026-Q2,revenue-won,,\n"));

        assertEquals(List.of("rows[3].subject", "rows[4].subject"),
                refusal.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(3, db.ao().count(QuotaEntity.class));
        assertEquals(new QuotaImport(1, 1), importText(HEADER + "rep,bob,FY2026-Q2,revenue-won,,\n"));
        assertEquals(Optional.empty(), stored(BOB, "FY2026-Q2", QuotaMetric.REVENUE_WON));
        act("key-vp", false);
        assertEquals("the manager above removes the nested team's quota", new QuotaImport(1, 1),
                importText(HEADER + "team,District,FY2026-Q2,revenue-won,,\n"));
        assertEquals(Optional.empty(), stored(new QuotaSubject.TeamQuota(district.id()), "FY2026-Q2",
                QuotaMetric.REVENUE_WON));
    }

    @Test
    public void removingWhatIsNotStoredChangesNothingAndARetiredKpisQuotaMayGo() {
        repository.put(Quota.ofKpi(BOB, "FY2026-Q2", new QuotaMeasure.Kpi("faxes"), 5_00), "admin", NOW);

        assertEquals(new QuotaImport(1, 0), importText(HEADER + "rep,bob,FY2026-Q3,revenue-won,,\n"));
        assertEquals(0, db.ao().count(QuotaEntity.class, "PERIOD_KEY = ?", "FY2026-Q3"));
        assertEquals("salesteam.error.quota.kpi.retired", refused(() -> importText(HEADER
                + "rep,bob,FY2026-Q2,kpi:faxes,6,\n")).fieldErrors().get(0).messageKey());

        assertEquals(new QuotaImport(1, 1), importText(HEADER + "rep,bob,FY2026-Q2,kpi:faxes,,\n"));

        assertEquals(0, db.ao().count(QuotaEntity.class));
        assertEquals("salesteam.error.quota.kpi.unknown", refused(() -> importText(HEADER
                + "rep,bob,FY2026-Q2,kpi:visits,,\n")).fieldErrors().get(0).messageKey());
    }

    @Test
    public void anExportAfterRemovalsImportsBackUnchanged() {
        importText(HEADER + "rep,bob,FY2026-Q1,revenue-won,50000,EUR\nrep,carl,FY2026-Q1,deals-won,4,\n"
                + "team,District,FY2026,revenue-won,400000,USD\n");
        importText(HEADER + "rep,carl,FY2026-Q1,deals-won,,\n");
        String exported = service.export();
        int history = db.ao().count(QuotaChangeEntity.class);

        assertEquals(new QuotaImport(2, 0), importText(exported));

        assertEquals(exported, service.export());
        assertEquals(history, db.ao().count(QuotaChangeEntity.class));
        assertEquals(Money.ofMinor(50_000_00, Currency.getInstance("EUR")),
                stored(BOB, "FY2026-Q1", QuotaMetric.REVENUE_WON).orElseThrow().amount().orElseThrow());
    }
}
