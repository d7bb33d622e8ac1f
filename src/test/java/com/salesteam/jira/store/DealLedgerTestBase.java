package com.salesteam.jira.store;

import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.runners.Parameterized;

import java.util.Collection;

/**
 * The deal ledger's tables on each test database (run the subclass with {@code Parameterized}), and a ledger over
 * them made before each of the subclass's own set-ups.
 */
public abstract class DealLedgerTestBase {

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    protected DealLedger ledger;

    protected DealLedgerTestBase(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, DealEntity.class, DealMonthEntity.class, DealDayEntity.class);
    }

    @Before
    public void createLedger() {
        ledger = new DealLedger(db.ao());
    }
}
