package com.salesteam.jira.web;

import java.util.List;

/**
 * Clawbacks of one currency that no plan of the period pays in, as the statement page shows them: the currency, the
 * plan the deals were paid under, the lines and their (negative) sum, already formatted for the reader.
 */
public final class CommissionClawbackGroup {

    private final String currency;
    private final String paidUnder;
    private final List<CommissionLineRow> lines;
    private final String net;

    public CommissionClawbackGroup(String currency, String paidUnder, List<CommissionLineRow> lines, String net) {
        this.currency = currency;
        this.paidUnder = paidUnder;
        this.lines = List.copyOf(lines);
        this.net = net;
    }

    public String getCurrency() {
        return currency;
    }

    public String getPaidUnder() {
        return paidUnder;
    }

    public List<CommissionLineRow> getLines() {
        return lines;
    }

    public String getNet() {
        return net;
    }
}
