package com.salesteam.jira.web;

import java.util.List;

/** One automation job as the admin page shows it, every text already translated and formatted. */
public final class AutomationJobRow {

    private final String job;
    private final String name;
    private final String description;
    private final boolean enabled;
    private final String nextRun;
    private final String lastRun;
    private final String lastResult;
    private final List<AutomationActionRow> actions;

    public AutomationJobRow(String job, String name, String description, boolean enabled, String nextRun,
                            String lastRun, String lastResult, List<AutomationActionRow> actions) {
        this.job = job;
        this.name = name;
        this.description = description;
        this.enabled = enabled;
        this.nextRun = nextRun;
        this.lastRun = lastRun;
        this.lastResult = lastResult;
        this.actions = List.copyOf(actions);
    }

    public String getJob() {
        return job;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getNextRun() {
        return nextRun;
    }

    public String getLastRun() {
        return lastRun;
    }

    public String getLastResult() {
        return lastResult;
    }

    public List<AutomationActionRow> getActions() {
        return actions;
    }

    public boolean hasActions() {
        return !actions.isEmpty();
    }
}
