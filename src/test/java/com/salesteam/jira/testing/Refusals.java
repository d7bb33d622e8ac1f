package com.salesteam.jira.testing;

import com.salesteam.jira.service.ServiceException;

import static org.junit.Assert.fail;

/** Runs a use case that must be refused and hands back the refusal, so tests can assert on its reason and fields. */
public final class Refusals {

    private Refusals() {
    }

    public static ServiceException refused(Runnable call) {
        try {
            call.run();
        } catch (ServiceException e) {
            return e;
        }
        fail("expected the service to refuse");
        throw new AssertionError("unreachable");
    }
}
