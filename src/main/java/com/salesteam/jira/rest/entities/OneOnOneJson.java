package com.salesteam.jira.rest.entities;

/**
 * A rep's 1:1 schedule in and out: frequency "weekly" or "biweekly", the first meeting as yyyy-MM-dd and the project
 * key the meetings are created in; out also who holds the meetings (read only: derived from the teams).
 */
public record OneOnOneJson(String frequency, String firstMeeting, String projectKey, String managerKey) {
}
