package com.salesteam.jira.jira.review;

/** One labelled figure of an issue panel, both already in the viewer's language; the template escapes them. */
public final class PanelLine {

    private final String label;
    private final String value;

    public PanelLine(String label, String value) {
        this.label = label;
        this.value = value;
    }

    public String getLabel() {
        return label;
    }

    public String getValue() {
        return value;
    }
}
