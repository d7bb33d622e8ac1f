package com.atlassian.jira.issue.fields.rest.json;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.rest.json.JsonData}; see DESIGN.md. Verified against: jira-api JsonData.java source (code corpus, @PublicApi class, ctor (Object data), getData()); Jira 8-era plugins calling new JsonData(map). Trivial real behaviour: holds the data; the as.../convertValue helpers omitted. */
public class JsonData {
    private final Object data;

    public JsonData(Object data) {
        this.data = data;
    }

    public Object getData() {
        return data;
    }
}
