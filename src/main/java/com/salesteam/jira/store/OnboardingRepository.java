package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.cadence.OnboardingPlan;
import com.salesteam.jira.model.cadence.OnboardingStep;
import com.salesteam.jira.model.cadence.OnboardingTask;
import com.salesteam.jira.model.cadence.OnboardingTemplate;
import net.java.ao.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The onboarding plan template and the plans made from it. A plan is made once per person (the unique plan row is
 * written with its steps in one transaction); the job then claims each step, creates its Coaching Action and
 * confirms it, so a step's issue is never created twice.
 */
public class OnboardingRepository {

    /** The app setting holding the template's project key. */
    static final String PROJECT_SETTING = "onboarding.projectKey";

    /** A person's progress: their plan's steps done of all. */
    public record Progress(String repKey, int done, int total) {
    }

    private final ActiveObjects ao;

    public OnboardingRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The template: two statements. */
    public OnboardingTemplate template() {
        List<OnboardingTask> tasks = new ArrayList<>();
        ao.stream(OnboardTaskEntity.class, Query.select().order("TASK_ORDER"),
                row -> tasks.add(new OnboardingTask(row.getTitle(), row.getKind(), row.getDueAfterDays())));
        AppSettingEntity[] project = ao.find(AppSettingEntity.class, Query.select().where("SETTING_KEY = ?",
                PROJECT_SETTING));
        String projectKey = project.length == 0 || project[0].getSettingValue() == null ? ""
                : project[0].getSettingValue();
        return new OnboardingTemplate(projectKey, tasks);
    }

