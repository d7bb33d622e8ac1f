package com.salesteam.jira.service.automation;

import java.util.List;

/** The keys of the automation jobs, as the admin page, the REST API and the scheduler name them. */
public final class AutomationJobs {

    public static final String STALE_DEALS = "stale-deals";
    public static final String SLIP_ALERTS = "slip-alerts";
    public static final String DIGEST = "digest";
    /** The teams' Sales Meetings (the meeting cadence): hourly, so a period's meeting comes on its first day. */
    public static final String MEETINGS = "meetings";
    public static final List<String> ALL = List.of(STALE_DEALS, SLIP_ALERTS, DIGEST, MEETINGS);
    /** Deals read, decided and acted on per batch: bounded memory and short transactions whatever the ledger's size. */
    static final int BATCH = 200;

    private AutomationJobs() {
    }

    /** How often the job runs: the digest weekly, the deal rules hourly. */
    public static java.time.Duration interval(String job) {
        return DIGEST.equals(job) ? java.time.Duration.ofDays(7) : java.time.Duration.ofHours(1);
    }
}
