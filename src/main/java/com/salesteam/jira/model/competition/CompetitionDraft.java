package com.salesteam.jira.model.competition;

import java.util.List;
import java.util.Objects;

/**
 * A competition as typed in a form or a JSON body, not yet checked: dates as ISO text, metric and scoring by key.
 * {@link CompetitionRules#check} turns it into a {@link CompetitionTerms} or names each refused field.
 */
public record CompetitionDraft(String name, String description, String metricKey, String start, String end,
                               List<Long> teamIds, List<String> people, String scoringKey, List<String> prizes) {
    public CompetitionDraft {
        name = Objects.requireNonNullElse(name, "");
        description = Objects.requireNonNullElse(description, "");
        metricKey = Objects.requireNonNullElse(metricKey, "");
        start = Objects.requireNonNullElse(start, "");
        end = Objects.requireNonNullElse(end, "");
        teamIds = teamIds == null ? List.of() : List.copyOf(teamIds.stream().filter(Objects::nonNull).toList());
        people = people == null ? List.of() : people.stream().map(p -> Objects.requireNonNullElse(p, "")).toList();
        scoringKey = Objects.requireNonNullElse(scoringKey, "");
        prizes = prizes == null ? List.of() : prizes.stream().map(p -> Objects.requireNonNullElse(p, "")).toList();
    }
}
