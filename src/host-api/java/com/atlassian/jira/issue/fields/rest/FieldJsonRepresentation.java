package com.atlassian.jira.issue.fields.rest;

import com.atlassian.jira.issue.fields.rest.json.JsonData;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.rest.FieldJsonRepresentation}; see DESIGN.md. Verified against: jira-api FieldJsonRepresentation.java source (code corpus, @PublicApi class, ctors (JsonData) and (JsonData plainData, JsonData renderedData), getStandardData/getRenderedData); Jira 8-era plugins calling new FieldJsonRepresentation(new JsonData(...)). Trivial real behaviour: a holder of the two JsonData; setRenderedData omitted. */
public class FieldJsonRepresentation {
    private final JsonData plainData;
    private final JsonData renderedData;

    public FieldJsonRepresentation(JsonData plainData) {
        this(plainData, null);
    }

    public FieldJsonRepresentation(JsonData plainData, JsonData renderedData) {
        this.plainData = plainData;
        this.renderedData = renderedData;
    }

    public JsonData getStandardData() {
        return plainData;
    }

    public JsonData getRenderedData() {
        return renderedData;
    }
}
