package com.salesteam.jira.store.testing;

import com.salesteam.jira.store.QuotaEntity;
import net.java.ao.Query;
import org.junit.Rule;
import org.junit.Test;

import java.util.Collections;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** The test engine counts statements and fails one with more parameters than SQL Server takes. */
public class StatementCounterTest {

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, QuotaEntity.class);

    private static String keys(int count) {
        return "SUBJECT_KEY IN (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    private static Object[] values(int count) {
        Object[] values = new Object[count];
        for (int i = 0; i < count; i++) {
            values[i] = "rep" + i;
        }
        return values;
    }

    @Test
    public void aStatementWithMoreThanTwoThousandParametersFailsTheTest() {
        db.statements().reset();
        db.ao().find(QuotaEntity.class, Query.select().where(keys(StatementCounter.MAX_PARAMETERS),
                values(StatementCounter.MAX_PARAMETERS)));
        assertEquals(1, db.statements().count());
        assertEquals(StatementCounter.MAX_PARAMETERS, db.statements().mostParameters());
        try {
            db.ao().find(QuotaEntity.class, Query.select().where(keys(StatementCounter.MAX_PARAMETERS + 1),
                    values(StatementCounter.MAX_PARAMETERS + 1)));
        } catch (Throwable expected) {
            // the ORM's own proxies may wrap the error on its way out
            Throwable cause = expected;
            while (!(cause instanceof AssertionError) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            assertTrue(String.valueOf(cause), cause instanceof AssertionError
                    && cause.getMessage().contains("2001 parameters"));
            return;
        }
        fail("a statement of 2,001 parameters went through");
    }

    @Test
    public void questionMarksInsideQuotesAreNoParameters() {
        assertEquals(2, StatementCounter.parameters("SELECT * FROM \"A?\" WHERE B = '?' AND C = ? AND D IN (?)"));
        assertEquals(0, StatementCounter.parameters("SELECT 1"));
    }
}
