package com.salesteam.jira.service.automation;

import java.time.Instant;
import java.util.function.BooleanSupplier;

/** One automation job's work: goes through the deals in batches, records each side effect under run {@code runId}. */
interface Automation {

    String key();

    void run(long runId, Instant now, BooleanSupplier cancelled, RunTally tally);
}
