package com.salesteam.jira.rest.entities;

/** A team's review cycle in and out: cadence "monthly" or "quarterly", due day, project key, "rep" or "manager". */
public record ReviewCycleJson(String cadence, Integer dueDay, String projectKey, String assignee) {
}
