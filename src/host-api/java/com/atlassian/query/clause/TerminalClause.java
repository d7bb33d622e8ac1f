package com.atlassian.query.clause;

/** Mirror of Jira 10.3 {@code com.atlassian.query.clause.TerminalClause}; see DESIGN.md. Verified against: jira-api JqlFunction.java imports (code corpus) and docs.atlassian.com/jira/latest EchoFunction.html (parameter type). Forced type only: no members mirrored (real supertype Clause omitted). */
public interface TerminalClause {
}
