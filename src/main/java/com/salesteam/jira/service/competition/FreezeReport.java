package com.salesteam.jira.service.competition;

import java.util.List;

/** What a freeze run did: the competitions it froze and those it skipped because freezing them failed. */
public record FreezeReport(List<Long> frozen, List<Failure> failures) {

    public FreezeReport {
        frozen = List.copyOf(frozen);
        failures = List.copyOf(failures);
    }

    public record Failure(long competitionId, String reason) {
    }

    public String summary() {
        return "competitions frozen: " + frozen.size() + ", failed: " + failures.size();
    }
}
