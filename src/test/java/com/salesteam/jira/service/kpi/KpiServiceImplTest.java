package com.salesteam.jira.service.kpi;

import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiEntry;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.KpiDefEntity;
import com.salesteam.jira.store.KpiEntryEntity;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MemoryScorecardCache;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.mockito.Mockito;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * KPIs over a real database, as each role: a rep (bob), a team's manager (boss), the manager above (vp), an admin
 * and nobody logged in. The region (vp; ann) holds the district (boss; bob, carl); dave is in no team.
 */
@RunWith(Parameterized.class)
public class KpiServiceImplTest {

    private static final Instant NOW = Instant.parse("2026-05-14T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private final UserDirectory users = Mockito.mock(UserDirectory.class);
    private final MemoryScorecardCache scorecards = MemoryScorecardCache.empty();
    private KpiRepository repository;
    private KpiService service;
    private Team region;
    private Team district;

    public KpiServiceImplTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, TeamEntity.class, TeamMemberEntity.class, AppSettingEntity.class,
                KpiDefEntity.class, KpiEntryEntity.class);
    }

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        repository = new KpiRepository(db.ao());
        repository.createMissing(KpiDefinition.standardActivities());
        repository.create(new KpiDefinition("revenue", "Revenue", "收入", KpiUnit.MONEY,
                new KpiSource.DealMetric(QuotaMetric.REVENUE_WON), KpiDirection.HIGHER_IS_BETTER,
                Map.of(KpiRole.REP, BigDecimal.TEN, KpiRole.MANAGER, BigDecimal.TEN), true));
        service = new KpiServiceImpl(repository, teams, new SettingsRepository(db.ao()), users, currentUser,
                Clock.fixed(NOW, ZoneOffset.UTC), scorecards);
        region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of("ann")));
        district = teams.create(new TeamDraft("District", "", Optional.of(region.id()), Optional.of("boss"),
                List.of("bob", "carl")));
        when(users.byKey(anyString())).thenAnswer(call -> List.of("ann", "bob", "carl", "boss", "vp", "dave", "admin")
                .contains(call.<String>getArgument(0))
                ? Optional.of(new Person(call.getArgument(0), call.getArgument(0), "Name of " + call.getArgument(0)))
                : Optional.empty());
    }

    private void act(String key) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(key, key, key.equals("admin"))));
    }

    private void anonymous() {
        when(currentUser.caller()).thenReturn(Optional.empty());
    }

    private static KpiDraft draft(String key) {
        return new KpiDraft(key, "Demos held", "演示次数", "count", "manual", null, null, "higher-is-better", "8",
                "2.5", null);
    }

    private KpiEntry log(String kpi, String user, LocalDate day, String value) {
        return service.log(new KpiEntryDraft(kpi, user, day.toString(), value));
    }

    private List<KpiEntry> stored(String user) {
        return repository.entries(user, TODAY.minusDays(100), TODAY.plusDays(1));
    }

    private static ServiceException.Reason reason(Runnable call) {
        return refused(call).reason();
    }

    private static List<String> fields(Runnable call) {
        return refused(call).fieldErrors().stream().map(FieldError::field).toList();
    }

    // ---- definitions

    @Test
    public void everyoneLoggedInListsTheKpisInUseAndOnlyAdminsSeeRetiredOnes() {
        act("admin");
        service.update("emails", new KpiDraft("ignored", "E-mails", "电子邮件", "count", "manual", null, null,
                "higher-is-better", "300", "100", false));

        for (String who : List.of("bob", "boss", "vp", "admin")) {
            act(who);
            assertEquals(who, List.of("calls", "meetings", "revenue"),
                    service.list(false).stream().map(KpiDefinition::key).toList());
        }
        act("bob");
        assertEquals(ServiceException.Reason.FORBIDDEN, reason(() -> service.list(true)));
        act("boss");
        assertEquals(ServiceException.Reason.FORBIDDEN, reason(() -> service.list(true)));
        act("admin");
        assertEquals(4, service.list(true).size());
        anonymous();
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, reason(() -> service.list(false)));
    }

    @Test
    public void onlyAdminsCreateAndUpdateDefinitions() {
        for (String who : List.of("bob", "boss", "vp")) {
            act(who);
            assertEquals(who, ServiceException.Reason.FORBIDDEN, reason(() -> service.create(draft("demos"))));
            assertEquals(who, ServiceException.Reason.FORBIDDEN, reason(() -> service.update("calls", draft("calls"))));
        }
        anonymous();
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, reason(() -> service.create(draft("demos"))));
        assertTrue(repository.definition("demos").isEmpty());
        assertEquals(KpiDefinition.standardActivities().get(0), repository.definition("calls").orElseThrow());

        act("admin");
        scorecards.rules();
        KpiDefinition created = service.create(draft("demos"));
        assertFalse("the scorecard rules are read afresh", scorecards.holdsRules());
        scorecards.rules();
        assertEquals(created, repository.definition("demos").orElseThrow());
        assertEquals(new BigDecimal("2.50"), created.benchmark(KpiRole.MANAGER));
        KpiDefinition jql = service.update("demos", new KpiDraft("demos", "Demos", "演示", "count", "jql-count", null,
                " type = Demo AND assignee = currentUser() ", "higher-is-better", "8", "2.5", true));
        assertEquals(new KpiSource.JqlCount("type = Demo AND assignee = currentUser()"), jql.source());
        assertFalse("benchmarks may have changed", scorecards.holdsRules());
        assertEquals(jql, repository.definition("demos").orElseThrow());
        assertEquals(ServiceException.Reason.NOT_FOUND, reason(() -> service.update("ghost", draft("ghost"))));
    }

    @Test
    public void everyBadDefinitionFieldIsNamedAndNothingIsWritten() {
        act("admin");

        assertEquals(List.of("key", "nameEn", "nameZh", "unit", "direction", "benchmarks.rep", "benchmarks.manager"),
                fields(() -> service.create(new KpiDraft("Bad Key", " ", "x".repeat(81), "miles", "manual", null, null,
                        "sideways", "-1", "1.234", null))));
        assertEquals(List.of("source"), fields(() -> service.create(new KpiDraft("demos", "D", "演", "count", "magic",
                null, null, "higher-is-better", "1", "1", null))));
        assertEquals(List.of("metric"), fields(() -> service.create(new KpiDraft("demos", "D", "演", "money",
                "deal-metric", "fame", null, "higher-is-better", "1", "1", null))));
        assertEquals(List.of("jql"), fields(() -> service.create(new KpiDraft("demos", "D", "演", "count",
                "jql-count", null, "  ", "higher-is-better", "1", "1", null))));
        assertEquals(List.of("jql"), fields(() -> service.create(new KpiDraft("demos", "D", "演", "count",
                "jql-count", null, "x".repeat(2001), "higher-is-better", "1", "1", null))));
        assertEquals(List.of("benchmarks.rep"), fields(() -> service.create(new KpiDraft("demos", "D", "演", "count",
                "manual", null, null, "higher-is-better", "1e3", "1", null))));
        assertEquals("salesteam.error.kpi.key.taken", refused(() -> service.create(draft("calls")))
                .fieldErrors().get(0).messageKey());
        assertEquals("salesteam.error.kpi.key.reserved", refused(() -> service.create(draft("entries")))
                .fieldErrors().get(0).messageKey());
        assertEquals(List.of("nameEn"), fields(() -> service.update("calls", new KpiDraft(null, null, "电话", "count",
                "manual", null, null, "higher-is-better", "1", "1", null))));

        assertEquals(4, repository.definitions().size());
        assertEquals(KpiDefinition.standardActivities().get(0), repository.definition("calls").orElseThrow());
    }

    // ---- logging

    @Test
    public void aRepLogsTheirOwnDayAndLoggingAgainReplacesIt() {
        act("bob");
        scorecards.get("bob", TODAY);
        scorecards.get("carl", TODAY);
        log("calls", null, TODAY, "10");
        assertFalse("bob's scorecard is computed afresh", scorecards.holds("bob"));
        assertTrue("carl's is kept", scorecards.holds("carl"));
        db.statements().reset();
        KpiEntry again = log("calls", "", TODAY, " 12 ");
        assertTrue("a rep's own log within the budget: " + db.statements().count(), db.statements().count() <= 5);
        log("meetings", "bob", TODAY.minusDays(90), "1.5");

        assertEquals(new KpiEntry("calls", "bob", TODAY, new BigDecimal("12")), again);
        assertEquals(List.of(new KpiEntry("meetings", "bob", TODAY.minusDays(90), new BigDecimal("1.5")), again),
                stored("bob"));
        assertEquals(ServiceException.Reason.FORBIDDEN, reason(() -> log("calls", "carl", TODAY, "1")));
        assertEquals(ServiceException.Reason.FORBIDDEN, reason(() -> log("calls", "ann", TODAY, "1")));
        assertEquals(List.of(), stored("carl"));
        anonymous();
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, reason(() -> log("calls", "bob", TODAY, "99")));
        assertEquals(new BigDecimal("12.00"), stored("bob").get(1).value());
    }

    @Test
    public void managersLogForThePeopleInTheirTeamsNestedAndAdminsForAnyone() {
        act("boss");
        log("calls", "bob", TODAY, "3");
        log("calls", "boss", TODAY, "4");
        assertEquals("ann is in the region, above the district", ServiceException.Reason.FORBIDDEN,
                reason(() -> log("calls", "ann", TODAY, "1")));
        act("vp");
        log("calls", "carl", TODAY, "5");
        log("calls", "ann", TODAY, "6");
        assertEquals(ServiceException.Reason.FORBIDDEN, reason(() -> log("calls", "dave", TODAY, "1")));
        act("admin");
        log("calls", "dave", TODAY, "7");

        assertEquals(List.of("3.00", "4.00", "5.00", "6.00", "7.00"), List.of("bob", "boss", "carl", "ann", "dave")
                .stream().map(user -> stored(user).get(0).value().toPlainString()).toList());
        assertEquals(List.of(), stored("vp"));
    }

    @Test
    public void everyBadEntryFieldIsNamedAndNothingIsWritten() {
        act("bob");
        assertEquals(List.of("kpi", "day", "value"), fields(() -> log("revenue", null, TODAY.plusDays(1), "-1")));
        assertEquals("salesteam.error.kpi.entry.notmanual",
                refused(() -> log("revenue", null, TODAY, "1")).fieldErrors().get(0).messageKey());
        assertEquals("salesteam.error.kpi.day.past",
                refused(() -> log("calls", null, TODAY.minusDays(91), "1")).fieldErrors().get(0).messageKey());
        assertEquals(List.of("day"), fields(() -> service.log(new KpiEntryDraft("calls", null, "14/05/2026", "1"))));
        assertEquals(List.of("value"), fields(() -> log("calls", null, TODAY, "10001")));
        assertEquals(List.of("value"), fields(() -> log("calls", null, TODAY, "1.005")));
        assertEquals(List.of("value"), fields(() -> log("calls", null, TODAY, "")));
        assertEquals(List.of("kpi"), fields(() -> log("nope", null, TODAY, "1")));
        act("admin");
        service.update("meetings", new KpiDraft(null, "Meetings", "会议", "count", "manual", null, null,
                "higher-is-better", "20", "10", false));
        assertEquals("a retired KPI takes no new values", List.of("kpi"), fields(() -> log("meetings", "bob", TODAY, "1")));
        assertEquals(List.of("user"), fields(() -> log("calls", "nobody", TODAY, "1")));

        assertEquals(List.of(), stored("bob"));
        assertEquals(0, db.ao().count(KpiEntryEntity.class));
    }

    // ---- reading

    @Test
    public void entriesAreReadByThePersonTheirManagersAndAdmins() {
        act("admin");
        log("calls", "bob", TODAY.minusDays(14), "1");
        log("calls", "bob", TODAY.minusDays(13), "2");
        log("emails", "bob", TODAY, "3");
        List<KpiEntry> lastTwoWeeks = List.of(new KpiEntry("calls", "bob", TODAY.minusDays(13), new BigDecimal("2")),
                new KpiEntry("emails", "bob", TODAY, new BigDecimal("3")));

        for (String who : List.of("bob", "boss", "vp", "admin")) {
            act(who);
            assertEquals(who, lastTwoWeeks, service.entries("bob", "", ""));
        }
        act("bob");
        assertEquals(lastTwoWeeks, service.entries(null, null, null));
        assertEquals(3, service.entries("bob", TODAY.minusDays(20).toString(), TODAY.toString()).size());
        assertEquals(ServiceException.Reason.FORBIDDEN, reason(() -> service.entries("carl", "", "")));
        act("boss");
        assertEquals(ServiceException.Reason.FORBIDDEN, reason(() -> service.entries("ann", "", "")));
        anonymous();
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, reason(() -> service.entries("bob", "", "")));

        act("bob");
        assertEquals(List.of("from"), fields(() -> service.entries("bob", "2026-05-10", "2026-05-01")));
        assertEquals(List.of("from"), fields(() -> service.entries("bob", "2025-01-01", "2026-05-01")));
        assertEquals(List.of("from", "to"), fields(() -> service.entries("bob", "May", "June")));
    }

    @Test
    public void teamSumsAreForTheTeamsManagersAndAdminsWithinTheQueryBudget() {
        act("admin");
        log("calls", "bob", TODAY.minusDays(1), "10");
        log("calls", "bob", TODAY, "5");
        log("calls", "ann", TODAY, "7");
        log("calls", "dave", TODAY, "100");
        log("emails", "carl", TODAY, "100");

        act("vp");
        db.statements().reset();
        TeamKpiSums sums = service.teamSums("calls", region.id(), "", "");
        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        assertEquals(Map.of("ann", new BigDecimal("7.00"), "bob", new BigDecimal("15.00"), "carl",
                new BigDecimal("0.00")), sums.byUser());
        assertEquals(TODAY.minusDays(13), sums.from());

        act("boss");
        assertEquals(Map.of("bob", new BigDecimal("5.00"), "carl", new BigDecimal("0.00")),
                service.teamSums("calls", district.id(), TODAY.toString(), TODAY.toString()).byUser());
        assertEquals(ServiceException.Reason.FORBIDDEN, reason(() -> service.teamSums("calls", region.id(), "", "")));
        act("bob");
        assertEquals(ServiceException.Reason.FORBIDDEN, reason(() -> service.teamSums("calls", district.id(), "", "")));
        act("admin");
        assertEquals(2, service.teamSums("calls", district.id(), "", "").byUser().size());
        assertEquals(List.of("kpi"), fields(() -> service.teamSums("nope", district.id(), "", "")));
        anonymous();
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, reason(() -> service.teamSums("calls", district.id(), "", "")));
        assertFalse(sums.byUser().containsKey("dave"));
    }
}
