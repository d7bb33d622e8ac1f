package com.salesteam.jira.rest.entities;

/** A team the caller may configure, with its cycle or null when it has none. */
public record TeamCycleJson(long teamId, String teamName, ReviewCycleJson cycle) {
}
