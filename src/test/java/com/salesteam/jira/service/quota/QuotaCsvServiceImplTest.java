package com.salesteam.jira.service.quota;

import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.model.CsvText;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.quota.QuotaChange;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.QuotaChangeEntity;
import com.salesteam.jira.store.QuotaEntity;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.mockito.Mockito;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/** Quota CSV import and export over a real database: a bad file leaves the store as it was. */
@RunWith(Parameterized.class)
public class QuotaCsvServiceImplTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final String HEADER = "type,subject,period,metric,target,currency\n";

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private final UserDirectory users = Mockito.mock(UserDirectory.class);
    private final MemoryAttainmentCache attainments = MemoryAttainmentCache.empty();
    private final MemoryScorecardCache scorecards = MemoryScorecardCache.empty();
    private QuotaRepository repository;
    private QuotaCsvService service;
    private Team district;

    public QuotaCsvServiceImplTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, TeamEntity.class, TeamMemberEntity.class, AppSettingEntity.class,
                QuotaEntity.class, QuotaChangeEntity.class);
    }

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        repository = new QuotaRepository(db.ao());
        service = new QuotaCsvServiceImpl(repository, teams, new SettingsRepository(db.ao()), users,
                new PropertiesTranslator(Locale.ENGLISH), currentUser, Clock.fixed(NOW, ZoneOffset.UTC),
                attainments, scorecards);
        Team region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("key-vp"), List.of("key-ann")));
        district = teams.create(new TeamDraft("District, East", "", Optional.of(region.id()), Optional.of("key-boss"),
                List.of("key-bob", "key-carl")));
        List<String> known = List.of("ann", "bob", "carl", "boss", "vp");
        // keys differ from usernames, as after a rename: the file names people by username
        when(users.byUsername(anyString())).thenAnswer(call -> known.contains(call.<String>getArgument(0))
                ? Optional.of(new Person("key-" + call.getArgument(0), call.getArgument(0), call.getArgument(0)))
                : Optional.empty());
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(call.<String>getArgument(0))
                .filter(key -> key.startsWith("key-"))
                .map(key -> new Person(key, key.substring(4), key.substring(4))));
        act("admin", true);
    }

    private void act(String key, boolean admin) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(key, key, admin)));
    }

    private QuotaImport importText(String text) {
        return service.importFile(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private Map<String, String> errors(Runnable call) {
        ServiceException refusal = refused(call);
        assertEquals(ServiceException.Reason.INVALID, refusal.reason());
        return refusal.fieldErrors().stream().collect(Collectors.toMap(FieldError::field, FieldError::messageKey,
                (first, second) -> first));
    }

    private int storedQuotas() {
        return db.ao().count(QuotaEntity.class);
    }

    @Test
    public void importsEveryRowInOneGoAndRecordsEachChange() {
        QuotaImport result = importText("\uFEFF" + HEADER
                + "rep,bob,FY2026-Q2,revenue-won,60000.50,EUR\r\n"
                + "rep,carl,FY2026-Q2,deals-won,12,\r\n"
                + "team,\"District, East\",FY2026-Q2,revenue-won,100000,\r\n");

        assertEquals(new QuotaImport(3, 3), result);
        assertEquals(6_000_050L, repository.find(List.of(new QuotaSubject.Rep("key-bob")), "FY2026-Q2",
                QuotaMetric.REVENUE_WON).get(0).units());
        assertEquals("EUR", repository.find(List.of(new QuotaSubject.Rep("key-bob")), "FY2026-Q2",
                QuotaMetric.REVENUE_WON).get(0).amount().orElseThrow().currency().getCurrencyCode());
        assertEquals(12L, repository.find(List.of(new QuotaSubject.Rep("key-carl")), "FY2026-Q2",
                QuotaMetric.DEALS_WON).get(0).units());
        assertEquals("default currency", "USD", repository.find(List.of(new QuotaSubject.TeamQuota(district.id())),
                "FY2026-Q2", QuotaMetric.REVENUE_WON).get(0).amount().orElseThrow().currency().getCurrencyCode());
        assertEquals(3, db.ao().count(QuotaChangeEntity.class));
    }

    @Test
    public void reimportingChangesOnlyWhatDifferedAndKeepsItsHistory() {
        importText(HEADER + "rep,bob,FY2026-Q2,revenue-won,60000,USD\nrep,carl,FY2026-Q2,revenue-won,50000,USD\n");

        attainments.get("key-carl", java.time.LocalDate.of(2026, 5, 1));
        scorecards.get("key-carl", java.time.LocalDate.of(2026, 5, 1));
        db.statements().reset();
        QuotaImport again = importText(HEADER
                + "rep,bob,FY2026-Q2,revenue-won,60000,USD\nrep,carl,FY2026-Q2,revenue-won,55000,USD\n");

        int forTwoRows = db.statements().count();
        assertEquals(new QuotaImport(2, 1), again);
        assertTrue("an import that changed quotas makes attainments computed afresh", !attainments.holds("key-carl"));
        assertTrue("and scorecards", !scorecards.holds("key-carl"));
        assertTrue("but not the KPI definitions and weights", scorecards.holdsRules());
        assertEquals(2, storedQuotas());
        List<QuotaChange> history = repository.history(new QuotaSubject.Rep("key-carl"),
                "FY2026-Q2", QuotaMetric.REVENUE_WON);
        assertEquals(2, history.size());
        QuotaChange change = history.stream().filter(c -> c.before().isPresent())
                .findFirst().orElseThrow();
        assertEquals(50_000_00L, change.before().orElseThrow().units());
        assertEquals(55_000_00L, change.after().orElseThrow().units());
        StringBuilder many = new StringBuilder(HEADER);
        for (int period = 1; period <= 12; period++) {
            for (String rep : List.of("ann", "bob", "carl", "boss", "vp")) {
                many.append("rep,").append(rep).append(",FY2027-M").append(String.format("%02d", period))
                        .append(",deals-won,").append(period).append(",\n");
            }
        }
        db.statements().reset();
        assertEquals(new QuotaImport(60, 60), importText(many.toString()));
        assertTrue("no more statements for 60 rows than for 2: " + db.statements().count(),
                db.statements().count() <= forTwoRows);
        assertTrue("teams (1), settings (1), then read, delete and two batches: " + forTwoRows, forTwoRows <= 6);
    }

    @Test
    public void exportReadsBackAsTheSameQuotas() {
        String file = HEADER + "rep,bob,FY2026-Q2,revenue-won,60000.5,EUR\n"
                + "team,\"District, East\",FY2026-Q3,deals-won,40,\n";
        importText(file);

        String exported = service.export();

        List<List<String>> records = CsvText.read(exported);
        assertEquals(List.of("type", "subject", "period", "metric", "target", "currency"), records.get(0));
        assertEquals(List.of("rep", "bob", "FY2026-Q2", "revenue-won", "60000.50", "EUR"), records.get(1));
        assertEquals(List.of("team", "District, East", "FY2026-Q3", "deals-won", "40", ""), records.get(2));
        assertEquals(new QuotaImport(2, 0), importText(exported));
    }

    @Test
    public void aManagerExportsOnlyWhatTheyMayReadAndARepOnlyTheirOwn() {
        importText(HEADER + "rep,ann,FY2026-Q2,deals-won,5,\nrep,bob,FY2026-Q2,deals-won,6,\n");

        act("key-boss", false);
        assertEquals(List.of("bob"), CsvText.read(service.export()).stream().skip(1).map(row -> row.get(1)).toList());
        act("key-ann", false);
        assertEquals(List.of("ann"), CsvText.read(service.export()).stream().skip(1).map(row -> row.get(1)).toList());
    }

    @Test
    public void everyBadRowIsReportedAndNothingIsWritten() {
        importText(HEADER + "rep,ann,FY2026-Q2,deals-won,5,\n");

        Map<String, String> errors = errors(() -> importText(HEADER
                + "rep,bob,FY2026-Q2,revenue-won,1000,USD\n"
                + "rep,nobody,FY2026-Q2,revenue-won,1000,USD\n"
                + "rep,carl,FY2026-Q2,revenue-won,-5,USD\n"
                + "rep,bob,FY2026-Q2,revenue-won,1000,USD\n"
                + "rep,bob,FY2026-Q2,revenue-won,2000,USD\n"
                + "rep,bob,FY2026,revenue-won,9000,USD\n"
                + "team,Nowhere,FY2026-Q2,deals-won,5,\n"
                + "robot,x,FY2026-Q2,deals-won,5,\n"
                + "rep,carl,2026-Q9,points,5,\n"
                + "rep,carl,FY2026-Q2,deals-won,5,EUR\n"
                + "rep,carl,FY2026-Q3,revenue-won,10.001,USD\n"
                + "rep,carl\n"
                + "rep,ann,FY2026-Q2,revenue-won,<script>alert(1)</script>,USD\n"));

        assertEquals("salesteam.error.quota.csv.user.unknown", errors.get("rows[3].subject"));
        assertEquals("salesteam.field.money.error.negative", errors.get("rows[4].target"));
        assertEquals("salesteam.error.quota.csv.duplicate", errors.get("rows[5].period"));
        assertEquals("salesteam.error.quota.csv.conflict", errors.get("rows[6].period"));
        assertEquals("salesteam.error.quota.csv.overlap", errors.get("rows[2].period"));
        assertEquals("salesteam.error.quota.csv.team.unknown", errors.get("rows[8].subject"));
        assertEquals("salesteam.error.quota.subject.type", errors.get("rows[9].type"));
        assertEquals("salesteam.error.period.key.malformed", errors.get("rows[10].period"));
        assertEquals("salesteam.error.quota.metric.unknown", errors.get("rows[10].metric"));
        assertEquals("salesteam.error.quota.csv.currency.count", errors.get("rows[11].currency"));
        assertEquals("salesteam.field.money.error.decimals", errors.get("rows[12].target"));
        assertEquals("salesteam.error.quota.csv.columns", errors.get("rows[13].row"));
        assertEquals("salesteam.field.money.error.notanamount", errors.get("rows[14].target"));
        assertEquals("row 2 itself is fine apart from the year overlapping it", 13, errors.size());
        assertEquals(1, storedQuotas());
        assertEquals(1, db.ao().count(QuotaChangeEntity.class));
    }

    @Test
    public void aRowWhosePeriodOverlapsAStoredQuotaOfTheSameSubjectAndMetricIsRefusedAndNothingIsWritten() {
        importText(HEADER + "rep,bob,FY2026,revenue-won,200000,USD\nrep,carl,FY2026-Q1,deals-won,5,\n");
        db.statements().reset();

        Map<String, String> errors = errors(() -> importText(HEADER
                + "rep,bob,FY2026-Q1,revenue-won,50000,USD\n"
                + "rep,ann,FY2026-Q1,revenue-won,50000,USD\n"
                + "rep,carl,FY2026,deals-won,20,\n"
                + "rep,bob,FY2026-Q1,deals-won,3,\n"
                + "rep,bob,FY2027-Q1,revenue-won,5000,USD\n"));
        List<String> statements = db.statements().preparedSql();

        assertEquals("a quarter inside a stored year", "salesteam.error.quota.csv.overlap.stored",
                errors.get("rows[2].period"));
        assertEquals("a year around a stored quarter", "salesteam.error.quota.csv.overlap.stored",
                errors.get("rows[4].period"));
        assertEquals("another metric, another person and a period beside the stored one are fine", 2, errors.size());
        assertEquals(2, storedQuotas());
        assertEquals(2, db.ao().count(QuotaChangeEntity.class));
        assertEquals(200_000_00L, repository.find(List.of(new QuotaSubject.Rep("key-bob")), "FY2026",
                QuotaMetric.REVENUE_WON).get(0).units());
        assertEquals("teams (one), settings, then the import's own read of the stored quotas; nothing written: "
                + statements, 3, statements.size());
    }

    @Test
    public void theStoredPeriodItselfIsReplacedNotAnOverlap() {
        importText(HEADER + "rep,bob,FY2026,revenue-won,200000,USD\n");

        assertEquals(new QuotaImport(1, 1), importText(HEADER + "rep,bob,FY2026,revenue-won,240000,USD\n"));
        assertEquals(24_000_000L, repository.find(List.of(new QuotaSubject.Rep("key-bob")), "FY2026",
                QuotaMetric.REVENUE_WON).get(0).units());
    }

    @Test
    public void wrongHeaderOtherEncodingsEmptyAndHugeFilesAreRefusedWhole() {
        assertEquals("salesteam.error.quota.csv.header",
                errors(() -> importText("user,period,target\nbob,FY2026-Q2,5\n")).get("header"));
        assertEquals("salesteam.error.quota.csv.header", errors(() -> importText("")).get("header"));
        byte[] latin1 = (HEADER + "team,Région,FY2026-Q2,deals-won,5,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("salesteam.error.quota.csv.encoding", errors(() -> service.importFile(new ByteArrayInputStream(latin1))).get("file"));
        assertEquals("salesteam.error.quota.csv.empty", errors(() -> importText(HEADER + "\n")).get("file"));
        StringBuilder huge = new StringBuilder(HEADER);
        for (int row = 0; row <= QuotaCsvServiceImpl.MAX_ROWS; row++) {
            huge.append("rep,bob,FY2026-Q2,deals-won,1,\n");
        }
        assertEquals("salesteam.error.quota.csv.rows", errors(() -> importText(huge.toString())).get("file"));
        assertEquals(0, storedQuotas());
    }

    @Test
    public void managersImportForTheirPeopleOnlyAndRepsNotAtAll() {
        act("key-boss", false);
        Map<String, String> errors = errors(() -> importText(HEADER
                + "rep,bob,FY2026-Q2,deals-won,5,\n"
                + "rep,ann,FY2026-Q2,deals-won,5,\n"
                + "team,\"District, East\",FY2026-Q2,deals-won,5,\n"));
        assertEquals(Map.of("rows[3].subject", "salesteam.error.quota.csv.subject.forbidden",
                "rows[4].subject", "salesteam.error.quota.csv.subject.forbidden"), errors);
        assertEquals(0, storedQuotas());

        assertEquals(new QuotaImport(1, 1), importText(HEADER + "rep,bob,FY2026-Q2,deals-won,5,\n"));

        act("key-bob", false);
        assertEquals(ServiceException.Reason.FORBIDDEN,
                refused(() -> importText(HEADER + "rep,carl,FY2026-Q2,deals-won,5,\n")).reason());
        when(currentUser.caller()).thenReturn(Optional.empty());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(service::export).reason());
    }

    @Test
    public void anExportedNameThatLooksLikeAFormulaImportsAsItself() {
        new TeamRepository(db.ao()).create(new TeamDraft("=West", "", Optional.empty(), Optional.empty(), List.of()));
        importText(HEADER + "team,=West,FY2026-Q2,deals-won,3,\n");

        String exported = service.export();

        assertTrue(exported, exported.contains("team,'=West,FY2026-Q2"));
        assertEquals(new QuotaImport(1, 0), importText(exported));
    }

    @Test
    public void aFileOverTheSizeLimitIsRefusedAfterReadingOneByteMoreAndARepsUploadIsNotReadAtAll() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        assertEquals("salesteam.error.quota.csv.bytes", errors(() -> service.importFile(endless)).get("file"));

        act("key-bob", false);
        InputStream unread = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("a caller who may not import gets nothing read");
            }
        };
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.importFile(unread)).reason());
    }
}
