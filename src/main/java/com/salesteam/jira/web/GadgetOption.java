package com.salesteam.jira.web;

/**
 * A choice in a gadget's picker: the value sent to the REST API and the text shown; for a period, also the relative
 * choice the gadget saves ({@link PeriodChoice}), empty for other pickers.
 */
public final class GadgetOption {

    private final String value;
    private final String label;
    private final String choice;

    public GadgetOption(String value, String label) {
        this(value, label, "");
    }

    GadgetOption(String value, String label, String choice) {
        this.value = value;
        this.label = label;
        this.choice = choice;
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }

    public String getChoice() {
        return choice;
    }
}
