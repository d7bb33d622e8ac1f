package com.salesteam.jira.jira.workflow;

import com.salesteam.jira.model.goal.SmartRules;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** The shipped Sales Goal workflow: its statuses and transitions, and the SMART validator on Commit only. */
public class GoalWorkflowXmlTest {

    private static final Map<String, Element> steps = new LinkedHashMap<>();
    private static final Map<String, Element> actions = new HashMap<>();
    private static Element root;

    @BeforeClass
    public static void parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        try (InputStream in = GoalWorkflowXmlTest.class.getClassLoader().getResourceAsStream("workflows/goal-workflow.xml")) {
            assertNotNull(in);
            root = factory.newDocumentBuilder().parse(in).getDocumentElement();
        }
        elements(root, "step").forEach(step -> steps.put(step.getAttribute("name"), step));
        for (Element action : elements(root, "action")) {
            assertEquals("action ids are unique", null, actions.put(action.getAttribute("id"), action));
        }
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private static Map<String, String> transitionsFrom(String stepName) {
        Map<String, String> targets = new HashMap<>();
        for (Element action : elements(steps.get(stepName), "action")) {
            targets.put(action.getAttribute("name"), target(action));
        }
        for (Element ref : elements(steps.get(stepName), "common-action")) {
            Element action = actions.get(ref.getAttribute("id"));
            targets.put(action.getAttribute("name"), target(action));
        }
        return targets;
    }

    private static String target(Element action) {
        String id = elements(action, "unconditional-result").get(0).getAttribute("step");
        return steps.values().stream().filter(step -> step.getAttribute("id").equals(id))
                .map(step -> step.getAttribute("name")).findFirst().orElseThrow();
    }

    private static Map<String, String> args(Element extension) {
        Map<String, String> args = new HashMap<>();
        for (Element arg : elements(extension, "arg")) {
            args.put(arg.getAttribute("name"), arg.getTextContent());
        }
        return args;
    }

    @Test
    public void goalsAreDraftedCommittedAndEndAchievedOrMissed() {
        assertEquals(List.of("Draft", "Committed", "Achieved", "Missed"), List.copyOf(steps.keySet()));
        assertEquals(Map.of("Commit", "Committed"), transitionsFrom("Draft"));
        assertEquals(Map.of("Achieve", "Achieved", "Miss", "Missed", "Revise", "Draft"), transitionsFrom("Committed"));
        assertEquals(Map.of("Reopen", "Draft"), transitionsFrom("Achieved"));
        assertEquals(Map.of("Reopen", "Draft"), transitionsFrom("Missed"));
        assertEquals("${status.committed}", elements(steps.get("Committed"), "meta").get(0).getTextContent());
    }

    @Test
    public void onlyCommittingIsCheckedWithTheDefaultSmartRules() {
        List<Element> smart = elements(root, "validator").stream()
                .filter(validator -> SmartGoalValidator.class.getName().equals(args(validator).get("class.name")))
                .toList();
        assertEquals(1, smart.size());
        assertEquals("Commit", ((Element) smart.get(0).getParentNode().getParentNode()).getAttribute("name"));
        assertEquals(SmartRules.DEFAULT, SmartRules.fromArgs(args(smart.get(0))));
    }

    @Test
    public void aCommittedGoalCannotBeEditedIntoOneTheCheckNeverSaw() {
        List<String> editable = elements(steps.get("Committed"), "meta").stream()
                .filter(meta -> meta.getAttribute("name").equals("jira.issue.editable"))
                .map(Element::getTextContent).toList();
        assertEquals(List.of("false"), editable);
        assertTrue("a draft stays editable", elements(steps.get("Draft"), "meta").stream()
                .noneMatch(meta -> meta.getAttribute("name").equals("jira.issue.editable")));
    }
}
