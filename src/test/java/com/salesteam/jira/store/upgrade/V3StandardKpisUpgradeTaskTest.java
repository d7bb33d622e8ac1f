package com.salesteam.jira.store.upgrade;

import com.atlassian.activeobjects.external.ModelVersion;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.testing.TestActiveObjects;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class V3StandardKpisUpgradeTaskTest {

    private TestActiveObjects engine;
    private final V3StandardKpisUpgradeTask task = new V3StandardKpisUpgradeTask();

    @Before
    public void emptyDatabase() {
        engine = TestActiveObjects.create(TestDatabase.HSQLDB);
    }

    @After
    public void close() {
        engine.close();
    }

    @Test
    public void isModelVersionThree() {
        assertTrue(ModelVersion.valueOf("3").isSame(task.getModelVersion()));
        assertTrue(ModelVersion.valueOf("2").isOlderThan(task.getModelVersion()));
    }

    @Test
    public void createsTheTablesAndTheStandardActivitiesOnce() {
        task.upgrade(ModelVersion.valueOf("2"), engine.ao());
        KpiRepository kpis = new KpiRepository(engine.ao());
        kpis.update(kpis.definition("calls").orElseThrow().withActive(false));

        task.upgrade(ModelVersion.valueOf("2"), engine.ao());

        assertEquals(3, kpis.definitions().size());
        assertEquals("a second run keeps what the admin changed", false, kpis.definition("calls").orElseThrow().active());
        assertEquals(KpiDefinition.standardActivities().get(1), kpis.definition("meetings").orElseThrow());
    }
}
