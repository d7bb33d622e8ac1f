package com.salesteam.jira.service.automation;

import com.salesteam.jira.store.AutomationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs one automation job and keeps its run record: started, what it went through and did, how it ended. A
 * scheduled run of a job switched off does nothing; an admin's "run now" runs it anyway. A failing run is recorded
 * as failed, never thrown at the scheduler.
 */
public class AutomationRunner {

    /** How the summary of a run that failed begins, before the reason (pages translate it). */
    public static final String FAILED = "failed: ";

    public static final String SCHEDULE = "schedule";
    public static final String ADMIN = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(AutomationRunner.class);

    private final Map<String, Automation> automations;
    private final AutomationRepository repository;
    private final Clock clock;

    public AutomationRunner(StaleDealAutomation staleDeals, SlipAlertAutomation slipAlerts, DigestAutomation digest,
                            TeamMeetingAutomation meetings, AutomationRepository repository, Clock clock) {
        this.automations = List.<Automation>of(staleDeals, slipAlerts, digest, meetings).stream()
                .collect(Collectors.toUnmodifiableMap(Automation::key, Function.identity()));
        this.repository = repository;
        this.clock = clock;
    }

    /** Runs the job; returns the run's summary for the scheduler's log. */
    public String run(String job, String trigger, BooleanSupplier cancelled) {
        Automation automation = automations.get(job);
        if (automation == null) {
            throw new IllegalArgumentException("no automation job " + job);
        }
        if (SCHEDULE.equals(trigger) && repository.disabledJobs().contains(job)) {
            return job + " is switched off";
        }
        long runId = repository.startRun(job, trigger, clock.instant());
        RunTally tally = new RunTally();
        String summary;
        try {
            automation.run(runId, clock.instant(), cancelled, tally);
            summary = String.format("%d deals, %d actions, %d failed%s", tally.deals(), tally.actions(),
                    tally.failures(), cancelled.getAsBoolean() ? ", cancelled" : "");
        } catch (RuntimeException e) {
            LOG.error("Automation job {} failed", job, e);
            summary = FAILED + e.getMessage();
        }
        repository.finishRun(runId, clock.instant(), tally.deals(), tally.actions(), tally.failures(), summary);
        return summary;
    }
}
