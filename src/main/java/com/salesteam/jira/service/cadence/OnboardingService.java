package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.cadence.OnboardingPlan;
import com.salesteam.jira.model.cadence.OnboardingTask;
import com.salesteam.jira.model.cadence.OnboardingTemplate;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ProjectKeys;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.store.OnboardingRepository;
import com.salesteam.jira.store.TeamRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The onboarding plan template (Jira administrators read and change it) and a person's plan (the person, their
 * managers up the team tree and administrators read it; anyone else is refused before it is read).
 */
public class OnboardingService {

    static final String ADMIN_ONLY = "salesteam.onboarding.error.adminonly";
    static final String FORBIDDEN = "salesteam.onboarding.error.forbidden";

    /** A task as typed: its due days may be missing or not a number (null), its kind anything. */
    public record TaskInput(String title, String kind, Integer dueAfterDays) {
    }

    private final OnboardingRepository onboarding;
    private final TeamRepository teams;
    private final ProjectKeys projects;
    private final AccessGuard access;

    public OnboardingService(OnboardingRepository onboarding, TeamRepository teams, ProjectKeys projects,
                             CurrentUser currentUser) {
        this.onboarding = onboarding;
        this.teams = teams;
        this.projects = projects;
        this.access = new AccessGuard(currentUser);
    }

    public OnboardingTemplate template() {
        access.requireAdmin(ADMIN_ONLY);
        return onboarding.template();
    }

    /**
     * Replaces the template; each bad field is named ({@code projectKey}, {@code tasks},
     * {@code tasks[N].title|kind|dueAfterDays}) and nothing is written then. Plans already made keep their tasks.
     */
    public OnboardingTemplate saveTemplate(String projectKey, List<TaskInput> tasks) {
        access.requireAdmin(ADMIN_ONLY);
        List<FieldError> errors = new ArrayList<>();
        String project = projectKey == null ? "" : projectKey.strip();
        if (project.length() > OnboardingTemplate.MAX_PROJECT_KEY || project.contains("\n")) {
            errors.add(FieldError.of("projectKey", "salesteam.onboarding.error.project.toolong",
                    OnboardingTemplate.MAX_PROJECT_KEY));
        }
        List<TaskInput> input = tasks == null ? List.of() : tasks;
        if (project.isEmpty() && !input.isEmpty()) {
            errors.add(FieldError.of("projectKey", "salesteam.onboarding.error.project.required"));
        } else if (!project.isEmpty() && errors.isEmpty() && !projects.exists(project)) {
            // a wrong key would make every newcomer's task fail on every run of the job
            errors.add(FieldError.of("projectKey", "salesteam.onboarding.error.project.unknown", project));
        }
        if (input.size() > OnboardingTemplate.MAX_TASKS) {
            errors.add(FieldError.of("tasks", "salesteam.onboarding.error.tasks.toomany", OnboardingTemplate.MAX_TASKS));
        }
        List<OnboardingTask> clean = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            TaskInput task = input.get(i) == null ? new TaskInput(null, null, null) : input.get(i);
            String field = "tasks[" + i + "].";
            String title = task.title() == null ? "" : task.title().strip();
            boolean valid = true;
            if (title.isEmpty() || title.length() > OnboardingTask.MAX_TITLE || title.contains("\n")) {
                errors.add(FieldError.of(field + "title", "salesteam.onboarding.error.title", OnboardingTask.MAX_TITLE));
                valid = false;
            }
            if (task.kind() == null || !ReviewsBlueprint.KIND_OPTIONS.contains(task.kind())) {
                errors.add(FieldError.of(field + "kind", "salesteam.onboarding.error.kind",
                        String.join(", ", ReviewsBlueprint.KIND_OPTIONS)));
                valid = false;
            }
            if (task.dueAfterDays() == null || task.dueAfterDays() < 0 || task.dueAfterDays() > OnboardingTask.MAX_DAYS) {
                errors.add(FieldError.of(field + "dueAfterDays", "salesteam.onboarding.error.days",
                        OnboardingTask.MAX_DAYS));
                valid = false;
            }
            if (valid) {
                clean.add(new OnboardingTask(title, task.kind(), task.dueAfterDays()));
            }
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        OnboardingTemplate template = new OnboardingTemplate(project, clean);
        onboarding.saveTemplate(template);
        return template;
    }

    /**
     * Puts a person's failed onboarding step (Jira refused it {@code MAX_ATTEMPTS} runs) back for the next run of
     * the onboarding job, with its attempts forgotten: administrators only, as the fix (a project, a permission, a
     * field) is theirs to make. Not found when the person has no failed step at that position. The plan as it is now.
     */
    public OnboardingPlan retryStep(String repKey, int position) {
        access.requireAdmin(ADMIN_ONLY);
        if (!onboarding.retry(repKey, position)) {
            throw ServiceException.notFound("salesteam.onboarding.error.step.notfailed", position + 1, repKey);
        }
        return onboarding.plan(repKey).orElseThrow();
    }

    /** The person's onboarding plan, empty when they were given none. */
    public Optional<OnboardingPlan> plan(String repKey) {
        Caller caller = access.requireUser();
        if (!caller.admin() && !caller.userKey().equals(repKey)
                && !new TeamHierarchy(teams.findAll()).managesPerson(caller.userKey(), repKey)) {
            throw ServiceException.forbidden(FORBIDDEN);
        }
        return onboarding.plan(repKey);
    }
}
