package com.salesteam.jira.jira.workflow;

/** One custom field offered in a workflow module's settings form: its id (the stored arg) and its name. */
public final class CustomFieldChoice {

    private final String id;
    private final String name;

    public CustomFieldChoice(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
