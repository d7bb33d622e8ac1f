package com.salesteam.jira.rest.entities;

import java.util.List;

/**
 * The body of a commission plan: every value as text; tier kinds send tiers (retroactive ones a tier basis, "amount"
 * or "attainment", none meaning amount), a pay curve the rest.
 */
public class CommissionPlanInputJson {

    private String name;
    private String currency;
    private String kind;
    private String tierBasis;
    private List<CommissionTierJson> tiers;
    private String targetIncentive;
    private String threshold;
    private List<CommissionTierJson> points;
    private String accelerator;
    private String cap;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTierBasis() {
        return tierBasis;
    }

    public void setTierBasis(String tierBasis) {
        this.tierBasis = tierBasis;
    }

    public List<CommissionTierJson> getTiers() {
        return tiers;
    }

    public void setTiers(List<CommissionTierJson> tiers) {
        this.tiers = tiers;
    }

    public String getTargetIncentive() {
        return targetIncentive;
    }

    public void setTargetIncentive(String targetIncentive) {
        this.targetIncentive = targetIncentive;
    }

    public String getThreshold() {
        return threshold;
    }

    public void setThreshold(String threshold) {
        this.threshold = threshold;
    }

    public List<CommissionTierJson> getPoints() {
        return points;
    }

    public void setPoints(List<CommissionTierJson> points) {
        this.points = points;
    }

    public String getAccelerator() {
        return accelerator;
    }

    public void setAccelerator(String accelerator) {
        this.accelerator = accelerator;
    }

    public String getCap() {
        return cap;
    }

    public void setCap(String cap) {
        this.cap = cap;
    }
}
