package com.salesteam.jira.model.automation;

/** What the stale rule asks for: nudge the owner, or tell the owner's managers. */
public enum StaleStep { NUDGE, ESCALATE }
