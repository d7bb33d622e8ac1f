package com.salesteam.jira.model.setup;

import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class SetupBlueprintTest {

    @Test
    public void theDealBlueprintHoldsTogether() {
        SetupBlueprint deals = DealBlueprint.create();

        assertEquals("deals", deals.key());
        assertEquals("salesteam.setup.blueprint.deals", deals.nameKey());
        assertEquals(deals.statuses().size(), deals.stageDefaults().size());
        assertTrue(deals.fields().stream().anyMatch(field -> field.name().equals(DealBlueprint.AMOUNT_FIELD)
                && field.kind() == FieldKind.MONEY));
    }

    @Test
    public void aReferenceToAnUndefinedPartIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SetupBlueprint("x",
                List.of(new IssueTypeSpec("X", "d")), List.of(), List.of(), List.of(),
                List.of(new ScreenSpec("s", "S", List.of("summary", "field.nowhere"))),
                List.of(), List.of(), List.of()));
        assertTrue(e.getMessage().contains("nowhere"));
        assertThrows(IllegalArgumentException.class, () -> new SetupBlueprint("x",
                List.of(new IssueTypeSpec("X", "d")), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new WorkflowSpec("W", "w.xml", "Y", "s")), List.of()));
    }

    @Test
    public void optionsBelongToSelectFieldsOnly() {
        assertThrows(IllegalArgumentException.class, () -> new FieldSpec("c", "C", FieldKind.SELECT, "d", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new FieldSpec("n", "N", FieldKind.NUMBER, "d", List.of("1")));
    }
}
