package com.salesteam.jira.model.setup;

import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class WorkflowTemplateTest {

    @Test
    public void theDealWorkflowNeedsExactlyIdsThatTheDealBlueprintProvides() throws IOException {
        SetupBlueprint deals = DealBlueprint.create();
        Set<String> provided = new TreeSet<>();
        deals.statuses().forEach(status -> provided.add(Refs.status(status.ref())));
        deals.resolutions().forEach(resolution -> provided.add(Refs.resolution(resolution.ref())));
        deals.fields().forEach(field -> provided.add(Refs.field(field.ref())));
        deals.screens().forEach(screen -> provided.add(Refs.screen(screen.ref())));

        TreeSet<String> needed = WorkflowTemplate.placeholders(dealWorkflow());

        assertFalse(needed.isEmpty());
        assertTrue("not provided: " + needed, provided.containsAll(needed));
        assertTrue(needed.containsAll(Set.of("status.prospecting", "status.closedLost", "field.amount",
                "field.lossReason", "field.closeDate", "screen.closeWon", "resolution.won")));
    }

    @Test
    public void fillingReplacesEveryPlaceholderAndDropsTheComments() throws IOException {
        String xml = dealWorkflow();
        Map<String, String> ids = new HashMap<>();
        WorkflowTemplate.placeholders(xml).forEach(name -> ids.put(name, "id-" + name.length()));

        String filled = WorkflowTemplate.fill(xml, ids);

        assertFalse(filled.contains("${"));
        assertFalse(filled.contains("<!--"));
        assertTrue(filled.contains("<meta name=\"jira.status.id\">id-" + "status.prospecting".length() + "</meta>"));
    }

    @Test
    public void aMissingValueIsRefusedAndValuesAreEscaped() {
        String xml = "<!-- ${ignored} --><a x=\"${one}\">${two}</a>";

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> WorkflowTemplate.fill(xml, Map.of("one", "1")));
        assertTrue(missing.getMessage().contains("two"));
        assertEquals("<a x=\"&quot;1&quot;\">&lt;b&gt;&amp;$2</a>",
                WorkflowTemplate.fill(xml, Map.of("one", "\"1\"", "two", "<b>&$2")));
    }

    private static String dealWorkflow() throws IOException {
        try (InputStream in = WorkflowTemplateTest.class.getClassLoader().getResourceAsStream("workflows/deal-workflow.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
