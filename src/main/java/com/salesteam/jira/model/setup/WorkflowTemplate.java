package com.salesteam.jira.model.setup;

import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A workflow XML shipped with placeholders such as {@code ${status.prospecting}} for the ids that differ between
 * Jira instances. OSWorkflow would quietly expand a forgotten placeholder to an empty value when a transition runs,
 * so filling refuses to leave any behind.
 */
public final class WorkflowTemplate {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private WorkflowTemplate() {
    }

    /** The placeholders a template uses, outside its comments. */
    public static TreeSet<String> placeholders(String xml) {
        TreeSet<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(COMMENT.matcher(xml).replaceAll(""));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The template without its comments and with every placeholder replaced by its (XML-escaped) value. */
    public static String fill(String xml, Map<String, String> values) {
        TreeSet<String> missing = placeholders(xml);
        missing.removeAll(values.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the workflow template needs values for " + missing);
        }
        Matcher matcher = PLACEHOLDER.matcher(COMMENT.matcher(xml).replaceAll(""));
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(escape(values.get(matcher.group(1)))));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
