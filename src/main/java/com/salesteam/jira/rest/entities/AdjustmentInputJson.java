package com.salesteam.jira.rest.entities;

/** The body of a manager's forecast call: period key (blank: this quarter), "commit" or "best-case", amount, note. */
public class AdjustmentInputJson {

    private String period;
    private String category;
    private String amount;
    private String note;

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
