package com.salesteam.jira.service.quota;

import com.salesteam.jira.testing.MemoryDaySumsCache;
import com.salesteam.jira.testing.MemoryTeamTreeCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.ProjectBrowsing;
import com.salesteam.jira.testing.MemoryPeriodSumsCache;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
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
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/** Attainment from quotas and the deal aggregates on a real database. */
public class AttainmentServiceImplTest {

    private final ProjectBrowsing hiddenProjects = org.mockito.Mockito.mock(ProjectBrowsing.class);

    private static final Currency EUR = Currency.getInstance("EUR");
    /** 15 May 2026: 45 of Q2's 91 days have passed. */
    private static final Instant NOW = Instant.parse("2026-05-15T10:00:00Z");

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, QuotaEntity.class, QuotaChangeEntity.class, DealEntity.class,
            DealMonthEntity.class, DealDayEntity.class);

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private QuotaRepository quotas;
    private DealLedger ledger;
    private AttainmentService service;
    private Team district;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        quotas = new QuotaRepository(db.ao());
        ledger = new DealLedger(db.ao());
        UserDirectory users = Mockito.mock(UserDirectory.class);
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), "Name of " + call.getArgument(0))));
        service = new AttainmentServiceImpl(quotas, ledger, new MemoryPeriodSumsCache(ledger), new MemoryTeamTreeCache(teams), new SettingsRepository(db.ao()), users, currentUser,
                Clock.fixed(NOW, ZoneOffset.UTC), new DealAmountAccess(hiddenProjects, ledger), new MemoryDaySumsCache(ledger),
                new KpiRepository(db.ao()), MemoryScorecardCache.empty());
        district = teams.create(new TeamDraft("District", "", Optional.empty(), Optional.of("boss"), List.of("bob", "carl")));
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("boss", "Boss", false)));
    }

    private void deal(long issue, String owner, long euros, DealOutcome outcome, ForecastCategory category) {
        LocalDate day = LocalDate.of(2026, 5, 10);
        ledger.record(new DealFacts(issue, 1, Optional.of(owner), Optional.of(district.id()), Money.ofMinor(euros * 100, EUR),
                "s", outcome, outcome == DealOutcome.WON ? 100 : 40, category, Optional.of(day),
                outcome == DealOutcome.WON ? Optional.of(day) : Optional.empty(), 0, 1), FiscalCalendar.DEFAULT);
    }

    private void quota(QuotaSubject subject, long euros) {
        quotas.put(Quota.ofAmount(subject, "FY2026-Q2", QuotaMetric.REVENUE_WON, Money.ofMinor(euros * 100, EUR)),
                "vp", NOW);
    }

    @Test
    public void theTeamAndEachMemberAgainstTheirQuotasWithinTheBudget() {
        quota(new QuotaSubject.Rep("bob"), 100_000);
        quota(new QuotaSubject.Rep("carl"), 50_000);
        deal(1, "bob", 45_000, DealOutcome.WON, ForecastCategory.CLOSED);
        deal(2, "bob", 110_000, DealOutcome.OPEN, ForecastCategory.PIPELINE);
        deal(3, "carl", 60_000, DealOutcome.WON, ForecastCategory.CLOSED);

        db.statements().reset();
        TeamAttainment attainment = service.forTeam(district.id(), "FY2026-Q2", "revenue-won");

        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        assertEquals("no explicit team quota: the reps' 150 000", 150_000_00L,
                attainment.team().attainment().orElseThrow().quotaUnits());
        assertEquals(Optional.of(new BigDecimal("70.0")), attainment.team().attainment().orElseThrow().percent());
        TeamAttainment.Line bob = attainment.members().get(0);
        assertEquals(Optional.of(new BigDecimal("45.0")), bob.attainment().orElseThrow().percent());
        assertEquals(Optional.of(new BigDecimal("2.00")), bob.attainment().orElseThrow().coverage());
        assertEquals(new BigDecimal("49.5"), bob.attainment().orElseThrow().pacePercent());
        assertEquals(-10_000_00L, attainment.members().get(1).attainment().orElseThrow().gapUnits());
        assertEquals(Optional.of("EUR"), attainment.team().currency());
    }

    @Test
    public void nobodyGetsAttainmentSummedOverDealsOfAProjectTheyCannotBrowse() {
        quota(new QuotaSubject.Rep("bob"), 100_000);
        deal(1, "bob", 45_000, DealOutcome.WON, ForecastCategory.CLOSED);
        when(hiddenProjects.projectsHiddenFrom(org.mockito.ArgumentMatchers.anyString())).thenReturn(Set.of(1L));

        ServiceException team = refused(() -> service.forTeam(district.id(), "FY2026-Q2", "revenue-won"));
        ServiceException rep = refused(() -> service.forRep("bob", "FY2026-Q2", "revenue-won"));

        assertEquals(ServiceException.Reason.FORBIDDEN, team.reason());
        assertEquals("salesteam.error.deals.unbrowsable", team.messageKey());
        assertEquals(ServiceException.Reason.FORBIDDEN, rep.reason());
    }

    @Test
    public void anExplicitTeamQuotaWinsAndDealsWonCountAcrossCurrencies() {
        quota(new QuotaSubject.TeamQuota(district.id()), 200_000);
        quotas.put(Quota.ofCount(new QuotaSubject.Rep("bob"), "FY2026-Q2", QuotaMetric.DEALS_WON, 4), "vp", NOW);
        deal(1, "bob", 45_000, DealOutcome.WON, ForecastCategory.CLOSED);

        assertEquals(200_000_00L, service.forTeam(district.id(), "FY2026-Q2", "").team().attainment().orElseThrow().quotaUnits());
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("bob", "Bob", false)));
        assertEquals(Optional.of(new BigDecimal("25.0")),
                service.forRep("bob", "FY2026-Q2", "deals-won").attainment().orElseThrow().percent());
        assertEquals(Optional.empty(), service.forRep("bob", "FY2026-Q2", "revenue-won").attainment());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.forRep("carl", "FY2026-Q2", "")).reason());
        assertEquals("a member rep gets their own row only (AttainmentVisibilityTest has the rest)", List.of("bob"),
                service.forTeam(district.id(), "", "").members().stream().map(TeamAttainment.Line::subjectKey).toList());
        assertEquals("metric", refused(() -> service.forRep("bob", "", "new-deals")).fieldErrors().get(0).field());
    }

    private void created(long issue, String owner, long euros, LocalDate createdOn, LocalDate wonOn) {
        ledger.record(new DealFacts(issue, 1, Optional.of(owner), Optional.of(district.id()), Money.ofMinor(euros * 100, EUR),
                "s", DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(wonOn), Optional.of(wonOn), 0, 1,
                Optional.of(createdOn)), FiscalCalendar.DEFAULT);
    }

    @Test
    public void newPipelineIsMeasuredByCreationDayPerRepAndTeamWithinTheBudget() {
        quotas.put(Quota.ofAmount(new QuotaSubject.Rep("bob"), "FY2026-Q2", QuotaMetric.NEW_PIPELINE,
                Money.ofMinor(100_000_00, EUR)), "vp", NOW);
        quotas.put(Quota.ofAmount(new QuotaSubject.Rep("carl"), "FY2026-Q2", QuotaMetric.NEW_PIPELINE,
                Money.ofMinor(100_000_00, EUR)), "vp", NOW);
        created(1, "bob", 30_000, LocalDate.of(2026, 4, 2), LocalDate.of(2026, 7, 20));
        created(2, "carl", 50_000, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 5, 2));
        created(3, "carl", 10_000, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 30));

        db.statements().reset();
        TeamAttainment team = service.forTeam(district.id(), "FY2026-Q2", "new-pipeline");
        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        assertEquals("created in Q2: 30k + 10k of 200k", Optional.of(new BigDecimal("20.0")),
                team.team().attainment().orElseThrow().percent());
        assertEquals(Optional.of(new BigDecimal("30.0")), team.members().get(0).attainment().orElseThrow().percent());
        assertEquals("carl's first deal was created in March", Optional.of(new BigDecimal("10.0")),
                team.members().get(1).attainment().orElseThrow().percent());
        assertEquals(Optional.empty(), team.members().get(0).attainment().orElseThrow().coverage());

        db.statements().reset();
        assertEquals(Optional.of(new BigDecimal("10.0")),
                service.forRep("carl", "FY2026-Q2", "new-pipeline").attainment().orElseThrow().percent());
        assertTrue("one rep: " + db.statements().count(), db.statements().count() <= 5);
    }

    @Test
    public void aWeeksQuotaIsMeasuredFromTheDaySums() {
        // week 19 of 2026: 4 to 10 May
        quotas.put(Quota.ofAmount(new QuotaSubject.Rep("bob"), "2026-W19", QuotaMetric.REVENUE_WON,
                Money.ofMinor(10_000_00, EUR)), "vp", NOW);
        quotas.put(Quota.ofCount(new QuotaSubject.Rep("carl"), "2026-W19", QuotaMetric.DEALS_WON, 4), "vp", NOW);
        created(1, "bob", 5_000, LocalDate.of(2026, 4, 2), LocalDate.of(2026, 5, 4));
        created(2, "bob", 5_000, LocalDate.of(2026, 4, 2), LocalDate.of(2026, 5, 11));
        created(3, "carl", 1_000, LocalDate.of(2026, 4, 2), LocalDate.of(2026, 5, 10));

        db.statements().reset();
        TeamAttainment week = service.forTeam(district.id(), "2026-W19", "revenue-won");
        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        assertEquals(Optional.of(new BigDecimal("50.0")), week.members().get(0).attainment().orElseThrow().percent());
        assertEquals(Optional.of(new BigDecimal("25.0")),
                service.forTeam(district.id(), "2026-W19", "deals-won").members().get(1).attainment().orElseThrow().percent());
        assertEquals(Optional.of(new BigDecimal("50.0")),
                service.forRep("bob", "2026-W19", "revenue-won").attainment().orElseThrow().percent());
    }
}
