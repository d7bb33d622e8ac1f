package com.salesteam.jira.jira.workflow;

import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.model.setup.WorkflowTemplate;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The shipped 1:1 Meeting workflow turns the Action Items into Coaching Actions for the Sales Rep on Hold only. */
public class MeetingWorkflowXmlTest {

    @Test
    public void holdRunsTheCoachingFunctionOnTheActionItemsForTheRepAndReopenDoesNot() throws Exception {
        String xml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("workflows/meeting-workflow.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(WorkflowTemplate.placeholders(xml).containsAll(Set.of("field.actionItems", "field.rep")));
        assertTrue(ReviewsBlueprint.create().fields().stream().map(field -> field.ref()).toList()
                .containsAll(Set.of("actionItems", "rep")));
        Map<String, String> values = new HashMap<>();
        WorkflowTemplate.placeholders(xml).forEach(name -> values.put(name, "{" + name + "}"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        NodeList actions = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                WorkflowTemplate.fill(xml, values).getBytes(StandardCharsets.UTF_8))).getElementsByTagName("action");
        Map<String, Map<String, String>> coachingArgs = new HashMap<>();
        for (int i = 0; i < actions.getLength(); i++) {
            Element action = (Element) actions.item(i);
            NodeList functions = action.getElementsByTagName("function");
            for (int j = 0; j < functions.getLength(); j++) {
                Map<String, String> args = new HashMap<>();
                NodeList argNodes = ((Element) functions.item(j)).getElementsByTagName("arg");
                for (int k = 0; k < argNodes.getLength(); k++) {
                    Element arg = (Element) argNodes.item(k);
                    args.put(arg.getAttribute("name"), arg.getTextContent());
                }
                if (CoachingFromReviewPostFunction.class.getName().equals(args.get("class.name"))) {
                    coachingArgs.put(action.getAttribute("name"), args);
                }
            }
        }

        assertEquals(Set.of("Hold"), coachingArgs.keySet());
        Map<String, String> hold = coachingArgs.get("Hold");
        assertEquals("{field.actionItems}", hold.get(CoachingFromReviewPostFunction.IMPROVEMENT_ARG));
        assertEquals("{field.rep}", hold.get(CoachingFromReviewPostFunction.REVIEWEE_ARG));
        assertEquals("{field.rep}", hold.get(CoachingFromReviewPostFunction.REP_ARG));
        assertEquals("Relates", hold.get(CoachingFromReviewPostFunction.LINK_TYPE_ARG));
    }
}
