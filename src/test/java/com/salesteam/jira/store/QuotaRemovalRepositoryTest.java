package com.salesteam.jira.store;

import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaChange;
import com.salesteam.jira.model.quota.QuotaKey;
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

import static org.junit.Assert.assertEquals;

/** Removing quotas on a real database (HSQLDB and PostgreSQL): the row goes, a history row says so. */
@RunWith(Parameterized.class)
public class QuotaRemovalRepositoryTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final QuotaSubject ANN = new QuotaSubject.Rep("ann");
    private static final Quota YEAR = Quota.ofAmount(ANN, "FY2027", QuotaMetric.REVENUE_WON,
            Money.ofMinor(400_000_00, Currency.getInstance("EUR")));

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private QuotaRepository quotas;

    public QuotaRemovalRepositoryTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, QuotaEntity.class, QuotaChangeEntity.class);
    }

    @Before
    public void setUp() {
        quotas = new QuotaRepository(db.ao());
    }

    @Test
    public void aRemovedQuotaIsGoneAndItsHistoryEndsInNothing() {
        quotas.put(YEAR, "boss", MONDAY);
        Quota other = Quota.ofCount(ANN, "FY2027", QuotaMetric.DEALS_WON, 30);
        quotas.put(other, "boss", MONDAY);

        db.statements().reset();
        Optional<QuotaChange> removal = quotas.remove(QuotaKey.of(YEAR), "vp", MONDAY.plusSeconds(60));

        assertEquals("a read, a delete, a history row: " + db.statements().preparedSql(), 3,
                db.statements().count());
        assertEquals(Optional.of(QuotaChange.removal(YEAR, "vp", MONDAY.plusSeconds(60))), removal);
        assertEquals(List.of(), quotas.find(List.of(ANN), "FY2027", QuotaMetric.REVENUE_WON));
        assertEquals("the other metric stays", List.of(other), quotas.allOf(ANN));
        assertEquals(List.of(QuotaChange.removal(YEAR, "vp", MONDAY.plusSeconds(60)),
                new QuotaChange(Optional.empty(), YEAR, "boss", MONDAY)),
                quotas.history(ANN, "FY2027", QuotaMetric.REVENUE_WON));
    }

    @Test
    public void removingWhatIsNotThereWritesNothing() {
        quotas.put(YEAR, "boss", MONDAY);

        assertEquals(Optional.empty(), quotas.remove(new QuotaKey(new QuotaSubject.TeamQuota(7), "FY2027",
                QuotaMetric.REVENUE_WON), "vp", MONDAY));
        assertEquals(Optional.empty(), quotas.remove(new QuotaKey(ANN, "FY2027-Q1", QuotaMetric.REVENUE_WON),
                "vp", MONDAY));

        assertEquals(1, db.ao().count(QuotaEntity.class));
        assertEquals(1, db.ao().count(QuotaChangeEntity.class));
    }

    @Test
    public void putAllRemovesAndSetsInOneTransactionAndRecordsOnlyWhatChanged() {
        QuotaSubject bob = new QuotaSubject.Rep("bob");
        Quota bobsQuarter = Quota.ofCount(bob, "FY2027-Q1", QuotaMetric.DEALS_WON, 8);
        quotas.put(YEAR, "boss", MONDAY);
        quotas.put(bobsQuarter, "boss", MONDAY);
        Quota annsQuarter = Quota.ofAmount(ANN, "FY2027-Q1", QuotaMetric.REVENUE_WON,
                Money.ofMinor(100_000_00, Currency.getInstance("EUR")));
        Instant later = MONDAY.plusSeconds(60);

        db.statements().reset();
        List<QuotaChange> changes = quotas.putAll(List.of(annsQuarter, bobsQuarter),
                List.of(QuotaKey.of(YEAR), new QuotaKey(bob, "FY2027", QuotaMetric.DEALS_WON)), "vp", later,
                stored -> { });

        assertEquals(db.statements().preparedSql().toString(), 4, db.statements().count());
        assertEquals(List.of(QuotaChange.removal(YEAR, "vp", later),
                new QuotaChange(Optional.empty(), annsQuarter, "vp", later)), changes);
        assertEquals(List.of(annsQuarter), quotas.allOf(ANN));
        assertEquals(List.of(bobsQuarter), quotas.allOf(bob));
        assertEquals(4, db.ao().count(QuotaChangeEntity.class));
        assertEquals(List.of(), quotas.putAll(List.of(), List.of(QuotaKey.of(YEAR)), "vp", later, stored -> { }));
    }
}
