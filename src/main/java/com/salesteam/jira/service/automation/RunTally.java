package com.salesteam.jira.service.automation;

/** What one run went through and did; local to the run. */
final class RunTally {

    private int deals;
    private int actions;
    private int failures;

    void deal() {
        deals++;
    }

    void action() {
        actions++;
    }

    void failure() {
        failures++;
    }

    int deals() {
        return deals;
    }

    int actions() {
        return actions;
    }

    int failures() {
        return failures;
    }
}
