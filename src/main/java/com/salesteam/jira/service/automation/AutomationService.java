package com.salesteam.jira.service.automation;

import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.automation.AutomationAction;
import com.salesteam.jira.model.automation.AutomationRun;
import com.salesteam.jira.model.automation.AutomationSettings;
import com.salesteam.jira.model.automation.QuietHours;
import com.salesteam.jira.model.automation.StalePolicy;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.TeamLookup;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AutomationRepository;
import com.salesteam.jira.store.DealLedger;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The automation's use cases: the admin's overview of every job (next and last run, what it did), switching jobs
 * on and off, "run now", the settings and per-stage stale rules; and the slipped-deal list for managers.
 */
public class AutomationService {

    /** Audit lines shown per run: the page stays readable and the read bounded. */
    static final int MAX_ACTIONS_SHOWN = 200;

    private final AutomationRepository repository;
    private final AutomationSchedule schedule;
    private final TeamLookup teams;
    private final UserDirectory users;
    private final AccessGuard access;
    private final SlippedDeals slipped;

    public AutomationService(AutomationRepository repository, AutomationSchedule schedule, DealLedger ledger,
                             TeamLookup teams, UserDirectory users, CurrentUser currentUser) {
        this.repository = repository;
        this.schedule = schedule;
        this.teams = teams;
        this.users = users;
        this.access = new AccessGuard(currentUser);
        this.slipped = new SlippedDeals(repository, ledger, users);
    }

    /** Every job with its next run, last run and that run's actions: three statements. */
    public List<JobStatus> overview() {
        access.requireAdmin("salesteam.error.automation.adminonly");
        Set<String> off = repository.disabledJobs();
        Map<String, AutomationRun> last = repository.lastRuns(AutomationJobs.ALL);
        Map<Long, List<AutomationAction>> actions = repository.actionsOf(last.values().stream().map(AutomationRun::id).toList());
        List<JobStatus> jobs = new ArrayList<>();
        for (String job : AutomationJobs.ALL) {
            Optional<AutomationRun> run = Optional.ofNullable(last.get(job));
            List<AutomationAction> done = run.map(r -> actions.getOrDefault(r.id(), List.of())).orElse(List.of());
            jobs.add(new JobStatus(job, !off.contains(job), schedule.nextRun(job), run,
                    done.subList(0, Math.min(done.size(), MAX_ACTIONS_SHOWN))));
        }
        return jobs;
    }

    public void setEnabled(String job, boolean enabled) {
        access.requireAdmin("salesteam.error.automation.adminonly");
        repository.setEnabled(known(job), enabled);
    }

    public void runNow(String job) {
        access.requireAdmin("salesteam.error.automation.adminonly");
        schedule.runNow(known(job));
    }

    private static String known(String job) {
        if (!AutomationJobs.ALL.contains(job)) {
            throw ServiceException.notFound("salesteam.error.automation.job.unknown", job);
        }
        return job;
    }

    /** Whether the caller opted out of the weekly digest e-mail. */
    public boolean digestOptedOut() {
        return repository.optedOutOfDigest(access.requireUser().userKey());
    }

    /** Everyone decides for themselves only. */
    public void setDigestOptOut(boolean optedOut) {
        repository.setDigestOptOut(access.requireUser().userKey(), optedOut);
    }

    public AutomationSettings settings() {
        access.requireAdmin("salesteam.error.automation.adminonly");
        return repository.settings();
    }

    /** The actor as a username for the admin to read, empty when none is set. */
    public Optional<Person> actor(AutomationSettings settings) {
        return settings.actorKey().flatMap(users::byKey);
    }

