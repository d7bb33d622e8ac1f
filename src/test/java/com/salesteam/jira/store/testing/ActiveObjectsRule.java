package com.salesteam.jira.store.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.RawEntity;
import org.junit.Assume;
import org.junit.rules.ExternalResource;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

import java.util.Arrays;
import java.util.List;

/**
 * A fresh database per test with the given entities migrated. Store tests run it once per
 * {@link #databases()}; on PostgreSQL without a configured server each test is skipped with the reason.
 */
public final class ActiveObjectsRule extends ExternalResource {

    private final TestDatabase database;
    private final Class<? extends RawEntity<?>>[] entities;
    private TestActiveObjects engine;

    @SafeVarargs
    public ActiveObjectsRule(TestDatabase database, Class<? extends RawEntity<?>>... entities) {
        this.database = database;
        this.entities = entities;
    }

    /** The parameters of a store test: every database, so a missing PostgreSQL shows up as skipped tests. */
    public static List<Object[]> databases() {
        if (!TestDatabase.POSTGRESQL.isConfigured()) {
            System.err.println("[store tests] " + TestDatabase.POSTGRESQL.skipMessage());
        }
        return Arrays.stream(TestDatabase.values()).map(db -> new Object[]{db}).toList();
    }

    @Override
    public Statement apply(Statement base, Description description) {
        Statement guarded = super.apply(base, description);
        return new Statement() {
            @Override
            public void evaluate() throws Throwable {
                Assume.assumeTrue(database.skipMessage(), database.isConfigured());
                guarded.evaluate();
            }
        };
    }

    @Override
    protected void before() {
        engine = TestActiveObjects.create(database);
        engine.ao().migrate(entities);
        engine.statements().reset();
    }

    @Override
    protected void after() {
        engine.close();
    }

    public ActiveObjects ao() {
        return engine.ao();
    }

    public StatementCounter statements() {
        return engine.statements();
    }

    public TestActiveObjects engine() {
        return engine;
    }
}
