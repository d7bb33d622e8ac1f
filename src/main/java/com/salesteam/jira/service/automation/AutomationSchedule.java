package com.salesteam.jira.service.automation;

import java.time.Instant;
import java.util.Optional;

/** The automation jobs as Jira's scheduler has them: when each runs next, and "run now". */
public interface AutomationSchedule {

    Optional<Instant> nextRun(String job);

    /** Asks for a run as soon as possible, on whichever node the scheduler picks. */
    void runNow(String job);
}
