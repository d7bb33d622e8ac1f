package com.salesteam.jira.rest.entities;

/** A manager's forecast call as stored: the exact amount, its display form, who made it and when (ISO-8601). */
public class AdjustmentJson {

    private final String period;
    private final String category;
    private final String amount;
    private final String currency;
    private final String formatted;
    private final String note;
    private final String authorKey;
    private final String authorName;
    private final String madeAt;
    private final String madeOn;

    public AdjustmentJson(String period, String category, String amount, String currency, String formatted, String note,
                          String authorKey, String authorName, String madeAt, String madeOn) {
        this.period = period;
        this.category = category;
        this.amount = amount;
        this.currency = currency;
        this.formatted = formatted;
        this.note = note;
        this.authorKey = authorKey;
        this.authorName = authorName;
        this.madeAt = madeAt;
        this.madeOn = madeOn;
    }

    public String getPeriod() {
        return period;
    }

    public String getCategory() {
        return category;
    }

    public String getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getFormatted() {
        return formatted;
    }

    public String getNote() {
        return note;
    }

    public String getAuthorKey() {
        return authorKey;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getMadeAt() {
        return madeAt;
    }

    /** The day it was made, in the fiscal calendar's time zone, written for the caller's language. */
    public String getMadeOn() {
        return madeOn;
    }
}
