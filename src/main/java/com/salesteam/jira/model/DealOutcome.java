package com.salesteam.jira.model;

/** Whether a deal is still being worked, was won or was lost (from its workflow status). */
public enum DealOutcome {
    OPEN, WON, LOST
}
