package com.salesteam.jira.rest.entities;

/** One setup step: kind and action as keys (e.g. "FIELD", "CREATE") and as text in the caller's language. */
public class SetupStepJson {

    private final String kind;
    private final String kindLabel;
    private final String name;
    private final String action;
    private final String actionLabel;
    private final String reason;

    public SetupStepJson(String kind, String kindLabel, String name, String action, String actionLabel, String reason) {
        this.kind = kind;
        this.kindLabel = kindLabel;
        this.name = name;
        this.action = action;
        this.actionLabel = actionLabel;
        this.reason = reason;
    }

    public String getKind() {
        return kind;
    }

    public String getKindLabel() {
        return kindLabel;
    }

    public String getName() {
        return name;
    }

    public String getAction() {
        return action;
    }

    public String getActionLabel() {
        return actionLabel;
    }

    /** Why a conflict is one; empty otherwise. */
    public String getReason() {
        return reason;
    }
}
