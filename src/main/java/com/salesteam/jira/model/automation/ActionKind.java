package com.salesteam.jira.model.automation;

/** What an automation did to an issue, as its audit list shows. */
public enum ActionKind { COMMENTED, CREATED, FLAGGED, NOTIFIED, MAILED, CREATED_MEETING }
