package com.salesteam.jira.rest.entities;

/** One scorecard line of a weights PUT: {"kpi": "calls", "weight": "40", "cap": "150"} (cap optional). */
public class ScorecardLineJson {

    private String kpi;
    private String weight;
    private String cap;

    public String getKpi() {
        return kpi;
    }

    public void setKpi(String kpi) {
        this.kpi = kpi;
    }

    public String getWeight() {
        return weight;
    }

    public void setWeight(String weight) {
        this.weight = weight;
    }

    public String getCap() {
        return cap;
    }

    public void setCap(String cap) {
        this.cap = cap;
    }
}
