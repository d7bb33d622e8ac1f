package com.salesteam.jira.web;

import java.util.List;

/**
 * A statement line as the page shows it: text already formatted for the reader's language; the deal by its issue key
 * with a link, or as hidden with no link ({@code dealUrl} empty) when the reader may not browse it.
 */
public final class CommissionLineRow {

    private final boolean clawback;
    private final String deal;
    private final String dealUrl;
    private final String closedOn;
    private final String credit;
    private final List<String> bands;
    private final String rate;
    private final String commission;
    private final String paidIn;

    public CommissionLineRow(boolean clawback, String deal, String dealUrl, String closedOn, String credit,
                             List<String> bands, String rate, String commission, String paidIn) {
        this.clawback = clawback;
        this.deal = deal;
        this.dealUrl = dealUrl;
        this.closedOn = closedOn;
        this.credit = credit;
        this.bands = List.copyOf(bands);
        this.rate = rate;
        this.commission = commission;
        this.paidIn = paidIn;
    }

    public boolean isClawback() {
        return clawback;
    }

    public String getDeal() {
        return deal;
    }

    public String getDealUrl() {
        return dealUrl;
    }

    public String getClosedOn() {
        return closedOn;
    }

    public String getCredit() {
        return credit;
    }

    public List<String> getBands() {
        return bands;
    }

    public String getRate() {
        return rate;
    }

    public String getCommission() {
        return commission;
    }

    public String getPaidIn() {
        return paidIn;
    }
}
