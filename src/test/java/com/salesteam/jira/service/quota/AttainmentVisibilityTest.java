package com.salesteam.jira.service.quota;

import com.salesteam.jira.testing.MemoryDaySumsCache;
import com.salesteam.jira.testing.MemoryTeamTreeCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.testing.MemoryPeriodSumsCache;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.quota.AttainmentSharing;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AppSettingEntity;
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
import java.util.Set;
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

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * Who reads a team's attainment and how much of it, per role, on a real database: the rep's own row always, the
 * rest as the admin's sharing allows, managers (of the team or above) and admins everything, others nothing.
 */
public class AttainmentVisibilityTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-05-15T10:00:00Z");
    private static final String Q2 = "FY2026-Q2";

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, QuotaEntity.class, QuotaChangeEntity.class, DealEntity.class,
            DealMonthEntity.class, DealDayEntity.class);

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private SettingsRepository settings;
    private AttainmentService service;
    private AttainmentSharingService sharing;
    private Team district;
    private Team otherTeam;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        QuotaRepository quotas = new QuotaRepository(db.ao());
        DealLedger ledger = new DealLedger(db.ao());
        settings = new SettingsRepository(db.ao());
        UserDirectory users = Mockito.mock(UserDirectory.class);
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), "Name of " + call.getArgument(0))));
        service = new AttainmentServiceImpl(quotas, ledger, new MemoryPeriodSumsCache(ledger), new MemoryTeamTreeCache(teams), settings, users, currentUser,
                Clock.fixed(NOW, ZoneOffset.UTC), new DealAmountAccess(userKey -> Set.of(), ledger),
                new MemoryDaySumsCache(ledger), new KpiRepository(db.ao()),
                MemoryScorecardCache.empty());
        sharing = new AttainmentSharingService(settings, currentUser);
        Team region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of("ann")));
        district = teams.create(new TeamDraft("District", "", Optional.of(region.id()), Optional.of("boss"),
                List.of("bob", "carl")));
        otherTeam = teams.create(new TeamDraft("Elsewhere", "", Optional.empty(), Optional.of("other"), List.of("dan")));
        for (String rep : List.of("bob", "carl")) {
            quotas.put(Quota.ofAmount(new QuotaSubject.Rep(rep), Q2, QuotaMetric.REVENUE_WON,
                    Money.ofMinor(100_000_00L, EUR)), "vp", NOW);
        }
        deal(ledger, 1, "bob", 40_000);
        deal(ledger, 2, "carl", 120_000);
    }

    private void deal(DealLedger ledger, long issue, String owner, long euros) {
        LocalDate day = LocalDate.of(2026, 5, 10);
        ledger.record(new DealFacts(issue, 1, Optional.of(owner), Optional.of(district.id()),
                Money.ofMinor(euros * 100, EUR), "won", DealOutcome.WON, 100, ForecastCategory.CLOSED,
                Optional.of(day), Optional.of(day), 0, 1), FiscalCalendar.DEFAULT);
    }

    private void actAs(String userKey, boolean admin) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(userKey, userKey, admin)));
    }

    private TeamAttainment districtAs(String userKey) {
        actAs(userKey, false);
        return service.forTeam(district.id(), Q2, "revenue-won");
    }

    private static List<String> keys(TeamAttainment attainment) {
        return attainment.members().stream().map(TeamAttainment.Line::subjectKey).toList();
    }

    @Test
    public void aRepSeesOnlyTheirOwnRowUntilTheAdminSharesTheTeam() {
        db.statements().reset();
        TeamAttainment bob = districtAs("bob");

        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        assertEquals(TeamAttainment.Shown.OWN_ROW, bob.shown());
        assertEquals(List.of("bob"), keys(bob));
        TeamAttainment.Line own = bob.members().get(0);
        assertFalse(own.amountsHidden());
        assertEquals(40_000_00L, own.attainment().orElseThrow().closedUnits());
        assertEquals("the team's figures are withheld", Optional.empty(), bob.team().attainment());
    }

    @Test
    public void withTheTeamSharedAndAmountsHiddenARepSeesPercentagesOfOthersAndTheirOwnAmounts() {
        settings.saveAttainmentSharing(new AttainmentSharing(true, true));

        db.statements().reset();
        TeamAttainment bob = districtAs("bob");

        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        assertEquals(TeamAttainment.Shown.TEAM_WITHOUT_AMOUNTS, bob.shown());
        assertEquals(List.of("bob", "carl"), keys(bob));
        assertEquals(40_000_00L, bob.members().get(0).attainment().orElseThrow().closedUnits());
        assertEquals(Optional.of("EUR"), bob.members().get(0).currency());
        TeamAttainment.Line carl = bob.members().get(1);
        assertTrue(carl.amountsHidden());
        assertEquals(Optional.of(new BigDecimal("120.0")), carl.attainment().orElseThrow().percent());
        assertEquals(0L, carl.attainment().orElseThrow().closedUnits());
        assertEquals(0L, carl.attainment().orElseThrow().quotaUnits());
        assertEquals(0L, carl.attainment().orElseThrow().gapUnits());
        assertEquals(Optional.empty(), carl.currency());
        assertTrue(bob.team().amountsHidden());
        assertEquals(Optional.of(new BigDecimal("80.0")), bob.team().attainment().orElseThrow().percent());
        assertEquals(0L, bob.team().attainment().orElseThrow().quotaUnits());
    }

    @Test
    public void withTheTeamSharedWithAmountsARepSeesEverything() {
        settings.saveAttainmentSharing(new AttainmentSharing(true, false));

        TeamAttainment bob = districtAs("bob");

        assertEquals(TeamAttainment.Shown.ALL, bob.shown());
        assertEquals(120_000_00L, bob.members().get(1).attainment().orElseThrow().closedUnits());
        assertEquals(200_000_00L, bob.team().attainment().orElseThrow().quotaUnits());
    }

    @Test
    public void managersOfTheTeamOrAboveAndAdminsSeeEverythingWhateverTheSharing() {
        settings.saveAttainmentSharing(new AttainmentSharing(true, true));
        for (String manager : List.of("boss", "vp")) {
            TeamAttainment seen = districtAs(manager);
            assertEquals(manager, TeamAttainment.Shown.ALL, seen.shown());
            assertEquals(List.of("bob", "carl"), keys(seen));
            assertEquals(120_000_00L, seen.members().get(1).attainment().orElseThrow().closedUnits());
        }
        actAs("admin", true);
        TeamAttainment admin = service.forTeam(district.id(), Q2, "");
        assertEquals(TeamAttainment.Shown.ALL, admin.shown());
        assertEquals(200_000_00L, admin.team().attainment().orElseThrow().quotaUnits());
    }

    @Test
    public void outsidersAreRefusedEvenWhenTheTeamIsShared() {
        settings.saveAttainmentSharing(new AttainmentSharing(true, false));

        assertEquals("a rep of another team", ServiceException.Reason.FORBIDDEN,
                refused(() -> districtAs("dan")).reason());
        assertEquals("a rep of a team below is no member of the team above", ServiceException.Reason.FORBIDDEN,
                refused(() -> {
                    actAs("bob", false);
                    service.forTeam(district.parentId().orElseThrow(), Q2, "");
                }).reason());
        assertEquals("another team's manager", ServiceException.Reason.FORBIDDEN,
                refused(() -> districtAs("other")).reason());
        assertEquals("a team that does not exist looks the same", ServiceException.Reason.FORBIDDEN,
                refused(() -> {
                    actAs("bob", false);
                    service.forTeam(otherTeam.id() + 100, Q2, "");
                }).reason());
        when(currentUser.caller()).thenReturn(Optional.empty());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED,
                refused(() -> service.forTeam(district.id(), Q2, "")).reason());
    }

    @Test
    public void onlyAdminsReadAndChangeTheSharing() {
        actAs("admin", true);
        assertEquals(AttainmentSharing.DEFAULT, sharing.get());
        assertEquals(new AttainmentSharing(true, false), sharing.set(true, false));
        assertEquals(new AttainmentSharing(true, false), sharing.get());
        ServiceException partial = refused(() -> sharing.set(null, true));
        assertEquals("showTeamToReps", partial.fieldErrors().get(0).field());
        assertEquals("nothing changed", new AttainmentSharing(true, false), sharing.get());

        for (String user : List.of("bob", "boss")) {
            actAs(user, false);
            assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> sharing.get()).reason());
            assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> sharing.set(false, false)).reason());
        }
        when(currentUser.caller()).thenReturn(Optional.empty());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(() -> sharing.get()).reason());
        actAs("admin", true);
        assertEquals(new AttainmentSharing(true, false), sharing.get());
    }
}
