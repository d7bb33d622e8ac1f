package com.atlassian.jira.issue.fields.rest.json;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.rest.json.JsonType}; see DESIGN.md. Verified against: jira-api JsonType.java source (code corpus, @PublicApi class, String constants such as STRING_TYPE = "string", ctor (type, items, system, custom, customId), getters getType/getCustom/getCustomId). Trivial real behaviour: holds what the app's tests read; of the constants only STRING_TYPE, of the getters getItems/getSystem omitted. */
public class JsonType {
    public static final String STRING_TYPE = "string";

    private final String type;
    private final String custom;
    private final Long customId;

    public JsonType(String type, String items, String system, String custom, Long customId) {
        this.type = type;
        this.custom = custom;
        this.customId = customId;
    }

    public String getType() {
        return type;
    }

    public String getCustom() {
        return custom;
    }

    public Long getCustomId() {
        return customId;
    }
}
