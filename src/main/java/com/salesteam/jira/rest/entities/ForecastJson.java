package com.salesteam.jira.rest.entities;

import java.util.List;

/** The answer of GET /forecast/rep/{key} and /forecast/team/{id}. */
public class ForecastJson {

    private final PeriodJson period;
    private final ForecastLineJson total;
    private final List<ForecastLineJson> members;
    private final List<ForecastLineJson> subTeams;
    private final List<ForecastLineJson> stages;

    public ForecastJson(PeriodJson period, ForecastLineJson total, List<ForecastLineJson> members,
                        List<ForecastLineJson> subTeams, List<ForecastLineJson> stages) {
        this.period = period;
        this.total = total;
        this.members = List.copyOf(members);
        this.subTeams = List.copyOf(subTeams);
        this.stages = List.copyOf(stages);
    }

    /** The open pipeline per workflow stage, least likely first (empty for weeks). */
    public List<ForecastLineJson> getStages() {
        return stages;
    }

    public PeriodJson getPeriod() {
        return period;
    }

    public ForecastLineJson getTotal() {
        return total;
    }

    public List<ForecastLineJson> getMembers() {
        return members;
    }

    public List<ForecastLineJson> getSubTeams() {
        return subTeams;
    }
}
