package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.cadence.OldClaim;
import com.salesteam.jira.model.cadence.OnboardingPlan;
import com.salesteam.jira.model.cadence.OnboardingStep;
import com.salesteam.jira.model.cadence.OnboardingTask;
import com.salesteam.jira.model.cadence.OnboardingTemplate;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The onboarding plan template and the plans made from it. A plan is made once per person (the unique plan row is
 * written with its steps in one transaction); the job then claims each step, creates its Coaching Action and
 * confirms it, so a step's issue is never created twice. A step Jira refuses goes back to pending with the reason
 * and one attempt more, and is marked failed after {@link OnboardingStep#MAX_ATTEMPTS} of them.
 */
public class OnboardingRepository {

    /** The app setting holding the template's project key. */
    static final String PROJECT_SETTING = "onboarding.projectKey";

    /** The longest reason kept: AO's default string column. */
    private static final int MAX_REASON = 255;

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

    /**
     * Makes the plans of everyone here who has none yet, in one transaction of three statements whatever their number
     * (up to 2,000 people; past that one read per 1,000): who already has a plan, then every new plan row and every
     * step row each in one batch. Returns the people whose plan it made. A racing node that wrote one of these plans
     * in between makes the batch fail on the unique plan row, so the whole transaction is undone and the caller
     * learns it from the exception.
     */
    public Set<String> createAll(Collection<OnboardingPlan> plans) {
        Map<String, OnboardingPlan> byRep = new LinkedHashMap<>();
        plans.forEach(plan -> byRep.putIfAbsent(plan.repKey(), plan));
        if (byRep.isEmpty()) {
            return Set.of();
        }
        return ao.executeInTransaction(() -> {
            List<String> reps = List.copyOf(byRep.keySet());
            Set<String> planned = new HashSet<>();
            for (List<String> batch : InList.perStatement(reps, 0)) {
                ao.stream(OnboardPlanEntity.class, Query.select().where(InList.of("REP_KEY", batch.size()),
                        batch.toArray()), row -> planned.add(row.getRepKey()));
            }
            List<Map<String, Object>> planRows = new ArrayList<>();
            List<Map<String, Object>> stepRows = new ArrayList<>();
            Set<String> made = new LinkedHashSet<>();
            for (OnboardingPlan plan : byRep.values()) {
                if (planned.contains(plan.repKey())) {
                    continue;
                }
                Map<String, Object> planRow = new HashMap<>();
                planRow.put("REP_KEY", plan.repKey());
                planRow.put("JOINED_DAY", plan.joined().toEpochDay());
                planRows.add(planRow);
                plan.steps().forEach(step -> stepRows.add(row(step)));
                made.add(plan.repKey());
            }
            if (!planRows.isEmpty()) {
                ao.create(OnboardPlanEntity.class, planRows);
            }
            if (!stepRows.isEmpty()) {
                ao.create(OnboardStepEntity.class, stepRows);
            }
            return made;
        });
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

    /**
     * Claims a pending step for the creation of its issue, recording when; false when it is no longer pending. One
     * transaction.
     */
    public boolean claim(String stepKey, Instant claimedAt) {
        return ao.executeInTransaction(() -> {
            OnboardStepEntity[] rows = ao.find(OnboardStepEntity.class, Query.select().where(
                    "STEP_KEY = ? AND STATE = ?", stepKey, OnboardingStep.State.PENDING.name()));
            if (rows.length == 0) {
                return false;
            }
            rows[0].setState(OnboardingStep.State.CLAIMED.name());
            rows[0].setClaimedAt(claimedAt.toEpochMilli());
            rows[0].setMissedAt(0);
            rows[0].setUnmarked(false);
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

    /**
     * Claims still without their issue made before {@code claimedBefore} (or before claims recorded
     * their time), oldest first, at most {@code limit}: one statement.
     */
    public List<OldClaim> orphans(Instant claimedBefore, int limit) {
        return OldClaims.of(ao, OnboardStepEntity.class, OnboardingStep.State.CLAIMED.name(), claimedBefore, limit,
                row -> OldClaims.claim(row.getStepKey(), row.getClaimedAt(), row.isUnmarked(), row.getMissedAt()));
    }

    /** Records when a search first found no issue with the marker of this claim; a later miss keeps the first. */
    public void missed(String naturalKey, Instant at) {
        OldClaims.whileUnlinked(ao, OnboardStepEntity.class, "STEP_KEY", naturalKey, row -> {
            if (row.getMissedAt() == 0) {
                row.setMissedAt(at.toEpochMilli());
            }
        });
    }

    /** Records that the issue of this claim may lack its marker, so recovery never gives the claim up. */
    public void unmarked(String naturalKey) {
        OldClaims.whileUnlinked(ao, OnboardStepEntity.class, "STEP_KEY", naturalKey, row -> row.setUnmarked(true));
    }

    /** Gives a claim back without counting an attempt (its run crashed before it asked Jira, as far as we know). */
    public void release(String stepKey) {
        update(stepKey, OnboardingStep.State.CLAIMED, row -> row.setState(OnboardingStep.State.PENDING.name()));
    }

    /**
     * Gives a claim back after Jira refused its issue, counting the attempt and keeping the reason: pending again
     * (the next run tries again) or, at the {@link OnboardingStep#MAX_ATTEMPTS}th attempt, failed. True when it
     * failed now. One transaction.
     */
    public boolean refused(String stepKey, String reason) {
        boolean[] failed = new boolean[1];
        update(stepKey, OnboardingStep.State.CLAIMED, row -> {
            int attempts = row.getAttempts() + 1;
            failed[0] = attempts >= OnboardingStep.MAX_ATTEMPTS;
            row.setAttempts(attempts);
            row.setFailure(reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON - 1) + "…" : reason);
            row.setState((failed[0] ? OnboardingStep.State.FAILED : OnboardingStep.State.PENDING).name());
        });
        return failed[0];
    }

    /**
     * Puts a failed step back to pending with its attempts forgotten, so the next run tries again; false when the
     * person has no failed step at that position. One transaction.
     */
    public boolean retry(String repKey, int position) {
        return ao.executeInTransaction(() -> {
            OnboardStepEntity[] rows = ao.find(OnboardStepEntity.class, Query.select().where(
                    "STEP_KEY = ? AND STATE = ?", OnboardingStep.naturalKey(repKey, position),
                    OnboardingStep.State.FAILED.name()));
            for (OnboardStepEntity row : rows) {
                row.setState(OnboardingStep.State.PENDING.name());
                row.setAttempts(0);
                row.setFailure(null);
                row.save();
            }
            return rows.length > 0;
        });
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
        row.put("ATTEMPTS", 0);
        return row;
    }

    private static OnboardingStep toStep(OnboardStepEntity row) {
        return new OnboardingStep(row.getRepKey(), row.getTaskOrder(), row.getTitle(), row.getKind(),
                LocalDate.ofEpochDay(row.getDueDay()), row.getProjectKey(), OnboardingStep.State.valueOf(row.getState()),
                Optional.ofNullable(row.getIssueKey()), row.isDone(), Optional.ofNullable(row.getFailure()));
    }
}