    public AutomationSettings saveSettings(AutomationSettingsDraft draft) {
        access.requireAdmin("salesteam.error.automation.adminonly");
        List<FieldError> errors = new ArrayList<>();
        Optional<String> actor = Optional.empty();
        if (draft.actorUsername() != null && !draft.actorUsername().isBlank()) {
            actor = users.byUsername(draft.actorUsername().strip()).map(Person::key);
            if (actor.isEmpty()) {
                errors.add(FieldError.of("actor", "salesteam.error.automation.actor.unknown", draft.actorUsername()));
            }
        }
        Optional<LocalTime> start = time(draft.quietStart(), "quietStart", errors);
        Optional<LocalTime> end = time(draft.quietEnd(), "quietEnd", errors);
        if (draft.maxSlips() == null || draft.maxSlips() < 0 || draft.maxSlips() > 100) {
            errors.add(FieldError.of("maxSlips", "salesteam.error.automation.maxslips.range"));
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        AutomationSettings settings = new AutomationSettings(actor, new QuietHours(start.orElseThrow(), end.orElseThrow(),
                Boolean.TRUE.equals(draft.quietWeekends())), draft.maxSlips());
        repository.saveSettings(settings);
        return settings;
    }

    private static Optional<LocalTime> time(String text, String field, List<FieldError> errors) {
        try {
            if (text != null) {
                return Optional.of(LocalTime.parse(text.strip()));
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(FieldError.of(field, "salesteam.error.automation.time.malformed", String.valueOf(text)));
        return Optional.empty();
    }

    public List<StalePolicy> stalePolicies() {
        access.requireAdmin("salesteam.error.automation.adminonly");
        return repository.stalePolicies().values().stream()
                .sorted(java.util.Comparator.comparing(StalePolicy::stageId)).toList();
    }

    /** Replaces every stage's stale rule; nothing is saved unless all are valid. */
    public List<StalePolicy> saveStalePolicies(List<StalePolicyDraft> drafts) {
        access.requireAdmin("salesteam.error.automation.adminonly");
        List<FieldError> errors = new ArrayList<>();
        List<StalePolicy> policies = new ArrayList<>();
        Set<String> stages = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            StalePolicyDraft draft = drafts.get(i);
            String prefix = "rules[" + i + "].";
            int before = errors.size();
            if (draft.stageId() == null || draft.stageId().isBlank()) {
                errors.add(FieldError.of(prefix + "stageId", "salesteam.error.stage.id.required"));
            } else if (!stages.add(draft.stageId())) {
                errors.add(FieldError.of(prefix + "stageId", "salesteam.error.stage.id.duplicate", draft.stageId()));
            }
            if (draft.staleDays() == null || draft.staleDays() < 1 || draft.staleDays() > StalePolicy.MAX_DAYS) {
                errors.add(FieldError.of(prefix + "staleDays", "salesteam.error.automation.days.range", 1, StalePolicy.MAX_DAYS));
            }
            if (draft.escalateDays() == null || draft.escalateDays() < 0 || draft.escalateDays() > StalePolicy.MAX_DAYS) {
                errors.add(FieldError.of(prefix + "escalateDays", "salesteam.error.automation.days.range", 0, StalePolicy.MAX_DAYS));
            }
            if (errors.size() == before) {
                policies.add(new StalePolicy(draft.stageId(), draft.staleDays(), draft.escalateDays(),
                        Boolean.TRUE.equals(draft.createTask()), Boolean.TRUE.equals(draft.flag())));
            }
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        repository.replaceStalePolicies(policies);
        return policies;
    }

    /**
     * The flagged deals of a team (and the teams below it) for its managers, or of everyone for admins; open deals
     * only. Statements: the alerts, the teams, the deals' facts.
     */
    public List<SlippedDeal> slippedDeals(Optional<Long> teamId) {
        Caller caller = access.requireUser();
        Optional<Set<String>> owners = Optional.empty();
        if (teamId.isPresent()) {
            TeamHierarchy hierarchy = teams.hierarchy();
            access.requireTeamManager(caller, hierarchy, teamId.get(), "salesteam.error.automation.slips.forbidden");
            owners = Optional.of(hierarchy.rollUpMembers(teamId.get()));
        } else if (!caller.admin()) {
            throw ServiceException.forbidden("salesteam.error.automation.slips.forbidden");
        }
        return slipped.of(owners);
    }
}
