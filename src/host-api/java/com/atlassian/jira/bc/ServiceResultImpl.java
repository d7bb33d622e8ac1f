package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.bc.ServiceResultImpl}; see DESIGN.md. Verified against: jira-api ServiceResultImpl.java source (code corpus, @PublicApi since 4.0). */
public class ServiceResultImpl implements ServiceResult {
    public ServiceResultImpl(ErrorCollection errorCollection) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isValid() {
        throw new UnsupportedOperationException();
    }

    @Override
    public ErrorCollection getErrorCollection() {
        throw new UnsupportedOperationException();
    }
}
