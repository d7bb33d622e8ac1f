package com.salesteam.jira.rest.entities;

/** A tier (from, to, rate) or a pay-curve point (attainment, payout) as text. */
public class CommissionTierJson {

    private String from;
    private String to;
    private String rate;
    private String attainment;
    private String payout;

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getRate() {
        return rate;
    }

    public void setRate(String rate) {
        this.rate = rate;
    }

    public String getAttainment() {
        return attainment;
    }

    public void setAttainment(String attainment) {
        this.attainment = attainment;
    }

    public String getPayout() {
        return payout;
    }

    public void setPayout(String payout) {
        this.payout = payout;
    }
}
