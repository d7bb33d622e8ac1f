package com.salesteam.jira.web;

/** A choice in a gadget's picker: the value sent to the REST API and the text shown. */
public final class GadgetOption {

    private final String value;
    private final String label;

    public GadgetOption(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }
}
