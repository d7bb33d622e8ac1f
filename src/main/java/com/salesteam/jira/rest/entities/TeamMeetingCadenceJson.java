package com.salesteam.jira.rest.entities;

/** A team with its Sales Meeting cadence; {@code cadence} is null when the team holds none. */
public record TeamMeetingCadenceJson(long teamId, String teamName, MeetingCadenceJson cadence) {
}