    /** Replaces the template whole, in one transaction. */
    public void saveTemplate(OnboardingTemplate template) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(OnboardTaskEntity.class, "TASK_ORDER >= ?", 0);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int position = 0; position < template.tasks().size(); position++) {
                OnboardingTask task = template.tasks().get(position);
                Map<String, Object> row = new HashMap<>();
                row.put("TASK_ORDER", position);
                row.put("TITLE", task.title());
                row.put("KIND", task.kind());
                row.put("DUE_AFTER_DAYS", task.dueAfterDays());
                rows.add(row);
            }
            if (!rows.isEmpty()) {
                ao.create(OnboardTaskEntity.class, rows);
            }
            AppSettingEntity[] project = ao.find(AppSettingEntity.class, Query.select().where("SETTING_KEY = ?",
                    PROJECT_SETTING));
            if (project.length == 0) {
                ao.create(AppSettingEntity.class, Map.<String, Object>of("SETTING_KEY", PROJECT_SETTING,
                        "SETTING_VALUE", template.projectKey()));
            } else {
                project[0].setSettingValue(template.projectKey());
                project[0].save();
            }
            return null;
        });
    }

    /**
     * Makes the person's plan unless they have one: false when they do (checked first; the unique plan row refuses
     * one a racing node wrote between the check and the insert, which also reads as false). One transaction.
     */
    public boolean create(OnboardingPlan plan) {
        try {
            return ao.executeInTransaction(() -> {
                if (ao.count(OnboardPlanEntity.class, Query.select().where("REP_KEY = ?", plan.repKey())) > 0) {
                    return false;
                }
                ao.create(OnboardPlanEntity.class, Map.<String, Object>of("REP_KEY", plan.repKey(), "JOINED_DAY",
                        plan.joined().toEpochDay()));
                List<Map<String, Object>> rows = new ArrayList<>();
                plan.steps().forEach(step -> rows.add(row(step)));
                if (!rows.isEmpty()) {
                    ao.create(OnboardStepEntity.class, rows);
                }
                return true;
            });
        } catch (RuntimeException raced) {
            if (ao.count(OnboardPlanEntity.class, Query.select().where("REP_KEY = ?", plan.repKey())) > 0) {
                return false;
            }
            throw raced;
        }
    }

    /** The person's plan, if they have one: two statements. */
    public Optional<OnboardingPlan> plan(String repKey) {
        OnboardPlanEntity[] plans = ao.find(OnboardPlanEntity.class, Query.select().where("REP_KEY = ?", repKey));
        if (plans.length == 0) {
            return Optional.empty();
        }
        List<OnboardingStep> steps = new ArrayList<>();
        ao.stream(OnboardStepEntity.class, Query.select().where("REP_KEY = ?", repKey), row -> steps.add(toStep(row)));
        return Optional.of(new OnboardingPlan(repKey, LocalDate.ofEpochDay(plans[0].getJoinedDay()), steps));
    }

    /** Up to {@code limit} steps still waiting for their Coaching Action, oldest plans first: one statement. */
    public List<OnboardingStep> pending(int limit) {
        List<OnboardingStep> steps = new ArrayList<>();
        ao.stream(OnboardStepEntity.class, Query.select().where("STATE = ?", OnboardingStep.State.PENDING.name())
                .order("DUE_DAY").limit(limit), row -> steps.add(toStep(row)));
        steps.sort(Comparator.comparing(OnboardingStep::due).thenComparing(step -> step.naturalKey()));
        return steps;
    }

    /** Claims a pending step for the creation of its issue; false when it is no longer pending. One transaction. */
    public boolean claim(String stepKey) {
        return ao.executeInTransaction(() -> {
            OnboardStepEntity[] rows = ao.find(OnboardStepEntity.class, Query.select().where(
                    "STEP_KEY = ? AND STATE = ?", stepKey, OnboardingStep.State.PENDING.name()));
            if (rows.length == 0) {
                return false;
            }
            rows[0].setState(OnboardingStep.State.CLAIMED.name());
            rows[0].save();
            return true;
        });
    }

    /** Records the issue created for a claimed step. */
    public void confirm(String stepKey, long issueId, String issueKey) {
        update(stepKey, OnboardingStep.State.CLAIMED, row -> {
            row.setState(OnboardingStep.State.CREATED.name());
            row.setIssueId(issueId);
            row.setIssueKey(issueKey);
        });
    }

    /** Gives a claim back after its issue could not be created, so the next run tries again. */
    public void release(String stepKey) {
        update(stepKey, OnboardingStep.State.CLAIMED, row -> row.setState(OnboardingStep.State.PENDING.name()));
    }

    /**
     * Marks the step of this Coaching Action issue done or not; the person whose progress changed, empty when the
     * issue is no onboarding task or its step already says so. One statement when nothing changes, two otherwise.
     */
    public Optional<String> markDone(long issueId, boolean done) {
        if (issueId == 0) {
            return Optional.empty();
        }
        return ao.executeInTransaction(() -> {
            OnboardStepEntity[] rows = ao.find(OnboardStepEntity.class, Query.select().where("ISSUE_ID = ?", issueId));
            if (rows.length == 0 || rows[0].isDone() == done) {
                return Optional.empty();
            }
            rows[0].setDone(done);
            rows[0].save();
            return Optional.of(rows[0].getRepKey());
        });
    }

    /** The person's steps done of all: one statement. */
    public Progress progress(String repKey) {
        int[] counts = new int[2];
        ao.stream(OnboardStepEntity.class, Query.select().where("REP_KEY = ?", repKey), row -> {
            counts[1]++;
            if (row.isDone()) {
                counts[0]++;
            }
        });
        return new Progress(repKey, counts[0], counts[1]);
    }

    private void update(String stepKey, OnboardingStep.State from, java.util.function.Consumer<OnboardStepEntity> change) {
        ao.executeInTransaction(() -> {
            for (OnboardStepEntity row : ao.find(OnboardStepEntity.class, Query.select().where(
                    "STEP_KEY = ? AND STATE = ?", stepKey, from.name()))) {
                change.accept(row);
                row.save();
            }
            return null;
        });
    }

    private static Map<String, Object> row(OnboardingStep step) {
        Map<String, Object> row = new HashMap<>();
        row.put("STEP_KEY", step.naturalKey());
        row.put("REP_KEY", step.repKey());
        row.put("TASK_ORDER", step.position());
        row.put("TITLE", step.title());
        row.put("KIND", step.kind());
        row.put("DUE_DAY", step.due().toEpochDay());
        row.put("PROJECT_KEY", step.projectKey());
        row.put("STATE", step.state().name());
        row.put("ISSUE_ID", 0L);
        row.put("DONE", step.done());
        return row;
    }

    private static OnboardingStep toStep(OnboardStepEntity row) {
        return new OnboardingStep(row.getRepKey(), row.getTaskOrder(), row.getTitle(), row.getKind(),
                LocalDate.ofEpochDay(row.getDueDay()), row.getProjectKey(), OnboardingStep.State.valueOf(row.getState()),
                Optional.ofNullable(row.getIssueKey()), row.isDone());
    }
}
