package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.jql.operand.QueryLiteral}; see DESIGN.md. Verified against: jira-api QueryLiteral.java source (code corpus: ctors (Operand, Long), (Operand, String); getters). Trivial real value behaviour kept; no-arg/(Operand) ctors, asString/isEmpty/equals omitted. */
public class QueryLiteral {
    private final String stringValue;
    private final Long longValue;
    private final Operand sourceOperand;

    public QueryLiteral(final Operand sourceOperand, final Long longValue) {
        this.sourceOperand = sourceOperand;
        this.stringValue = null;
        this.longValue = longValue;
    }

    public QueryLiteral(final Operand sourceOperand, final String stringValue) {
        this.sourceOperand = sourceOperand;
        this.stringValue = stringValue;
        this.longValue = null;
    }

    public String getStringValue() {
        return stringValue;
    }

    public Long getLongValue() {
        return longValue;
    }

    public Operand getSourceOperand() {
        return sourceOperand;
    }
}
