package com.salesteam.jira.jira.jql;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;

/** A JQL function that answers with deal issues, for "issue in …", and needs at least one argument. */
abstract class DealListFunction extends AbstractJqlFunction {

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }
}
