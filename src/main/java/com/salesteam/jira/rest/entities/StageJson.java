package com.salesteam.jira.rest.entities;

/** A stage rule in JSON, both ways: outcome open/won/lost, probability 0–100, category e.g. "best-case". */
public class StageJson {

    private String stageId;
    private String outcome;
    private Integer probability;
    private String category;

    public StageJson() {
    }

    public StageJson(String stageId, String outcome, Integer probability, String category) {
        this.stageId = stageId;
        this.outcome = outcome;
        this.probability = probability;
        this.category = category;
    }

    public String getStageId() {
        return stageId;
    }

    public void setStageId(String stageId) {
        this.stageId = stageId;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public Integer getProbability() {
        return probability;
    }

    public void setProbability(Integer probability) {
        this.probability = probability;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
