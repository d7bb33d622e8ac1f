package com.salesteam.jira.service.commission;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.commission.BandShare;
import com.salesteam.jira.model.commission.Statement;
import com.salesteam.jira.model.commission.TierBasis;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.service.BrowsableDealKeys;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ProjectBrowsing;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.CommAssignEntity;
import com.salesteam.jira.store.CommCloseEntity;
import com.salesteam.jira.store.CommLineEntity;
import com.salesteam.jira.store.CommPlanEntity;
import com.salesteam.jira.store.CommTierEntity;
import com.salesteam.jira.store.CommissionRepository;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
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
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.mockito.Mockito;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/** Retroactive tiers of attainment on a real database: stored, worked out against the quota, frozen on close. */
@RunWith(Parameterized.class)
public class AttainmentTiersServiceTest {

    private static final Currency USD = Currency.getInstance("USD");
    /** In the third quarter: the first has ended and may be closed. */
    private static final Instant NOW = Instant.parse("2026-07-15T10:00:00Z");

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    public AttainmentTiersServiceTest(TestDatabase database) {
        db = new ActiveObjectsRule(database, TeamEntity.class, TeamMemberEntity.class, AppSettingEntity.class,
                QuotaEntity.class, QuotaChangeEntity.class, DealEntity.class, DealMonthEntity.class, DealDayEntity.class,
                CommPlanEntity.class, CommTierEntity.class, CommAssignEntity.class, CommCloseEntity.class,
                CommLineEntity.class);
    }

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private DealLedger ledger;
    private QuotaRepository quotas;
    private CommissionRepository repository;
    private CommissionService service;

