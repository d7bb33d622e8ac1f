package com.salesteam.jira.service.cadence;

import java.util.List;

/** A team's Sales Meeting cadence as the page or the REST API sends it; checked by {@link MeetingCadenceService}. */
public record MeetingCadenceDraft(List<String> frequencies, String projectKey, Integer leaderboardTop) {
}
