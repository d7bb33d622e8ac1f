package com.atlassian.query.operand;

/** Mirror of Jira 10.3 {@code com.atlassian.query.operand.Operand}; see DESIGN.md. Verified against: jira-api Operand.java source (code corpus). accept(OperandVisitor) omitted. */
public interface Operand {
    String getName();

    String getDisplayString();
}
