package com.salesteam.jira.sandbox;

import com.salesteam.jira.model.automation.AutomationSettings;
import com.salesteam.jira.model.automation.QuietHours;
import com.salesteam.jira.model.automation.StalePolicy;
import com.salesteam.jira.service.automation.AutomationJobs;
import com.salesteam.jira.service.automation.AutomationRunner;
import com.salesteam.jira.service.automation.AutomationSchedule;
import com.salesteam.jira.store.AutomationRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The automation in the sandbox: demo settings (acting as the admin, quiet at night, one slip allowed), a stale rule
 * for the early stages, and one demo run of each job so the admin page shows real runs. The sandbox has no
 * scheduler: "run now" runs at once, and the next run is the next full hour.
 */
final class AutomationDemo implements AutomationSchedule {

    private final AutomationRunner runner;
    private final Clock clock;

    AutomationDemo(AutomationRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    @Override
    public Optional<Instant> nextRun(String job) {
        return Optional.of(clock.instant().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS));
    }

    @Override
    public void runNow(String job) {
        runner.run(job, AutomationRunner.ADMIN, () -> false);
    }

    /** Settings, rules and a first run of each job, once: a restart keeps what the runs did. */
    void seedIfNeverRun(AutomationRepository repository) {
        if (!repository.recentRuns(1).isEmpty()) {
            return;
        }
        repository.saveSettings(new AutomationSettings(Optional.of(SandboxUsers.ADMIN),
                new QuietHours(LocalTime.of(22, 0), LocalTime.of(6, 0), false), 1));
        repository.replaceStalePolicies(List.of(
                new StalePolicy("prospecting", 14, 7, true, true),
                new StalePolicy("qualification", 10, 5, false, true)));
        for (String job : AutomationJobs.ALL) {
            // the meetings read competitions and reviews, which the sandbox sets up later: their first run comes then
            if (!AutomationJobs.MEETINGS.equals(job)) {
                runner.run(job, AutomationRunner.SCHEDULE, () -> false);
            }
        }
    }
}
