package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;

import java.util.List;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.plugin.jql.function.JqlFunction}; see DESIGN.md. Verified against: jira-api JqlFunction.java source (code corpus, @PublicSpi) and docs.atlassian.com/jira/latest EchoFunction.html / LastLoginFunction.html (validate takes ApplicationUser in 7+). init(JqlFunctionModuleDescriptor) omitted. */
public interface JqlFunction {
    MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause);

    List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand, TerminalClause terminalClause);

    boolean isList();

    int getMinimumNumberOfExpectedArguments();

    String getFunctionName();

    JiraDataType getDataType();
}
