package com.salesteam.jira.rest.entities;

import java.math.BigDecimal;

/** A fiscal period as the REST API returns it; {@code end} is the last day, inclusive. */
public class PeriodJson {

    private final String type;
    private final String key;
    private final String label;
    private final String start;
    private final String end;
    private final BigDecimal fractionElapsed;
    private final String previousKey;
    private final String nextKey;

    public PeriodJson(String type, String key, String label, String start, String end,
                      BigDecimal fractionElapsed, String previousKey, String nextKey) {
        this.type = type;
        this.key = key;
        this.label = label;
        this.start = start;
        this.end = end;
        this.fractionElapsed = fractionElapsed;
        this.previousKey = previousKey;
        this.nextKey = nextKey;
    }

    public String getType() {
        return type;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public String getStart() {
        return start;
    }

    public String getEnd() {
        return end;
    }

    public BigDecimal getFractionElapsed() {
        return fractionElapsed;
    }

    public String getPreviousKey() {
        return previousKey;
    }

    public String getNextKey() {
        return nextKey;
    }
}
