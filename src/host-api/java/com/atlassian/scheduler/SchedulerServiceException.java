package com.atlassian.scheduler;

/** Mirror of atlassian-scheduler-api 5.x/6.x {@code com.atlassian.scheduler.SchedulerServiceException}; see DESIGN.md. Verified against: decompiled atlassian-scheduler-api (CFR 0.152, code corpus) SchedulerServiceException (checked, two constructors that only call super). */
public class SchedulerServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
