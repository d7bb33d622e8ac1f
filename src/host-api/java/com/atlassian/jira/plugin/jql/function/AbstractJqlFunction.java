package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.operand.FunctionOperand;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.plugin.jql.function.AbstractJqlFunction}; see DESIGN.md. Verified against: jira-api AbstractJqlFunction.java source (code corpus, @PublicSpi) and docs.atlassian.com/jira/latest LastLoginFunction.html (inherits getFunctionName, getI18n, getModuleDescriptor, init, isList, validateNumberOfArgs). init/getModuleDescriptor omitted (need JqlFunctionModuleDescriptor). */
public abstract class AbstractJqlFunction implements JqlFunction {
    protected MessageSet validateNumberOfArgs(FunctionOperand operand, int expected) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getFunctionName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isList() {
        throw new UnsupportedOperationException();
    }

    protected I18nHelper getI18n() {
        throw new UnsupportedOperationException();
    }
}