    @Before
    public void setUp() {
        ledger = new DealLedger(db.ao());
        quotas = new QuotaRepository(db.ao());
        repository = new CommissionRepository(db.ao());
        UserDirectory users = Mockito.mock(UserDirectory.class);
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), "Name of " + call.getArgument(0))));
        service = new CommissionServiceImpl(repository, ledger, quotas, new TeamRepository(db.ao()),
                new SettingsRepository(db.ao()), users, currentUser,
                new MemoryCommissionCache(new CommissionLoader(repository)), new InJvmLock(), new MutableClock(NOW),
                new DealAmountAccess(Mockito.mock(ProjectBrowsing.class), ledger), Mockito.mock(BrowsableDealKeys.class));
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("admin", "admin", true)));
    }

    private static PlanDraft attainmentPlan(String basis, String... bounds) {
        return new PlanDraft("Quota plan", "USD", "retroactive-tiers", basis, List.of(
                new PlanDraft.TierDraft(bounds[0], bounds[1], "2"), new PlanDraft.TierDraft(bounds[2], bounds[3], "4"),
                new PlanDraft.TierDraft(bounds[4], "", "6")), "", "", List.of(), "", "");
    }

    private void won(long issue, long dollars, LocalDate closed) {
        ledger.record(new DealFacts(issue, 1, Optional.of("bob"), Optional.empty(), Money.ofMinor(dollars * 100, USD),
                "s", DealOutcome.WON, 100, ForecastCategory.PIPELINE, Optional.of(closed), Optional.of(closed), 0,
                issue), FiscalCalendar.DEFAULT);
    }

    private void quota(long dollars) {
        quotas.put(Quota.ofAmount(new QuotaSubject.Rep("bob"), "FY2026-Q1", QuotaMetric.REVENUE_WON,
                Money.ofMinor(dollars * 100, USD)), "vp", NOW);
    }

    @Test
    public void bobAt80PercentOfQuotaIsPaidTheMiddleRateOnAllCreditAndClosingKeepsIt() {
        long plan = service.create(attainmentPlan("attainment", "0", "50", "50", "100", "100")).id();
        assertEquals(TierBasis.ATTAINMENT, repository.plans().get(0).plan().basis());
        service.assign(plan, "rep", "bob", "FY2026-Q1");
        quota(100_000);
        won(1, 30_000, LocalDate.of(2026, 2, 10));
        won(2, 50_000, LocalDate.of(2026, 3, 10));
        service.statement("bob", "FY2026-Q1");

        db.statements().reset();
        Statement live = service.statement("bob", "FY2026-Q1").statement().orElseThrow();
        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        assertEquals(new BigDecimal("3200.00"), live.earned().amount());
        assertEquals(Optional.of(new BigDecimal("80.0")), live.attainment());

        service.close("FY2026-Q1");
        // what was paid stays, whatever the plan and quota become
        service.update(plan, attainmentPlan("amount", "0", "50000", "50000", "100000", "100000"));
        quota(10_000);
        Statement frozen = service.statement("bob", "FY2026-Q1").statement().orElseThrow();
        assertEquals(new BigDecimal("3200.00"), frozen.earned().amount());
        assertEquals(Optional.of(new BigDecimal("80.0")), frozen.attainment());
        assertEquals(TierBasis.ATTAINMENT, frozen.plan().basis());
        BandShare band = frozen.lines().get(0).bands().get(0);
        assertEquals(TierBasis.ATTAINMENT, band.basis());
        assertEquals(2, band.band());
        assertEquals(0, new BigDecimal("50").compareTo(band.from()));
        assertEquals(new BigDecimal("4"), frozen.lines().get(1).rate());
        assertEquals(TierBasis.AMOUNT, repository.plans().get(0).plan().basis());
    }

    @Test
    public void withoutAQuotaNothingIsPaidAndTheClosedStatementStillSaysItNeededOne() {
        long plan = service.create(attainmentPlan("attainment", "0", "50", "50", "100", "100")).id();
        service.assign(plan, "rep", "bob", "FY2026-Q1");
        won(1, 30_000, LocalDate.of(2026, 2, 10));

        Statement live = service.statement("bob", "FY2026-Q1").statement().orElseThrow();
        assertEquals(Money.zero(USD), live.earned());
        assertEquals(Optional.empty(), live.attainment());

        service.close("FY2026-Q1");
        Statement frozen = service.statement("bob", "FY2026-Q1").statement().orElseThrow();
        assertEquals(Money.zero(USD), frozen.earned());
        assertTrue(frozen.plan().readsQuota());
        assertEquals(Optional.empty(), frozen.attainment());
    }

    @Test
    public void aPlanWithoutATierBasisBandsTheAmountAsPlansStoredBeforeItDid() {
        long plan = service.create(attainmentPlan("", "0", "50", "50", "100", "100")).id();
        assertEquals(TierBasis.AMOUNT, repository.plans().get(0).plan().basis());
        CommPlanEntity row = db.ao().get(CommPlanEntity.class, (int) plan);
        row.setTierBasis(null);
        row.save();
        assertEquals(TierBasis.AMOUNT, repository.plans().get(0).plan().basis());
    }

    @Test
    public void badBasesAndBandsAreRefusedByFieldAndNothingIsStored() {
        assertEquals(List.of("tierBasis"), fields(attainmentPlan("quota", "0", "50", "50", "100", "100")));
        assertEquals(List.of("tiers[1].from"), fields(attainmentPlan("attainment", "0", "60", "50", "100", "100")));
        assertEquals(List.of("tiers[0].from"), fields(attainmentPlan("attainment", "10", "50", "50", "100", "100")));
        assertEquals(List.of("tierBasis"), fields(new PlanDraft("M", "USD", "marginal-tiers", "attainment",
                List.of(new PlanDraft.TierDraft("0", "", "4")), "", "", List.of(), "", "")));
        assertEquals(List.of("tiers[0].rate"), fields(new PlanDraft("R", "USD", "retroactive-tiers", "attainment",
                List.of(new PlanDraft.TierDraft("0", "", "100.5")), "", "", List.of(), "", "")));
        assertEquals(0, db.ao().count(CommPlanEntity.class));
        assertEquals(0, db.ao().count(CommTierEntity.class));
    }

    private List<String> fields(PlanDraft draft) {
        return refused(() -> service.create(draft)).fieldErrors().stream().map(FieldError::field).toList();
    }
}
