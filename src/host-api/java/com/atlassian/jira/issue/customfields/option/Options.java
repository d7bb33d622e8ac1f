package com.atlassian.jira.issue.customfields.option;

import java.util.List;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.customfields.option.Options}; see DESIGN.md. Verified against: jira-api Options.java source (code corpus, @PublicApi, {@code public interface Options extends List<Option>}). Only the List view is used; getRootOptions, getOptionById, addOption... omitted. */
public interface Options extends List<Option> {
}
