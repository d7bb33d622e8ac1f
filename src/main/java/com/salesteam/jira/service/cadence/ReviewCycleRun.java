package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.cadence.ClaimMarker;
import com.salesteam.jira.model.cadence.DueReview;
import com.salesteam.jira.model.cadence.ReviewCycle;
import com.salesteam.jira.model.cadence.ReviewPlan;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.ReviewCycleRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Creates the Performance Reviews the teams' cycles owe for the current period: for each, the natural key is
 * claimed in AO first, then the issue is created, labelled with its claim's marker and recorded. A review whose
 * issue Jira refuses is logged, its claim released (the next run tries again) and the run goes on. Each run first
 * recovers the claims a crash left ({@link ClaimRecovery}). No permission check: the scheduled job calls it.
 */
public class ReviewCycleRun {

    /** Reviews created between two checks for cancellation. */
    public static final int BATCH = 50;

    private static final Logger LOG = LoggerFactory.getLogger(ReviewCycleRun.class);

    /** What a run did. */
    public record Outcome(int created, int skipped, int failed, boolean complete) {
        public String summary() {
            return "review cycles: " + created + " reviews created, " + skipped + " already there, " + failed
                    + " failed" + (complete ? "" : " (cancelled)");
        }
    }

    private final ReviewCycleRepository cycles;
    private final TeamRepository teams;
    private final SettingsRepository settings;
    private final ReviewIssues issues;
    private final UserDirectory users;
    private final Translator translator;
    private final Clock clock;
    private final ClaimRecovery recovery;

    public ReviewCycleRun(ReviewCycleRepository cycles, TeamRepository teams, SettingsRepository settings,
                          ReviewIssues issues, UserDirectory users, Translator translator, Clock clock,
                          ClaimRecovery recovery) {
        this.recovery = recovery;
        this.cycles = cycles;
        this.teams = teams;
        this.settings = settings;
        this.issues = issues;
        this.users = users;
        this.translator = translator;
        this.clock = clock;
    }

    public Outcome run(BooleanSupplier cancelled) {
        List<ReviewCycle> all = cycles.cycles();
        if (all.isEmpty()) {
            return new Outcome(0, 0, 0, true);
        }
        recovery.recover(ClaimMarker.Job.REVIEW, new ClaimRecovery.Claims(cycles::orphans,
                (key, found) -> cycles.confirmByKey(key, found.id(), found.key()), cycles::releaseByKey,
                cycles::missed));
        FiscalCalendar calendar = settings.fiscalCalendar();
        LocalDate today = calendar.today(clock);
        Map<Long, Team> byId = teams.findAll().stream().collect(Collectors.toMap(Team::id, Function.identity()));
        Set<String> existing = cycles.claimedKeys(all.stream()
                .map(cycle -> cycle.currentPeriod(calendar, today).key()).toList());
        List<DueReview> due = ReviewPlan.due(all, byId, calendar, today, existing);
        int created = 0;
        int skipped = 0;
        int failed = 0;
        for (int index = 0; index < due.size(); index++) {
            if (index % BATCH == 0 && index > 0 && cancelled.getAsBoolean()) {
                return new Outcome(created, skipped, failed, false);
            }
            DueReview review = due.get(index);
            if (!cycles.claim(review, recovery.now())) {
                skipped++;
                continue;
            }
            ReviewIssues.Created issue;
            try {
                issue = issues.create(review, summary(review.key().repKey(), review.period()),
                        ClaimMarker.of(ClaimMarker.Job.REVIEW, review.key().text()));
            } catch (RuntimeException e) {
                cycles.release(review.key());
                failed++;
                LOG.warn("Sales Team Manager: could not create the review {} ({}); skipped, tried again next run",
                        review.key().text(), e.getMessage());
                continue;
            }
            recovery.mark(ClaimMarker.Job.REVIEW, review.key().text(), review.managerKey(), issue.id(),
                    cycles::unmarked);
            try {
                cycles.confirm(review.key(), issue.id(), issue.key());
            } catch (RuntimeException e) {
                // the issue exists: the claim stays, so no later run creates a second review for it
                LOG.warn("Sales Team Manager: review {} created as {} but not recorded against its claim ({})",
                        review.key().text(), issue.key(), e.getMessage());
            }
            created++;
        }
        return new Outcome(created, skipped, failed, true);
    }

    private String summary(String repKey, Period period) {
        String name = users.byKey(repKey).map(Person::displayName).orElse(repKey);
        return translator.text("salesteam.cadence.review.summary", name, period.label(translator.locale()));
    }
}
