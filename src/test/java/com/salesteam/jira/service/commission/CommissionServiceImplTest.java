package com.salesteam.jira.service.commission;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.commission.Statement;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.commission.StatementLine;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.service.BrowsableDealKeys;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ProjectBrowsing;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.CommAssignEntity;
import com.salesteam.jira.store.CommCloseEntity;
import com.salesteam.jira.store.CommLineEntity;
import com.salesteam.jira.store.CommPlanEntity;
import com.salesteam.jira.store.CommTierEntity;
import com.salesteam.jira.store.CommissionRepository;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.QuotaChangeEntity;
import com.salesteam.jira.store.QuotaEntity;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.InJvmLock;
import com.salesteam.jira.testing.MemoryCommissionCache;
import com.salesteam.jira.testing.MutableClock;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.mockito.Mockito;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/** Plans, assignments and statements on a real database, as each role. */
@RunWith(Parameterized.class)
public class CommissionServiceImplTest {

    private static final Currency USD = Currency.getInstance("USD");
    /** In the third quarter: the first two have ended and may be closed. */
    private static final Instant NOW = Instant.parse("2026-07-15T10:00:00Z");

    @Parameterized.Parameters(name = "{0}")
    public static java.util.Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    public CommissionServiceImplTest(TestDatabase database) {
        db = new ActiveObjectsRule(database, TeamEntity.class, TeamMemberEntity.class, AppSettingEntity.class,
                QuotaEntity.class, QuotaChangeEntity.class, DealEntity.class, DealMonthEntity.class, DealDayEntity.class, CommPlanEntity.class,
                CommTierEntity.class, CommAssignEntity.class, CommCloseEntity.class, CommLineEntity.class);
    }

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private final ProjectBrowsing hiddenProjects = Mockito.mock(ProjectBrowsing.class);
    private final BrowsableDealKeys dealKeys = Mockito.mock(BrowsableDealKeys.class);
    private final MutableClock clock = new MutableClock(NOW);
    private DealLedger ledger;
    private QuotaRepository quotas;
    private CommissionService service;
    private Team sales;
    private Team east;
    private UserDirectory users;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        ledger = new DealLedger(db.ao());
        quotas = new QuotaRepository(db.ao());
        users = Mockito.mock(UserDirectory.class);
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), "Name of " + call.getArgument(0))));
        CommissionRepository repository = new CommissionRepository(db.ao());
        service = new CommissionServiceImpl(repository, ledger, quotas, teams, new SettingsRepository(db.ao()), users,
                currentUser, new MemoryCommissionCache(new CommissionLoader(repository)), new InJvmLock(),
                clock, new DealAmountAccess(hiddenProjects, ledger), dealKeys);
        sales = teams.create(new TeamDraft("Sales", "", Optional.empty(), Optional.of("vp"), List.of()));
        east = teams.create(new TeamDraft("East", "", Optional.of(sales.id()), Optional.of("boss"), List.of("bob", "carl")));
        teams.create(new TeamDraft("West", "", Optional.of(sales.id()), Optional.of("wendy"), List.of("walt")));
    }

    private void as(String userKey, boolean admin) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(userKey, userKey, admin)));
    }

    private void deal(long issue, String owner, long dollars, DealOutcome outcome, LocalDate closed, long version) {
        deal(issue, owner, dollars, outcome, closed, version, 1);
    }

    private void deal(long issue, String owner, long dollars, DealOutcome outcome, LocalDate closed, long version,
                      long project) {
        ledger.record(new DealFacts(issue, project, Optional.of(owner), Optional.of(east.id()), Money.ofMinor(dollars * 100, USD),
                "s", outcome, outcome == DealOutcome.WON ? 100 : 40, ForecastCategory.PIPELINE, Optional.of(closed),
                outcome == DealOutcome.OPEN ? Optional.empty() : Optional.of(closed), 0, version), FiscalCalendar.DEFAULT);
    }

    /** East's plan for the first two quarters; bob's deal 1, won in February, paid when the first quarter closed. */
    private void bobPaidForDealOneInAClosedFirstQuarter() {
        as("admin", true);
        long plan = service.create(marginal()).id();
        service.assign(plan, "team", Long.toString(east.id()), "FY2026-Q1");
        service.assign(plan, "team", Long.toString(east.id()), "FY2026-Q2");
        deal(1, "bob", 10_000, DealOutcome.WON, LocalDate.of(2026, 2, 10), Instant.parse("2026-02-10T00:00:00Z").toEpochMilli());
        service.close("FY2026-Q1");
    }

    private static PlanDraft marginal() {
        return new PlanDraft("AE plan", "USD", "marginal-tiers", List.of(new PlanDraft.TierDraft("0", "150000", "4"),
                new PlanDraft.TierDraft("150000", "250000", "6")), "", "", List.of(), "", "");
    }

    @Test
    public void theTeamsPlanGivesBobTheProductExampleWithinTheBudget() {
        as("admin", true);
        long plan = service.create(marginal()).id();
        service.assign(plan, "team", Long.toString(sales.id()), "FY2026-Q2");
        deal(1, "bob", 145_000, DealOutcome.WON, LocalDate.of(2026, 4, 10), 1);
        deal(2, "bob", 20_000, DealOutcome.WON, LocalDate.of(2026, 5, 2), 2);
        deal(3, "bob", 99_000, DealOutcome.WON, LocalDate.of(2026, 7, 2), 3);
        as("bob", false);
        service.statement("bob", "FY2026-Q2");

        db.statements().reset();
        RepStatement statement = service.statement("bob", "FY2026-Q2");

        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        List<StatementLine> lines = statement.statement().orElseThrow().lines();
        assertEquals(2, lines.size());
        assertEquals(new BigDecimal("1100.00"), lines.get(1).commission().amount());
        assertEquals(new BigDecimal("6900.00"), statement.statement().orElseThrow().net().amount());
    }

    @Test
    public void aRepsOwnAssignmentWinsOverTheTeams() {
        as("admin", true);
        long teamPlan = service.create(marginal()).id();
        long own = service.create(new PlanDraft("Flat", "USD", "retroactive-tiers",
                List.of(new PlanDraft.TierDraft("0", "", "10")), "", "", List.of(), "", "")).id();
        service.assign(teamPlan, "team", Long.toString(east.id()), "FY2026-Q2");
        service.assign(own, "rep", "bob", "FY2026-Q2");
        deal(1, "bob", 1_000, DealOutcome.WON, LocalDate.of(2026, 4, 10), 1);
        assertEquals("Flat", service.statement("bob", "FY2026-Q2").statement().orElseThrow().plan().name());
        assertEquals("AE plan", service.statement("carl", "FY2026-Q2").statement().orElseThrow().plan().name());
        assertEquals(Optional.empty(), service.statement("walt", "FY2026-Q2").statement());
    }

    @Test
    public void whoMaySeeAStatement() {
        as("admin", true);
        service.assign(service.create(marginal()).id(), "team", Long.toString(sales.id()), "FY2026-Q2");
        deal(1, "bob", 1_000, DealOutcome.WON, LocalDate.of(2026, 4, 10), 1);
        for (String allowed : List.of("bob", "boss", "vp")) {
            as(allowed, false);
            assertEquals(allowed, new BigDecimal("40.00"),
                    service.statement("bob", "FY2026-Q2").statement().orElseThrow().net().amount());
        }
        for (String refused : List.of("carl", "wendy", "walt")) {
            as(refused, false);
            assertEquals(refused, ServiceException.Reason.FORBIDDEN,
                    refused(() -> service.statement("bob", "FY2026-Q2")).reason());
        }
        when(currentUser.caller()).thenReturn(Optional.empty());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(() -> service.statement("bob", "")).reason());
        as("boss", false);
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.create(marginal())).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.close("FY2026-Q2")).reason());
    }

    @Test
    public void badPlansAreRefusedFieldByFieldAndNothingIsSaved() {
        as("admin", true);
        ServiceException error = refused(() -> service.create(new PlanDraft("x", "USD", "marginal-tiers",
                List.of(new PlanDraft.TierDraft("0", "150000", "4"), new PlanDraft.TierDraft("100000", "", "150")),
                "", "", List.of(), "", "")));
        assertEquals(List.of("tiers[1].from", "tiers[1].rate"), error.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(List.of("kind", "currency"), refused(() -> service.create(new PlanDraft("x", "XYZ", "bogus",
                List.of(), "", "", List.of(), "", ""))).fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(List.of("cap"), refused(() -> service.create(new PlanDraft("b", "USD", "pay-curve", List.of(),
                "10000", "50", List.of(new PlanDraft.PointDraft("50", "20"), new PlanDraft.PointDraft("100", "100")),
                "2", "40"))).fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(List.of("planId", "subjectKey", "period"), refused(() -> service.assign(99, "team", "abc", "FY2026-Q9"))
                .fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(List.of(), service.plans());
    }

    @Test
    public void aRepIsAssignedByUsernameAndStoredByUserKey() {
        // Jira's user keys (JIRAUSER10100) are not what admins type on the plans page
        when(users.byKey("bob.smith")).thenReturn(Optional.empty());
        when(users.byUsername("bob.smith")).thenReturn(Optional.of(new Person("JIRAUSER10100", "bob.smith", "Bob Smith")));
        as("admin", true);
        long plan = service.create(marginal()).id();

        assertEquals("JIRAUSER10100", service.assign(plan, "rep", "bob.smith", "FY2026-Q2").subjectKey());
        when(users.byKey("nobody")).thenReturn(Optional.empty());
        assertEquals(List.of("subjectKey"), refused(() -> service.assign(plan, "rep", "nobody", "FY2026-Q2"))
                .fieldErrors().stream().map(FieldError::field).toList());
    }

    @Test
    public void aPayCurveReadsTheQuota() {
        as("admin", true);
        long plan = service.create(new PlanDraft("Bonus", "USD", "pay-curve", List.of(), "10000", "50",
                List.of(new PlanDraft.PointDraft("50", "25"), new PlanDraft.PointDraft("100", "100")), "2", "150")).id();
        service.assign(plan, "rep", "bob", "FY2026-Q2");
        quotas.put(Quota.ofAmount(new QuotaSubject.Rep("bob"), "FY2026-Q2", QuotaMetric.REVENUE_WON,
                Money.ofMinor(100_000_00, USD)), "vp", NOW);
        deal(1, "bob", 120_000, DealOutcome.WON, LocalDate.of(2026, 4, 10), 1);
        service.statement("bob", "FY2026-Q2");
        db.statements().reset();
        RepStatement statement = service.statement("bob", "FY2026-Q2");
        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        assertEquals(new BigDecimal("14000.00"), statement.statement().orElseThrow().net().amount());
    }

    @Test
    public void aDealPaidInAClosedPeriodAndThenLostIsClawedBackPointingAtItsPeriod() {
        as("admin", true);
        long plan = service.create(marginal()).id();
        service.assign(plan, "team", Long.toString(east.id()), "FY2026-Q1");
        service.assign(plan, "team", Long.toString(east.id()), "FY2026-Q2");
        service.assign(plan, "team", Long.toString(east.id()), "FY2026-Q3");
        deal(1, "bob", 10_000, DealOutcome.WON, LocalDate.of(2026, 2, 10), Instant.parse("2026-02-10T00:00:00Z").toEpochMilli());
        assertEquals(2, service.close("FY2026-Q1"));
        assertEquals(List.of("period"), refused(() -> service.close("FY2026-Q1")).fieldErrors().stream()
                .map(FieldError::field).toList());
        deal(1, "bob", 10_000, DealOutcome.LOST, LocalDate.of(2026, 4, 20), Instant.parse("2026-04-20T00:00:00Z").toEpochMilli());
        deal(2, "bob", 5_000, DealOutcome.WON, LocalDate.of(2026, 4, 21), Instant.parse("2026-04-21T00:00:00Z").toEpochMilli());

        RepStatement q2 = service.statement("bob", "FY2026-Q2");
        StatementLine clawback = q2.statement().orElseThrow().lines().get(1);
        assertEquals(StatementLine.Kind.CLAWBACK, clawback.kind());
        assertEquals(1, clawback.dealId());
        assertEquals(Optional.of("FY2026-Q1"), clawback.paidPeriod());
        assertEquals(new BigDecimal("-400.00"), clawback.commission().amount());
        assertEquals(new BigDecimal("-200.00"), q2.statement().orElseThrow().net().amount());

        RepStatement q1 = service.statement("bob", "FY2026-Q1");
        assertTrue(q1.closed());
        assertEquals("the closed period keeps what it paid", new BigDecimal("400.00"),
                q1.statement().orElseThrow().net().amount());

        service.close("FY2026-Q2");
        assertEquals(new BigDecimal("-200.00"), service.statement("bob", "FY2026-Q2").statement().orElseThrow().net().amount());
        List<StatementLine> q3 = service.statement("bob", "FY2026-Q3").statement().orElseThrow().lines();
        assertTrue("clawed back once only: " + q3, q3.stream().noneMatch(line -> line.kind() == StatementLine.Kind.CLAWBACK));
    }

    @Test
    public void twoClosesOfOnePeriodAtOnceFreezeItOnce() throws Exception {
        as("admin", true);
        long plan = service.create(marginal()).id();
        service.assign(plan, "team", Long.toString(east.id()), "FY2026-Q1");
        deal(1, "bob", 10_000, DealOutcome.WON, LocalDate.of(2026, 2, 10), 1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> closes = pool.invokeAll(List.of(
                    () -> service.close("FY2026-Q1"), () -> service.close("FY2026-Q1")));
            int closed = 0;
            int refusedAsClosed = 0;
            for (java.util.concurrent.Future<Integer> close : closes) {
                try {
                    close.get();
                    closed++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertEquals(ServiceException.Reason.INVALID, ((ServiceException) e.getCause()).reason());
                    refusedAsClosed++;
                }
            }
            assertEquals(1, closed);
            assertEquals(1, refusedAsClosed);
        } finally {
            pool.shutdown();
        }
        assertEquals("one frozen line, not two", 1, service.statement("bob", "FY2026-Q1").statement().orElseThrow()
                .lines().size());
    }

    @Test
    public void aPaidDealLostAndHandedToSomeoneElseIsStillClawedBackFromThePayee() {
        bobPaidForDealOneInAClosedFirstQuarter();
        deal(1, "carl", 10_000, DealOutcome.LOST, LocalDate.of(2026, 4, 20), Instant.parse("2026-04-20T00:00:00Z").toEpochMilli());

        List<StatementLine> bobs = service.statement("bob", "FY2026-Q2").statement().orElseThrow().lines();

        assertEquals(List.of(StatementLine.Kind.CLAWBACK), bobs.stream().map(StatementLine::kind).toList());
        assertEquals(1, bobs.get(0).dealId());
    }

    @Test
    public void aPaidDealReopenedAndWonAgainBySomeoneElseIsClawedBackFromThePayeeAndCreditedToTheNewOwner() {
        bobPaidForDealOneInAClosedFirstQuarter();
        deal(1, "carl", 10_000, DealOutcome.WON, LocalDate.of(2026, 4, 20), Instant.parse("2026-04-20T00:00:00Z").toEpochMilli());

        List<StatementLine> bobs = service.statement("bob", "FY2026-Q2").statement().orElseThrow().lines();
        List<StatementLine> carls = service.statement("carl", "FY2026-Q2").statement().orElseThrow().lines();

        assertEquals(List.of(StatementLine.Kind.CLAWBACK), bobs.stream().map(StatementLine::kind).toList());
        assertEquals(new BigDecimal("-400.00"), bobs.get(0).commission().amount());
        assertEquals(List.of(StatementLine.Kind.CREDIT), carls.stream().map(StatementLine::kind).toList());
        assertEquals(new BigDecimal("400.00"), carls.get(0).commission().amount());
    }

    @Test
    public void closingFreezesWhatEachRepsLiveStatementShowed() {
        bobPaidForDealOneInAClosedFirstQuarter();
        deal(1, "carl", 10_000, DealOutcome.LOST, LocalDate.of(2026, 4, 20), Instant.parse("2026-04-20T00:00:00Z").toEpochMilli());
        deal(2, "bob", 160_000, DealOutcome.WON, LocalDate.of(2026, 5, 2), Instant.parse("2026-05-02T00:00:00Z").toEpochMilli());
        deal(3, "carl", 7_000, DealOutcome.WON, LocalDate.of(2026, 6, 2), Instant.parse("2026-06-02T00:00:00Z").toEpochMilli());
        Statement bobLive = service.statement("bob", "FY2026-Q2").statement().orElseThrow();
        Statement carlLive = service.statement("carl", "FY2026-Q2").statement().orElseThrow();

        assertEquals(2, service.close("FY2026-Q2"));

        Statement bobFrozen = service.statement("bob", "FY2026-Q2").statement().orElseThrow();
        Statement carlFrozen = service.statement("carl", "FY2026-Q2").statement().orElseThrow();
        assertEquals(bobLive.lines(), bobFrozen.lines());
        assertEquals(bobLive.net(), bobFrozen.net());
        assertEquals(carlLive.lines(), carlFrozen.lines());
        assertEquals(carlLive.net(), carlFrozen.net());
    }

    @Test
    public void closingReadsAsManyStatementsForSixtyRepsAsForTwo() {
        as("admin", true);
        long plan = service.create(marginal()).id();
        service.assign(plan, "team", Long.toString(east.id()), "FY2026-Q1");
        deal(1, "bob", 10_000, DealOutcome.WON, LocalDate.of(2026, 2, 10), 1);
        db.statements().reset();
        service.close("FY2026-Q1");
        int forTwo = db.statements().count();

        TeamRepository teams = new TeamRepository(db.ao());
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add("rep" + i);
            deal(100 + i, "rep" + i, 1_000 + i, DealOutcome.WON, LocalDate.of(2026, 4, 10), 100 + i);
        }
        Team big = teams.create(new TeamDraft("Big", "", Optional.empty(), Optional.of("vp"), many));
        service.assign(plan, "team", Long.toString(big.id()), "FY2026-Q2");
        db.statements().reset();

        assertEquals(60, service.close("FY2026-Q2"));

        assertEquals("statements independent of the number of reps", forTwo, db.statements().count());
        assertEquals(new BigDecimal("42.36"), service.statement("rep59", "FY2026-Q2").statement().orElseThrow()
                .net().amount());
    }

    @Test
    public void thePayeeReadsTheirStatementWhateverProjectsTheyMayNotBrowse() {
        as("admin", true);
        long plan = service.create(marginal()).id();
        service.assign(plan, "team", Long.toString(east.id()), "FY2026-Q2");
        deal(1, "carl", 8_000, DealOutcome.WON, LocalDate.of(2026, 4, 9), 1, 1);
        deal(2, "bob", 10_000, DealOutcome.WON, LocalDate.of(2026, 4, 10), 2, 2);
        // regional projects: bob may not browse carl's project 1
        when(hiddenProjects.projectsHiddenFrom("bob")).thenReturn(Set.of(1L));
        when(dealKeys.keysFor(Mockito.eq("bob"), Mockito.any())).thenReturn(java.util.Map.of(2L, "EMEA-2"));
        as("bob", false);

        RepStatement own = service.statement("bob", "FY2026-Q2");

        assertEquals(List.of(2L), dealIds(own));
        assertEquals(Optional.of("EMEA-2"), own.dealKey(2));
        assertEquals(new BigDecimal("400.00"), own.statement().orElseThrow().net().amount());
    }

    @Test
    public void anotherViewerIsCheckedOnTheStatementsOwnDealsNotTheWholeLedger() {
        as("admin", true);
        long plan = service.create(marginal()).id();
        service.assign(plan, "team", Long.toString(east.id()), "FY2026-Q2");
        deal(1, "carl", 8_000, DealOutcome.WON, LocalDate.of(2026, 4, 9), 1, 1);
        deal(2, "bob", 10_000, DealOutcome.WON, LocalDate.of(2026, 4, 10), 2, 2);
        as("boss", false);

        // boss may not browse carl's project: bob's statement is still his to read
        when(hiddenProjects.projectsHiddenFrom("boss")).thenReturn(Set.of(1L));
        when(dealKeys.keysFor(Mockito.eq("boss"), Mockito.any())).thenReturn(java.util.Map.of(2L, "EMEA-2"));
        assertEquals(new BigDecimal("400.00"), service.statement("bob", "FY2026-Q2").statement().orElseThrow()
                .net().amount());

        // boss may not browse bob's project 2: refused, saying why
        when(hiddenProjects.projectsHiddenFrom("boss")).thenReturn(Set.of(2L));
        when(dealKeys.keysFor(Mockito.eq("boss"), Mockito.any())).thenReturn(java.util.Map.of(1L, "APAC-1"));
        ServiceException refusal = refused(() -> service.statement("bob", "FY2026-Q2"));
        assertEquals(ServiceException.Reason.FORBIDDEN, refusal.reason());
        assertEquals("salesteam.error.deals.listed.unbrowsable", refusal.messageKey());
        assertEquals("carl's statement has nothing of project 2", new BigDecimal("320.00"),
                service.statement("carl", "FY2026-Q2").statement().orElseThrow().net().amount());
    }

    @Test
    public void anAssignmentWhosePeriodOverlapsAnotherReachingTheSameRepIsRefusedNamingPeriod() {
        as("admin", true);
        long plan = service.create(marginal()).id();
        long monthly = service.create(new PlanDraft("Monthly", "USD", "retroactive-tiers",
                List.of(new PlanDraft.TierDraft("0", "", "10")), "", "", List.of(), "", "")).id();
        service.assign(plan, "team", Long.toString(east.id()), "FY2026-Q2");

        // bob is in East: May is inside the second quarter, and the year holds it
        for (String[] overlapping : List.of(new String[]{"rep", "bob", "FY2026-M05"},
                new String[]{"team", Long.toString(sales.id()), "FY2026"}, new String[]{"rep", "carl", "2026-W20"})) {
            ServiceException refusal = refused(() -> service.assign(monthly, overlapping[0], overlapping[1], overlapping[2]));
            assertEquals(List.of("period"), refusal.fieldErrors().stream().map(FieldError::field).toList());
            assertEquals("salesteam.error.commission.period.overlap", refusal.fieldErrors().get(0).messageKey());
            assertEquals(List.of(overlapping[2], "FY2026-Q2", "AE plan", "East"), refusal.fieldErrors().get(0).arguments());
        }
        assertEquals("nothing saved", List.of(), service.assignments("FY2026-M05"));

        // someone East does not reach, another quarter, and a rep's own plan for the same quarter are fine
        service.assign(monthly, "rep", "walt", "FY2026-M05");
        service.assign(monthly, "rep", "bob", "FY2026-Q3");
        service.assign(monthly, "rep", "bob", "FY2026-Q2");
        assertEquals("Monthly", service.statement("bob", "FY2026-Q2").statement().orElseThrow().plan().name());
    }

    @Test
    public void aRepWhoJoinsATeamAfterwardsHasADealInOneStatementOnly() {
        as("admin", true);
        long monthly = service.create(new PlanDraft("Monthly", "USD", "retroactive-tiers",
                List.of(new PlanDraft.TierDraft("0", "", "10")), "", "", List.of(), "", "")).id();
        long quarterly = service.create(marginal()).id();
        service.assign(monthly, "rep", "bob", "FY2026-M05");
        Team west = new TeamRepository(db.ao()).findAll().stream().filter(t -> t.name().equals("West")).findFirst().orElseThrow();
        service.assign(quarterly, "team", Long.toString(west.id()), "FY2026-Q2");
        new TeamRepository(db.ao()).update(west.id(), new TeamDraft("West", "", Optional.of(sales.id()),
                Optional.of("wendy"), List.of("walt", "bob")));
        deal(1, "bob", 1_000, DealOutcome.WON, LocalDate.of(2026, 5, 10), 1);
        deal(2, "walt", 2_000, DealOutcome.WON, LocalDate.of(2026, 5, 11), 2);

        List<Long> inMay = dealIds(service.statement("bob", "FY2026-M05"));
        List<Long> inQuarter = dealIds(service.statement("bob", "FY2026-Q2"));

        assertEquals(List.of(1L), inMay);
        assertEquals("the assignment made first keeps bob", List.of(), inQuarter);
        assertEquals(List.of(2L), dealIds(service.statement("walt", "FY2026-Q2")));
        service.close("FY2026-Q2");
        assertEquals(List.of(), dealIds(service.statement("bob", "FY2026-Q2")));
        assertEquals(List.of(1L), dealIds(service.statement("bob", "FY2026-M05")));
    }

    @Test
    public void aDealPaidInAClosedPeriodIsNotCreditedAgainInAnOverlappingOne() {
        as("admin", true);
        long monthly = service.create(new PlanDraft("Monthly", "USD", "retroactive-tiers",
                List.of(new PlanDraft.TierDraft("0", "", "10")), "", "", List.of(), "", "")).id();
        long quarterly = service.create(marginal()).id();
        Team west = new TeamRepository(db.ao()).findAll().stream().filter(t -> t.name().equals("West")).findFirst().orElseThrow();
        service.assign(quarterly, "team", Long.toString(west.id()), "FY2026-Q2");
        service.assign(monthly, "rep", "bob", "FY2026-M05");
        deal(1, "bob", 1_000, DealOutcome.WON, LocalDate.of(2026, 5, 10), 1);
        deal(2, "bob", 3_000, DealOutcome.WON, LocalDate.of(2026, 6, 10), 2);
        service.close("FY2026-M05");
        // bob joins West after May was paid: West's quarter was made first, but May's deal was paid already
        new TeamRepository(db.ao()).update(west.id(), new TeamDraft("West", "", Optional.of(sales.id()),
                Optional.of("wendy"), List.of("walt", "bob")));

        assertEquals(List.of(2L), dealIds(service.statement("bob", "FY2026-Q2")));
        assertEquals(List.of(1L), dealIds(service.statement("bob", "FY2026-M05")));
    }

    @Test
    public void aClosedStatementKeepsThePlansNameKindAndCurrencyWhenThePlanIsEditedLater() {
        bobPaidForDealOneInAClosedFirstQuarter();
        long plan = service.plans().get(0).id();

        // a typo fixed for the periods to come, and a new currency and kind from the next quarter on
        service.update(plan, new PlanDraft("AE plan 2026", "EUR", "retroactive-tiers",
                List.of(new PlanDraft.TierDraft("0", "", "5")), "", "", List.of(), "", ""));

        Statement q1 = service.statement("bob", "FY2026-Q1").statement().orElseThrow();
        assertEquals(new com.salesteam.jira.model.commission.PlanHeading("AE plan",
                com.salesteam.jira.model.commission.PlanKind.MARGINAL_TIERS, USD), q1.plan());
        assertEquals(USD, q1.net().currency());
        assertEquals(new BigDecimal("400.00"), q1.net().amount());
        Statement q2 = service.statement("bob", "FY2026-Q2").statement().orElseThrow();
        assertEquals("AE plan 2026", q2.plan().name());
        assertEquals(Currency.getInstance("EUR"), q2.plan().currency());
    }

    @Test
    public void aStatementClosedBeforeHeadingsWereStoredKeepsTheCurrencyItsAmountsWereFrozenIn() {
        bobPaidForDealOneInAClosedFirstQuarter();
        long plan = service.plans().get(0).id();
        // as a period closed by an older version left it: the summary has no plan name or kind
        for (CommLineEntity row : db.ao().find(CommLineEntity.class)) {
            row.setPlanName(null);
            row.setPlanKind(null);
            row.save();
        }
        service.update(plan, new PlanDraft("AE plan 2026", "EUR", "retroactive-tiers",
                List.of(new PlanDraft.TierDraft("0", "", "5")), "", "", List.of(), "", ""));

        Statement q1 = service.statement("bob", "FY2026-Q1").statement().orElseThrow();
        assertEquals("the amounts were frozen in dollars, whatever the plan pays in now", USD, q1.plan().currency());
        assertEquals(USD, q1.net().currency());
        assertEquals(new BigDecimal("400.00"), q1.net().amount());
        assertEquals("no stored name: the plan's current one", "AE plan 2026", q1.plan().name());
    }

    private static List<Long> dealIds(RepStatement statement) {
        return statement.statement().map(s -> s.lines().stream().map(StatementLine::dealId).toList()).orElse(List.of());
    }

    @Test
    public void aStatementNamesItsDealsByTheKeysTheViewerMayBrowseAskedOnceForAllOfThem() {
        bobPaidForDealOneInAClosedFirstQuarter();
        deal(1, "bob", 10_000, DealOutcome.LOST, LocalDate.of(2026, 4, 20), Instant.parse("2026-04-20T00:00:00Z").toEpochMilli());
        deal(2, "bob", 5_000, DealOutcome.WON, LocalDate.of(2026, 4, 21), Instant.parse("2026-04-21T00:00:00Z").toEpochMilli());
        deal(3, "bob", 6_000, DealOutcome.WON, LocalDate.of(2026, 4, 22), Instant.parse("2026-04-22T00:00:00Z").toEpochMilli());
        as("boss", false);
        when(dealKeys.keysFor(Mockito.eq("boss"), Mockito.any())).thenReturn(java.util.Map.of(1L, "SALES-1", 3L, "SALES-3"));

        RepStatement q2 = service.statement("bob", "FY2026-Q2");

        Mockito.verify(dealKeys).keysFor("boss", Set.of(2L, 3L, 1L));
        Mockito.verifyNoMoreInteractions(dealKeys);
        assertEquals(Optional.of("SALES-1"), q2.dealKey(1));
        assertEquals("deal 2 is in no project boss may browse", Optional.empty(), q2.dealKey(2));
        assertEquals(Optional.of("SALES-3"), q2.dealKey(3));
    }

    @Test
    public void aPeriodStillRunningCannotBeClosedUntilItHasEnded() {
        as("admin", true);
        long plan = service.create(marginal()).id();
        service.assign(plan, "team", Long.toString(east.id()), "FY2026-Q3");
        deal(1, "bob", 10_000, DealOutcome.WON, LocalDate.of(2026, 7, 10), 1);

        ServiceException refusal = refused(() -> service.close("FY2026-Q3"));

        assertEquals(List.of("period"), refusal.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("salesteam.error.commission.period.running", refusal.fieldErrors().get(0).messageKey());
        assertEquals("nothing closed", 0, db.ao().count(CommCloseEntity.class));
        assertEquals("nothing frozen", 0, db.ao().count(CommLineEntity.class));
        // a deal won later in the quarter is still credited, because the quarter is still open
        deal(2, "bob", 5_000, DealOutcome.WON, LocalDate.of(2026, 9, 29), 2);
        assertEquals(List.of(1L, 2L), dealIds(service.statement("bob", "FY2026-Q3")));

        clock.advance(java.time.Duration.ofDays(78)); // 1 October: the quarter has ended
        assertEquals(2, service.close("FY2026-Q3"));
        assertEquals(1, db.ao().count(CommCloseEntity.class));
        assertEquals(List.of(1L, 2L), dealIds(service.statement("bob", "FY2026-Q3")));
    }

    /** bob's deal 1, won in February under a dollar plan, paid when the first quarter closed; lost in May. */
    private long bobPaidInTheFirstQuarterOnlyThenTheDealIsLost() {
        as("admin", true);
        long plan = service.create(marginal()).id();
        service.assign(plan, "rep", "bob", "FY2026-Q1");
        deal(1, "bob", 10_000, DealOutcome.WON, LocalDate.of(2026, 2, 10), Instant.parse("2026-02-10T00:00:00Z").toEpochMilli());
        service.close("FY2026-Q1");
        deal(1, "bob", 10_000, DealOutcome.LOST, LocalDate.of(2026, 5, 20), Instant.parse("2026-05-20T00:00:00Z").toEpochMilli());
        return plan;
    }

    @Test
    public void aRepWithNoPlanInThePeriodStillGivesBackADealPaidEarlierAndClosingFreezesIt() {
        bobPaidInTheFirstQuarterOnlyThenTheDealIsLost();
        as("boss", false);
        service.statement("bob", "FY2026-Q2");
        db.statements().reset();

        RepStatement live = service.statement("bob", "FY2026-Q2");

        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        as("admin", true);
        assertEquals("no plan in the second quarter", Optional.empty(), live.statement());
        assertEquals(1, live.clawbacks().size());
        Statement clawbacks = live.clawbacks().get(0);
        assertEquals(USD, clawbacks.plan().currency());
        assertEquals("named by the plan that paid it", "AE plan", clawbacks.plan().name());
        assertEquals(List.of(StatementLine.Kind.CLAWBACK), clawbacks.lines().stream().map(StatementLine::kind).toList());
        assertEquals(Optional.of("FY2026-Q1"), clawbacks.lines().get(0).paidPeriod());
        assertEquals(new BigDecimal("-400.00"), clawbacks.net().amount());
        assertEquals(new BigDecimal("0.00"), clawbacks.earned().amount());

        assertEquals("bob's clawback-only statement is frozen", 1, service.close("FY2026-Q2"));

        RepStatement frozen = service.statement("bob", "FY2026-Q2");
        assertTrue(frozen.closed());
        assertEquals(Optional.empty(), frozen.statement());
        assertEquals(clawbacks.lines(), frozen.clawbacks().get(0).lines());
        assertEquals(new BigDecimal("-400.00"), frozen.clawbacks().get(0).net().amount());
        assertEquals(clawbacks.plan(), frozen.clawbacks().get(0).plan());
        assertEquals("given back once only", List.of(), service.statement("bob", "FY2026-Q3").clawbacks());
        assertEquals(Optional.empty(), service.statement("bob", "FY2026-Q3").statement());
    }

    @Test
    public void aClawbackInAnotherCurrencyThanThePeriodsPlanKeepsItsCurrencyAndIsFrozenBesideThePlan() {
        bobPaidInTheFirstQuarterOnlyThenTheDealIsLost();
        long euros = service.create(new PlanDraft("Euro plan", "EUR", "retroactive-tiers",
                List.of(new PlanDraft.TierDraft("0", "", "10")), "", "", List.of(), "", "")).id();
        service.assign(euros, "rep", "bob", "FY2026-Q2");
        ledger.record(new DealFacts(2, 1, Optional.of("bob"), Optional.of(east.id()),
                Money.ofMinor(3_000_00, Currency.getInstance("EUR")), "s", DealOutcome.WON, 100, ForecastCategory.PIPELINE,
                Optional.of(LocalDate.of(2026, 6, 1)), Optional.of(LocalDate.of(2026, 6, 1)), 0, 2), FiscalCalendar.DEFAULT);

        RepStatement live = service.statement("bob", "FY2026-Q2");

        Statement plan = live.statement().orElseThrow();
        assertEquals("Euro plan", plan.plan().name());
        assertEquals(List.of(StatementLine.Kind.CREDIT), plan.lines().stream().map(StatementLine::kind).toList());
        assertEquals(new BigDecimal("300.00"), plan.net().amount());
        assertEquals(1, live.clawbacks().size());
        assertEquals(USD, live.clawbacks().get(0).net().currency());
        assertEquals(new BigDecimal("-400.00"), live.clawbacks().get(0).net().amount());
        assertEquals(List.of(2L, 1L), List.copyOf(live.dealIds()));

        assertEquals("the plan's statement and the dollar clawbacks", 2, service.close("FY2026-Q2"));

        RepStatement frozen = service.statement("bob", "FY2026-Q2");
        assertEquals(plan.lines(), frozen.statement().orElseThrow().lines());
        assertEquals(new BigDecimal("300.00"), frozen.statement().orElseThrow().net().amount());
        assertEquals(Currency.getInstance("EUR"), frozen.statement().orElseThrow().plan().currency());
        assertEquals(live.clawbacks().get(0).lines(), frozen.clawbacks().get(0).lines());
        assertEquals(new BigDecimal("-400.00"), frozen.clawbacks().get(0).net().amount());
    }
}
