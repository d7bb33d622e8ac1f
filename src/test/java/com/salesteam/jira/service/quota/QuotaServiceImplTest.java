package com.salesteam.jira.service.quota;

import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.testing.MemoryTeamTreeCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.quota.Quota;
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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/** Quotas over a real database, as each role: rep, manager, the manager above, admin. */
@RunWith(Parameterized.class)
public class QuotaServiceImplTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

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
    private QuotaService service;
    private Team region;
    private Team district;

    public QuotaServiceImplTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, TeamEntity.class, TeamMemberEntity.class, AppSettingEntity.class,
                QuotaEntity.class, QuotaChangeEntity.class);
    }

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        service = new QuotaServiceImpl(new QuotaRepository(db.ao()), new MemoryTeamTreeCache(teams), new SettingsRepository(db.ao()), users,
                new PropertiesTranslator(Locale.ENGLISH), currentUser, Clock.fixed(NOW, ZoneOffset.UTC),
                attainments, scorecards);
        region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of("ann")));
        district = teams.create(new TeamDraft("District", "", Optional.of(region.id()), Optional.of("boss"),
                List.of("bob", "carl")));
        when(users.byKey(anyString())).thenAnswer(call -> List.of("ann", "bob", "carl", "boss", "vp")
                .contains(call.<String>getArgument(0))
                ? Optional.of(new Person(call.getArgument(0), call.getArgument(0), "Name of " + call.getArgument(0)))
                : Optional.empty());
    }

    private void act(String key, boolean admin) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(key, key, admin)));
    }

    private Optional<QuotaChange> set(String type, String key, String target) {
        return service.set(new QuotaDraft(type, key, "FY2026-Q2", "revenue-won", target));
    }

    @Test
    public void quotasComeFromAboveAndTheTeamShowsItsDerivedSumAndOverAssignment() {
        act("boss", false);
        set("rep", "bob", "60000");
        set("rep", "carl", "USD 50000");
        act("vp", false);
        set("team", Long.toString(district.id()), "100000");
        set("rep", "ann", "40000");
        act("admin", true);
        set("team", Long.toString(region.id()), "120000");
        act("vp", false);

        db.statements().reset();
        TeamQuotas quotas = service.forTeam(region.id(), "FY2026-Q2", "revenue-won");

        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        assertEquals(Money.of(new BigDecimal("120000"), USD), quotas.team().orElseThrow().amount().orElseThrow());
        assertEquals("ann 40k + bob 60k + carl 50k", 150_000_00L, quotas.derivedUnits());
        assertEquals(Optional.of(new BigDecimal("125.0")), quotas.overAssignmentPercent());
        assertEquals(List.of("District"), quotas.subTeams().stream().map(TeamQuotas.Line::name).toList());
        assertEquals(100_000_00L, quotas.subTeams().get(0).quota().orElseThrow().units());
        assertEquals(List.of("Name of ann"), quotas.members().stream().map(TeamQuotas.Line::name).toList());
    }

    @Test
    public void nobodySetsTheirOwnOrTheirOwnTeamsQuota() {
        act("boss", false);
        assertEquals(ServiceException.Reason.FORBIDDEN,
                refused(() -> set("team", Long.toString(district.id()), "1")).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> set("rep", "boss", "1")).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> set("rep", "ann", "1")).reason());
        act("vp", false);
        assertEquals("the region has no team above it", ServiceException.Reason.FORBIDDEN,
                refused(() -> set("team", Long.toString(region.id()), "1")).reason());
        act("bob", false);
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> set("rep", "bob", "1")).reason());
        act("admin", true);
        assertTrue(set("rep", "boss", "1").isPresent());
    }

    @Test
    public void aRepReadsTheirOwnAndNoOneElses() {
        act("boss", false);
        set("rep", "bob", "60000");
        act("bob", false);

        assertEquals(60_000_00L, service.forRep("bob", "FY2026-Q2", "revenue-won").orElseThrow().units());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.forRep("carl", "FY2026-Q2", "")).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.forTeam(district.id(), "", "")).reason());
        assertEquals(1, service.history("rep", "bob", "FY2026-Q2", "revenue-won").size());
        when(currentUser.caller()).thenReturn(Optional.empty());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(() -> service.forRep("bob", "", "")).reason());
    }

    @Test
    public void everyBadFieldIsNamedAndNothingIsWritten() {
        act("admin", true);

        ServiceException e = refused(() -> service.set(new QuotaDraft("rep", "nobody", "", "fame", "-5")));
        assertEquals(List.of("subjectKey", "period", "metric"), e.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("salesteam.field.money.error.negative",
                refused(() -> set("rep", "bob", "-5")).fieldErrors().get(0).messageKey());
        assertEquals("salesteam.error.quota.count", refused(() -> service.set(
                new QuotaDraft("rep", "bob", "FY2026-Q2", "deals-won", "2.5"))).fieldErrors().get(0).messageKey());
        assertEquals("subjectType", refused(() -> set("person", "bob", "1")).fieldErrors().get(0).field());
        assertEquals(Optional.empty(), service.forRep("bob", "FY2026-Q2", "revenue-won"));
        assertEquals(List.of(), service.history("rep", "bob", "FY2026-Q2", "revenue-won"));
        assertEquals(Quota.ofCount(new QuotaSubject.Rep("bob"), "FY2026-Q2", QuotaMetric.DEALS_WON, 7),
                service.set(new QuotaDraft("rep", "bob", "FY2026-Q2", "deals-won", " 7 ")).orElseThrow().after().orElseThrow());
    }

    @Test
    public void aPeriodOverlappingAStoredQuotaOfTheSameSubjectAndMetricIsRefusedNamingPeriod() {
        act("admin", true);
        service.set(new QuotaDraft("rep", "bob", "FY2026", "revenue-won", "200000"));
        service.set(new QuotaDraft("rep", "carl", "FY2026-M05", "deals-won", "2"));

        ServiceException quarterInYear = refused(() -> set("rep", "bob", "60000"));
        ServiceException quarterAroundMonth = refused(() -> service.set(
                new QuotaDraft("rep", "carl", "FY2026-Q2", "deals-won", "6")));

        for (ServiceException refusal : List.of(quarterInYear, quarterAroundMonth)) {
            assertEquals(ServiceException.Reason.INVALID, refusal.reason());
            assertEquals("period", refusal.fieldErrors().get(0).field());
            assertEquals("salesteam.error.quota.overlap", refusal.fieldErrors().get(0).messageKey());
        }
        assertEquals(Optional.empty(), service.forRep("bob", "FY2026-Q2", "revenue-won"));
        assertEquals(List.of(), service.history("rep", "bob", "FY2026-Q2", "revenue-won"));
        assertTrue("another metric is no overlap", service.set(
                new QuotaDraft("rep", "bob", "FY2026-Q2", "deals-won", "6")).isPresent());
        assertTrue("the stored period itself is changed", service.set(
                new QuotaDraft("rep", "bob", "FY2026", "revenue-won", "210000")).isPresent());
    }

    @Test
    public void theGridShowsAYearOfQuartersAndSaysWhichRowsTheCallerMayChange() {
        act("boss", false);
        service.set(new QuotaDraft("rep", "bob", "FY2026-Q1", "deals-won", "4"));
        service.set(new QuotaDraft("rep", "bob", "FY2026-Q3", "deals-won", "6"));
        service.set(new QuotaDraft("rep", "carl", "FY2026-M02", "deals-won", "9"));
        service.set(new QuotaDraft("rep", "bob", "FY2026-Q1", "revenue-won", "1000"));

        db.statements().reset();
        QuotaGrid grid = service.grid(district.id(), "FY2026", "deals-won", "quarter");

        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 4);
        assertEquals(List.of("FY2026-Q1", "FY2026-Q2", "FY2026-Q3", "FY2026-Q4"),
                grid.periods().stream().map(com.salesteam.jira.model.Period::key).toList());
        assertEquals(List.of("District", "bob", "carl"), grid.rows().stream().map(QuotaGrid.Row::fileName).toList());
        QuotaGrid.Row bob = grid.rows().get(1);
        assertEquals(List.of("FY2026-Q1", "FY2026-Q3"), bob.quotas().keySet().stream().sorted().toList());
        assertEquals(6L, bob.quotas().get("FY2026-Q3").units());
        assertTrue("a month quota is no quarter's", grid.rows().get(2).quotas().isEmpty());
        assertEquals("the boss does not set the own team's quota", List.of(false, true, true),
                grid.rows().stream().map(QuotaGrid.Row::editable).toList());

        QuotaGrid months = service.grid(district.id(), "FY2026", "deals-won", "month");
        assertEquals(12, months.periods().size());
        assertEquals(9L, months.rows().get(2).quotas().get("FY2026-M02").units());
    }

    @Test
    public void theGridIsForTheTeamsManagersAndRefusesBadYearsAndColumns() {
        act("bob", false);
        assertEquals(ServiceException.Reason.FORBIDDEN,
                refused(() -> service.grid(district.id(), "FY2026", "", "")).reason());
        act("vp", false);
        assertEquals(List.of(true, true, true),
                service.grid(district.id(), "", "", "").rows().stream().map(QuotaGrid.Row::editable).toList());
        ServiceException bad = refused(() -> service.grid(district.id(), "FY2026-Q1", "", "week"));
        assertEquals(List.of("year", "periodType"), bad.fieldErrors().stream().map(FieldError::field).toList());
    }

    @Test
    public void settingARepsQuotaMakesTheirAttainmentComputedAfresh() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 5, 1);
        attainments.get("bob", day);
        attainments.get("carl", day);
        scorecards.get("bob", day);
        scorecards.get("carl", day);
        act("boss", false);

        set("rep", "bob", "1000");

        assertTrue(!attainments.holds("bob") && attainments.holds("carl"));
        assertTrue(!scorecards.holds("bob") && scorecards.holds("carl"));
    }
}
