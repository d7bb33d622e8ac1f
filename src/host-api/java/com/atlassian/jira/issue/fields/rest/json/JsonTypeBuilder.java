package com.atlassian.jira.issue.fields.rest.json;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.rest.json.JsonTypeBuilder}; see DESIGN.md. Verified against: jira-api JsonTypeBuilder.java source (code corpus, static custom(String type, String custom, Long customId) returning new JsonType(type, null, null, custom, customId)); Jira 8-era plugins calling JsonTypeBuilder.custom(...). Trivial real behaviour kept; system/systemArray/customArray omitted. */
public class JsonTypeBuilder {
    public static JsonType custom(String type, String custom, Long customId) {
        return new JsonType(type, null, null, custom, customId);
    }
}
