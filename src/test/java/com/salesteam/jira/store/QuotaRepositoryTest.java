package com.salesteam.jira.store;

import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaChange;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Quotas and their history on a real database (HSQLDB and PostgreSQL). */
@RunWith(Parameterized.class)
public class QuotaRepositoryTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private QuotaRepository quotas;

    public QuotaRepositoryTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, QuotaEntity.class, QuotaChangeEntity.class);
    }

    @Before
    public void setUp() {
        quotas = new QuotaRepository(db.ao());
    }

    @Test
    public void aQuotaIsSetChangedAndItsHistoryKeptLatestFirst() {
        QuotaSubject ann = new QuotaSubject.Rep("ann");
        Quota first = Quota.ofAmount(ann, "FY2027-Q1", QuotaMetric.REVENUE_WON, Money.ofMinor(100_000_00, EUR));
        Quota raised = Quota.ofAmount(ann, "FY2027-Q1", QuotaMetric.REVENUE_WON, Money.ofMinor(120_000_00, EUR));

        assertTrue(quotas.put(first, "boss", MONDAY).isPresent());
        assertEquals("the same target again is no change", Optional.empty(), quotas.put(first, "boss", MONDAY.plusSeconds(60)));
        quotas.put(raised, "vp", MONDAY.plusSeconds(120));

        assertEquals(List.of(raised), quotas.find(List.of(ann), "FY2027-Q1", QuotaMetric.REVENUE_WON));
        List<QuotaChange> history = quotas.history(ann, "FY2027-Q1", QuotaMetric.REVENUE_WON);
        assertEquals(2, history.size());
        assertEquals(new QuotaChange(Optional.of(first), raised, "vp", MONDAY.plusSeconds(120)), history.get(0));
        assertEquals(new QuotaChange(Optional.empty(), first, "boss", MONDAY), history.get(1));
    }

    @Test
    public void repsAndTeamsWithTheSameKeyAreKeptApartAndCountsHaveNoCurrency() {
        QuotaSubject rep = new QuotaSubject.Rep("7");
        QuotaSubject team = new QuotaSubject.TeamQuota(7);
        quotas.put(Quota.ofCount(rep, "FY2027-Q1", QuotaMetric.DEALS_WON, 12), "boss", MONDAY);
        quotas.put(Quota.ofCount(team, "FY2027-Q1", QuotaMetric.DEALS_WON, 40), "vp", MONDAY);
        quotas.put(Quota.ofCount(team, "FY2027-Q2", QuotaMetric.DEALS_WON, 45), "vp", MONDAY);

        db.statements().reset();
        List<Quota> found = quotas.find(List.of(team), "FY2027-Q1", QuotaMetric.DEALS_WON);

        assertEquals(1, db.statements().count());
        assertEquals(List.of(Quota.ofCount(team, "FY2027-Q1", QuotaMetric.DEALS_WON, 40)), found);
        assertEquals(Set.of(12L, 40L), Set.copyOf(quotas.find(List.of(rep, team), "FY2027-Q1", QuotaMetric.DEALS_WON)
                .stream().map(Quota::units).toList()));
        assertEquals(List.of(), quotas.find(List.of(rep), "FY2027-Q1", QuotaMetric.REVENUE_WON));
    }

    @Test
    public void moreThanAThousandSubjectsAreReadInOneStatement() {
        List<QuotaSubject> reps = new java.util.ArrayList<>();
        for (int rep = 0; rep < 1_500; rep++) {
            reps.add(new QuotaSubject.Rep("rep" + rep));
        }
        quotas.put(Quota.ofCount(reps.get(3), "FY2027-Q1", QuotaMetric.DEALS_WON, 3), "boss", MONDAY);
        quotas.put(Quota.ofCount(reps.get(1_400), "FY2027-Q1", QuotaMetric.DEALS_WON, 14), "boss", MONDAY);

        db.statements().reset();
        List<Quota> found = quotas.find(reps, "FY2027-Q1", QuotaMetric.DEALS_WON);

        assertEquals(1, db.statements().count());
        assertEquals(Set.of(3L, 14L), Set.copyOf(found.stream().map(Quota::units).toList()));
    }

    @Test
    public void aLargeTeamReadsThePeriodsQuotasOfTheMetricAndKeepsOnlyWhatWasAsked() {
        quotas.put(Quota.ofCount(new QuotaSubject.Rep("rep1"), "FY2027-Q1", QuotaMetric.DEALS_WON, 1), "boss", MONDAY);
        quotas.put(Quota.ofCount(new QuotaSubject.TeamQuota(7L), "FY2027-Q1", QuotaMetric.DEALS_WON, 70), "boss", MONDAY);
        // not asked: someone else, a team whose id is an asked rep's key, another metric, another period
        quotas.put(Quota.ofCount(new QuotaSubject.Rep("stranger"), "FY2027-Q1", QuotaMetric.DEALS_WON, 2), "boss", MONDAY);
        quotas.put(Quota.ofCount(new QuotaSubject.TeamQuota(5L), "FY2027-Q1", QuotaMetric.DEALS_WON, 50), "boss", MONDAY);
        quotas.put(Quota.ofAmount(new QuotaSubject.Rep("rep1"), "FY2027-Q1", QuotaMetric.REVENUE_WON,
                com.salesteam.jira.model.Money.ofMinor(100_00, EUR)), "boss", MONDAY);
        quotas.put(Quota.ofCount(new QuotaSubject.Rep("rep1"), "FY2027-Q2", QuotaMetric.DEALS_WON, 9), "boss", MONDAY);

        for (int size : new int[]{3, QuotaRepository.WHOLE_PERIOD_FROM, 1_200}) {
            List<QuotaSubject> asked = new java.util.ArrayList<>(List.of(new QuotaSubject.TeamQuota(7L),
                    new QuotaSubject.Rep("5")));
            for (int rep = 1; asked.size() < size; rep++) {
                asked.add(new QuotaSubject.Rep("rep" + rep));
            }
            db.statements().reset();
            List<Quota> found = quotas.find(asked, List.of("FY2027-Q1"), QuotaMetric.DEALS_WON);
            assertEquals(1, db.statements().count());
            assertEquals(size + " subjects asked", Set.of(1L, 70L), Set.copyOf(found.stream().map(Quota::units).toList()));
        }
    }
}
