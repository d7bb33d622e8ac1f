package com.salesteam.jira.testing;

import com.salesteam.jira.model.Money;
import com.salesteam.jira.web.GadgetOption;
import org.junit.Test;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class AllowlistUberspectTest {

    private final VelocityHarness velocity = new VelocityHarness();

    @Test
    public void aJdkCallInATemplateFailsTheRendering() {
        assertRefused("allowlist/jdk-call.vm", Map.of("list", List.of()), "java.util.List#isEmpty()");
    }

    @Test
    public void anAppMethodMissingFromTheAllowlistFailsTheRendering() {
        assertRefused("allowlist/unlisted-call.vm", Map.of("money", Money.zero(Currency.getInstance("EUR"))),
                "com.salesteam.jira.model.Money#minor()");
    }

    @Test
    public void anAllowlistedGetterRenders() {
        assertEquals("&lt;b&gt;", velocity.render("allowlist/listed-call.vm",
                Map.of("option", new GadgetOption("v", "<b>"))));
    }

    @Test
    public void everyAllowlistEntryNamesAPublicMethodOfTheApp() throws Exception {
        NodeList methods = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new File("atlassian-plugin.xml")).getElementsByTagName("method");
        List<String> unknown = new ArrayList<>();
        int entries = 0;
        for (int i = 0; i < methods.getLength(); i++) {
            if (!"velocity-allowlist".equals(methods.item(i).getParentNode().getNodeName())) {
                continue;
            }
            entries++;
            String entry = methods.item(i).getTextContent().trim();
            if (!names(entry)) {
                unknown.add(entry);
            }
        }
        assertTrue("no allowlist entries read", entries > 100);
        assertEquals("allowlist entries naming no public method", List.of(), unknown);
    }

    private static boolean names(String entry) {
        String type = entry.substring(0, entry.indexOf('#'));
        try {
            for (Method method : Class.forName(type).getMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && AllowlistUberspect.signature(method).equals(entry)) {
                    return true;
                }
            }
            return false;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private void assertRefused(String template, Map<String, Object> values, String call) {
        try {
            velocity.render(template, values);
            fail("rendered " + template);
        } catch (RuntimeException refused) {
            Throwable cause = refused;
            while (!(cause instanceof IllegalStateException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            assertThat(cause.getMessage(), containsString(call));
        }
    }
}
