package com.salesteam.jira.testing;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;

/**
 * Renders the app's .vm templates with Apache Velocity 1.7 the way Jira does: every reference is HTML-escaped
 * unless its name ends in "Html"/"HTML" (the names Jira's escaper trusts), and undefined references fail.
 */
public final class VelocityHarness {

    private final VelocityEngine engine = new VelocityEngine();

    public VelocityHarness() {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        properties.setProperty("classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        properties.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS,
                "org.apache.velocity.runtime.log.NullLogChute");
        properties.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        engine.init(properties);
    }

    public String render(String templatePath, Map<String, Object> values) {
        VelocityContext context = new VelocityContext();
        values.forEach(context::put);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new HtmlEscaper());
        cartridge.attachToContext(context);
        Template template = engine.getTemplate(templatePath, "UTF-8");
        StringWriter out = new StringWriter();
        template.merge(context, out);
        return out.toString();
    }

    public static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Trusts a reference only by its name, as Jira's escaping does. */
    static boolean isTrustedName(String reference) {
        String name = reference.replaceAll("\\(.*\\)$", "").replaceAll("[${}!]", "");
        String last = name.substring(name.lastIndexOf('.') + 1);
        return last.endsWith("Html") || last.endsWith("HTML");
    }

    private static final class HtmlEscaper implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(String reference, Object value) {
            if (value == null || isTrustedName(reference)) {
                return value;
            }
            return escapeHtml(value.toString());
        }
    }
}
