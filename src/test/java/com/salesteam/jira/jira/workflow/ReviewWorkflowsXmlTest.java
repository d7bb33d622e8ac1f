package com.salesteam.jira.jira.workflow;

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

/**
 * The shipped Performance Review, Coaching Action and 1:1 Meeting workflows: their steps and transitions, who may
 * use each transition and what each one checks, and that every app class they name exists.
 */
public class ReviewWorkflowsXmlTest {

    private static final class Workflow {
        final Element root;
        final Map<String, Element> steps = new LinkedHashMap<>();
        final Map<String, Element> actions = new HashMap<>();

        Workflow(String resource) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            try (InputStream in = ReviewWorkflowsXmlTest.class.getClassLoader().getResourceAsStream(resource)) {
                assertNotNull(resource, in);
                root = factory.newDocumentBuilder().parse(in).getDocumentElement();
            }
            elements(root, "step").forEach(step -> steps.put(step.getAttribute("name"), step));
            for (Element action : elements(root, "action")) {
                assertEquals("action ids are unique", null, actions.put(action.getAttribute("id"), action));
            }
        }

        Map<String, String> transitionsFrom(String stepName) {
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

        Element action(String name) {
            return actions.values().stream().filter(action -> action.getAttribute("name").equals(name)).findFirst()
                    .orElseThrow();
        }

        private String target(Element action) {
            String id = elements(action, "unconditional-result").get(0).getAttribute("step");
            return steps.values().stream().filter(step -> step.getAttribute("id").equals(id))
                    .map(step -> step.getAttribute("name")).findFirst().orElseThrow();
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

    private static Map<String, String> args(Element extension) {
        Map<String, String> args = new HashMap<>();
        for (Element arg : elements(extension, "arg")) {
            args.put(arg.getAttribute("name"), arg.getTextContent());
        }
        return args;
    }

    /** The args of each of the app's extensions of a tag (condition, validator, function) on an action. */
    private static List<Map<String, String>> appModules(Element action, String tag) {
        return elements(action, tag).stream().map(ReviewWorkflowsXmlTest::args)
                .filter(args -> args.getOrDefault("class.name", "").startsWith("com.salesteam.")).toList();
    }

    private static Map<String, String> role(String field, String role) {
        return Map.of("personFieldId", "${field." + field + "}", "role", role,
                "class.name", PersonRoleCondition.class.getName());
    }

    @Test
    public void aReviewGoesFromScheduledToSignedOffAndReopensToTheManagersReview() throws Exception {
        Workflow review = new Workflow("workflows/review-workflow.xml");
        assertEquals(List.of("Scheduled", "Self Assessment", "Manager Review", "1:1 Feedback", "Signed Off"),
                List.copyOf(review.steps.keySet()));
        assertEquals(Map.of("Start", "Self Assessment"), review.transitionsFrom("Scheduled"));
        assertEquals(Map.of("Submit self-assessment", "Manager Review"), review.transitionsFrom("Self Assessment"));
        assertEquals(Map.of("Complete manager review", "1:1 Feedback"), review.transitionsFrom("Manager Review"));
        assertEquals(Map.of("Sign off", "Signed Off"), review.transitionsFrom("1:1 Feedback"));
        assertEquals(Map.of("Reopen", "Manager Review"), review.transitionsFrom("Signed Off"));
    }

    @Test
    public void onlyTheRevieweeSubmitsAndOnlyTheirManagerReviewsSignsOffAndReopens() throws Exception {
        Workflow review = new Workflow("workflows/review-workflow.xml");
        assertEquals(List.of(role("reviewee", "either")), appModules(review.action("Start"), "condition"));
        assertEquals(List.of(role("reviewee", "person")), appModules(review.action("Submit self-assessment"), "condition"));
        assertEquals(List.of(role("reviewee", "manager")), appModules(review.action("Complete manager review"), "condition"));
        assertEquals(List.of(role("reviewee", "manager")), appModules(review.action("Sign off"), "condition"));
        assertEquals(List.of(role("reviewee", "manager")), appModules(review.action("Reopen"), "condition"));
    }

    @Test
    public void eachStepNeedsItsRatingsAndComments() throws Exception {
        Workflow review = new Workflow("workflows/review-workflow.xml");
        String required = FieldsRequiredValidator.class.getName();
        assertEquals("${field.selfRating}, ${field.selfAssessment}", appModules(review.action("Submit self-assessment"),
                "validator").get(0).get("fieldIds"));
        assertEquals("${field.managerRating}, ${field.strengths}, ${field.summary}",
                appModules(review.action("Complete manager review"), "validator").get(0).get("fieldIds"));
        assertEquals(required, appModules(review.action("Sign off"), "validator").get(0).get("class.name"));
        assertEquals("${field.feedback}", appModules(review.action("Sign off"), "validator").get(0).get("fieldIds"));
        assertEquals("${screen.managerReview}", elements(review.action("Complete manager review"), "meta").stream()
                .filter(meta -> meta.getAttribute("name").equals("jira.fieldscreen.id")).findFirst().orElseThrow()
                .getTextContent());
    }

    @Test
    public void openCoachingActionsBlockOnlyTheSignOff() throws Exception {
        Workflow review = new Workflow("workflows/review-workflow.xml");
        String open = OpenCoachingValidator.class.getName();
        assertEquals(List.of(Map.of("enabled", "true", "class.name", open)), appModules(review.action("Sign off"),
                "validator").stream().filter(args -> args.get("class.name").equals(open)).toList());
        assertEquals(1, elements(review.root, "arg").stream().filter(arg -> arg.getTextContent().equals(open)).count());
    }

    @Test
    public void everyEntryToTheManagersReviewAsksForTheSnapshotAfterTheIssueIsStored() throws Exception {
        Workflow review = new Workflow("workflows/review-workflow.xml");
        Map<String, String> snapshot = Map.of("revieweeFieldId", "${field.reviewee}", "periodFieldId", "${field.period}",
                "defaultPeriodType", "quarter", "class.name", ReviewSnapshotPostFunction.class.getName());
        for (String action : List.of("Submit self-assessment", "Reopen")) {
            assertEquals(List.of(snapshot), appModules(review.action(action), "function"));
            List<String> order = elements(review.action(action), "function").stream()
                    .map(function -> args(function).get("class.name")).toList();
            assertTrue(order.indexOf(ReviewSnapshotPostFunction.class.getName())
                    > order.indexOf("com.atlassian.jira.workflow.function.issue.GenerateChangeHistoryFunction"));
        }
        assertEquals(2, elements(review.root, "arg").stream()
                .filter(arg -> arg.getTextContent().equals(ReviewSnapshotPostFunction.class.getName())).count());
    }

    @Test
    public void signingOffSetsTheResolutionAndThenCreatesTheCoachingActions() throws Exception {
        Workflow review = new Workflow("workflows/review-workflow.xml");
        assertEquals(List.of(Map.of("improvementFieldId", "${field.improvement}", "revieweeFieldId", "${field.reviewee}",
                "repFieldId", "${field.rep}", "linkType", "Relates",
                "class.name", CoachingFromReviewPostFunction.class.getName())),
                appModules(review.action("Sign off"), "function"));
        List<String> order = elements(review.action("Sign off"), "function").stream()
                .map(function -> args(function).get("class.name")).toList();
        assertTrue(order.indexOf(CoachingFromReviewPostFunction.class.getName())
                > order.indexOf("com.atlassian.jira.workflow.function.issue.IssueReindexFunction"));
        assertEquals("${resolution.done}", elements(review.action("Sign off"), "arg").stream()
                .filter(arg -> arg.getAttribute("name").equals("field.value")).findFirst().orElseThrow().getTextContent());
    }

    @Test
    public void coachingActionsAreVerifiedOnlyByTheRepsManager() throws Exception {
        Workflow coaching = new Workflow("workflows/coaching-workflow.xml");
        assertEquals(List.of("To Do", "In Progress", "Done", "Verified"), List.copyOf(coaching.steps.keySet()));
        assertEquals(Map.of("Start", "In Progress"), coaching.transitionsFrom("To Do"));
        assertEquals(Map.of("Complete", "Done"), coaching.transitionsFrom("In Progress"));
        assertEquals(Map.of("Verify", "Verified", "Reopen", "In Progress"), coaching.transitionsFrom("Done"));
        assertEquals(Map.of("Reopen", "In Progress"), coaching.transitionsFrom("Verified"));
        assertEquals(List.of(role("rep", "manager")), appModules(coaching.action("Verify"), "condition"));
        assertTrue(appModules(coaching.action("Complete"), "condition").isEmpty());
    }

    @Test
    public void meetingsAreScheduledThenHeld() throws Exception {
        Workflow meeting = new Workflow("workflows/meeting-workflow.xml");
        assertEquals(List.of("Scheduled", "Held"), List.copyOf(meeting.steps.keySet()));
        assertEquals(Map.of("Hold", "Held"), meeting.transitionsFrom("Scheduled"));
        assertEquals(Map.of("Reopen", "Scheduled"), meeting.transitionsFrom("Held"));
    }

    @Test
    public void everyAppClassTheWorkflowsNameExists() throws Exception {
        for (String resource : List.of("workflows/review-workflow.xml", "workflows/coaching-workflow.xml",
                "workflows/meeting-workflow.xml")) {
            Workflow workflow = new Workflow(resource);
            for (Element arg : elements(workflow.root, "arg")) {
                if (arg.getAttribute("name").equals("class.name") && arg.getTextContent().startsWith("com.salesteam.")) {
                    Class.forName(arg.getTextContent());
                }
            }
        }
    }
}
