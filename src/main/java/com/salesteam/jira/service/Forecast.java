package com.salesteam.jira.service;

import com.salesteam.jira.model.Period;

import java.util.List;
import java.util.Objects;

/**
 * A forecast for one period: the total of its subject (a rep, or a team with every nested team rolled up),
 * one line per direct member and one per sub-team, and the open pipeline per stage (the funnel, from the
 * least to the most likely stage; empty for weeks).
 */
public record Forecast(Period period, ForecastLine total, List<ForecastLine> members, List<ForecastLine> subTeams,
                       List<ForecastLine> stages) {

    public Forecast {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(total, "total");
        members = List.copyOf(members);
        subTeams = List.copyOf(subTeams);
        stages = List.copyOf(stages);
    }
}
