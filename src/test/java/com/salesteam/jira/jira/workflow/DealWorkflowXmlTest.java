package com.salesteam.jira.jira.workflow;

import com.opensymphony.workflow.Condition;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.Validator;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The shipped Deal workflow: the stages and transitions the product describes, the app's extensions where they
 * belong, and exactly the placeholders the project setup is to replace.
 */
public class DealWorkflowXmlTest {

    private static final String RESOURCE = "workflows/deal-workflow.xml";
    private static final String CONDITION = OwnerOrManagerCondition.class.getName();
    private static final String STORE = "com.atlassian.jira.workflow.function.issue.GenerateChangeHistoryFunction";
    /** The contract with the project setup: every ${name} it must replace with an id. */
    private static final Set<String> PLACEHOLDERS = Set.of(
            "status.prospecting", "status.qualification", "status.proposal", "status.negotiation",
            "status.closedWon", "status.closedLost", "field.amount", "field.lossReason", "field.closeDate",
            "screen.closeWon", "screen.closeLost", "resolution.won", "resolution.lost");

    private static String xml;
    private static Element root;
    /** Step name → step; action id → action (common actions included). */
    private static final Map<String, Element> steps = new LinkedHashMap<>();
    private static final Map<String, Element> actions = new HashMap<>();

    @BeforeClass
    public static void parse() throws Exception {
        try (InputStream in = DealWorkflowXmlTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertNotNull(RESOURCE, in);
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The DOCTYPE names OSWorkflow's DTD by URL; Jira resolves it locally, the test does not need it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        root = document.getDocumentElement();
        for (Element step : elements(root, "step")) {
            steps.put(step.getAttribute("name"), step);
        }
        for (Element action : elements(root, "action")) {
            Element previous = actions.put(action.getAttribute("id"), action);
            assertEquals("action ids are unique in the whole workflow: " + action.getAttribute("id"), null, previous);
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

    private static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        for (Element element : elements(parent, tag)) {
            if (element.getParentNode() == parent) {
                result.add(element);
            }
        }
        return result;
    }

    private static String meta(Element element, String name) {
        return children(element, "meta").stream().filter(meta -> meta.getAttribute("name").equals(name))
                .map(Element::getTextContent).findFirst().orElse(null);
    }

    private static Map<String, String> args(Element extension) {
        Map<String, String> args = new HashMap<>();
        for (Element arg : children(extension, "arg")) {
            args.put(arg.getAttribute("name"), arg.getTextContent());
        }
        return args;
    }

    /** The names of the steps a step's transitions lead to, by transition name. */
    private static Map<String, String> transitionsFrom(String stepName) {
        Map<String, String> targets = new HashMap<>();
        Element stepActions = children(steps.get(stepName), "actions").get(0);
        List<Element> available = new ArrayList<>(children(stepActions, "action"));
        children(stepActions, "common-action").forEach(ref -> available.add(actions.get(ref.getAttribute("id"))));
        for (Element action : available) {
            String targetId = elements(action, "unconditional-result").get(0).getAttribute("step");
            String target = steps.values().stream().filter(step -> step.getAttribute("id").equals(targetId))
                    .map(step -> step.getAttribute("name")).findFirst().orElseThrow();
            targets.put(action.getAttribute("name"), target);
        }
        return targets;
    }

    private static Element action(String name) {
        return actions.values().stream().filter(action -> action.getAttribute("name").equals(name))
                .findFirst().orElseThrow();
    }

    private static List<String> classNames(Element action, String tag) {
        return elements(action, tag).stream().map(element -> args(element).get("class.name")).toList();
    }

    private static Element extension(Element action, String tag, Class<?> type) {
        return elements(action, tag).stream().filter(e -> type.getName().equals(args(e).get("class.name")))
                .findFirst().orElseThrow(() -> new AssertionError(type.getSimpleName() + " missing"));
    }

    @Test
    public void theStagesAreTheWorkflowStatusesInOrder() {
        assertEquals(List.of("Prospecting", "Qualification", "Proposal", "Negotiation", "Closed Won", "Closed Lost"),
                List.copyOf(steps.keySet()));
        assertEquals("${status.closedWon}", meta(steps.get("Closed Won"), "jira.status.id"));
        assertEquals("the initial action creates the deal in Prospecting", steps.get("Prospecting").getAttribute("id"),
                elements(children(root, "initial-actions").get(0), "unconditional-result").get(0).getAttribute("step"));
    }

    @Test
    public void dealsMoveForwardAndCloseFromEveryOpenStage() {
        assertEquals(Map.of("Qualify", "Qualification", "Close Won", "Closed Won", "Close Lost", "Closed Lost"),
                transitionsFrom("Prospecting"));
        assertEquals(Map.of("Send Proposal", "Proposal", "Close Won", "Closed Won", "Close Lost", "Closed Lost"),
                transitionsFrom("Qualification"));
        assertEquals(Map.of("Commit", "Negotiation", "Close Won", "Closed Won", "Close Lost", "Closed Lost"),
                transitionsFrom("Proposal"));
        assertEquals(Map.of("Close Won", "Closed Won", "Close Lost", "Closed Lost"), transitionsFrom("Negotiation"));
    }

    @Test
    public void bothClosedStagesReopenToProspectingAndClearTheResolution() {
        assertEquals(Map.of("Reopen", "Prospecting"), transitionsFrom("Closed Won"));
        assertEquals(Map.of("Reopen", "Prospecting"), transitionsFrom("Closed Lost"));
        Element clear = elements(action("Reopen"), "function").get(0);
        assertEquals(Map.of("field.name", "resolution", "field.value", "",
                "class.name", "com.atlassian.jira.workflow.function.issue.UpdateIssueFieldFunction"), args(clear));
        assertEquals("false", meta(steps.get("Closed Won"), "jira.issue.editable"));
        assertEquals("false", meta(steps.get("Closed Lost"), "jira.issue.editable"));
    }

    @Test
    public void closingWonNeedsAPositiveAmountAndStampsTheCloseDate() {
        Element closeWon = action("Close Won");
        assertEquals(Map.of("amountFieldId", "${field.amount}", "class.name",
                PositiveAmountRequiredValidator.class.getName()),
                args(extension(closeWon, "validator", PositiveAmountRequiredValidator.class)));
        assertStampsBeforeStoring(closeWon);
        assertEquals("${resolution.won}", args(elements(closeWon, "function").get(0)).get("field.value"));
    }

    @Test
    public void closingLostNeedsALossReasonAndStampsTheCloseDate() {
        Element closeLost = action("Close Lost");
        assertEquals(Map.of("lossReasonFieldId", "${field.lossReason}", "class.name",
                LossReasonRequiredValidator.class.getName()),
                args(extension(closeLost, "validator", LossReasonRequiredValidator.class)));
        assertStampsBeforeStoring(closeLost);
        assertEquals("${resolution.lost}", args(elements(closeLost, "function").get(0)).get("field.value"));
    }

    private static void assertStampsBeforeStoring(Element action) {
        assertEquals("${field.closeDate}",
                args(extension(action, "function", StampCloseDatePostFunction.class)).get("closeDateFieldId"));
        List<String> functions = classNames(action, "function");
        assertTrue("the stamp is written by the store function, so it must come first: " + functions,
                functions.indexOf(StampCloseDatePostFunction.class.getName()) < functions.indexOf(STORE));
    }

    @Test
    public void onlyTheOwnerOrAManagerMayCommitOrClose() {
        for (String name : List.of("Commit", "Close Won", "Close Lost")) {
            assertEquals(name, Map.of("enabled", "true", "class.name", CONDITION),
                    args(extension(action(name), "condition", OwnerOrManagerCondition.class)));
        }
        for (String name : List.of("Qualify", "Send Proposal", "Reopen")) {
            assertTrue(name, !classNames(action(name), "condition").contains(CONDITION));
        }
    }

    @Test
    public void theAppsExtensionsAreTheRightKindOfClass() throws ClassNotFoundException {
        Map<String, Class<?>> kinds = Map.of("condition", Condition.class, "validator", Validator.class,
                "function", FunctionProvider.class);
        int found = 0;
        for (Map.Entry<String, Class<?>> kind : kinds.entrySet()) {
            for (Element element : elements(root, kind.getKey())) {
                String className = args(element).get("class.name");
                if (className.startsWith("com.salesteam.")) {
                    assertTrue(className, kind.getValue().isAssignableFrom(Class.forName(className)));
                    found++;
                }
            }
        }
        assertEquals("3 conditions, 2 validators, 2 functions", 7, found);
    }

    @Test
    public void everyTransitionNameIsTranslated() throws IOException {
        Properties english = bundle("i18n/salesteam.properties");
        Properties chinese = bundle("i18n/salesteam_zh_CN.properties");
        for (Element action : actions.values()) {
            String key = meta(action, "jira.i18n.title");
            assertNotNull(action.getAttribute("name"), key);
            assertEquals(key, meta(action, "jira.i18n.submit"));
            if (!key.startsWith("common.")) {
                assertNotNull(key, english.getProperty(key));
                assertNotNull(key, chinese.getProperty(key));
            }
        }
    }

    @Test
    public void thePlaceholdersAreExactlyThoseTheSetupReplaces() {
        String body = xml.substring(xml.indexOf("<workflow>"));
        Set<String> used = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\$\\{([^}]*)}").matcher(body);
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        assertEquals(new TreeSet<>(PLACEHOLDERS), used);
        String header = xml.substring(0, xml.indexOf("<workflow>"));
        for (String placeholder : PLACEHOLDERS) {
            assertTrue("documented in the header comment: " + placeholder, header.contains("${" + placeholder + "}"));
        }
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DealWorkflowXmlTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
