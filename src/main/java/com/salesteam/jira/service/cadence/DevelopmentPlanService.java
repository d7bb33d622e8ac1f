package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.cadence.DevelopmentPlan;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.store.DevelopmentPlanRepository;
import com.salesteam.jira.store.TeamRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Personal development plans: a rep reads and writes their own, a manager those of the reps in their teams (and
 * below), an administrator any. Anyone else is refused before the plan is read.
 */
public class DevelopmentPlanService {

    static final String FORBIDDEN = "salesteam.devplan.error.forbidden";

    private final DevelopmentPlanRepository plans;
    private final TeamRepository teams;
    private final AccessGuard access;
    private final Clock clock;

    public DevelopmentPlanService(DevelopmentPlanRepository plans, TeamRepository teams, CurrentUser currentUser,
                                  Clock clock) {
        this.plans = plans;
        this.teams = teams;
        this.access = new AccessGuard(currentUser);
        this.clock = clock;
    }

    public DevelopmentPlan get(String repKey) {
        allowed(repKey);
        return plans.find(repKey).orElse(DevelopmentPlan.empty(repKey));
    }

    /** Replaces the plan; every bad field is named and nothing is written. */
    public DevelopmentPlan save(String repKey, List<DevelopmentPlan.Goal> goals, List<String> skills,
                                String targetRole) {
        allowed(repKey);
        List<FieldError> errors = new ArrayList<>();
        if (goals == null || goals.size() > DevelopmentPlan.MAX_GOALS || goals.stream().anyMatch(goal -> goal == null
                || goal.text().isBlank() || goal.text().length() > DevelopmentPlan.MAX_TEXT
                || goal.text().contains("\n"))) {
            errors.add(FieldError.of("goals", "salesteam.devplan.error.goals", DevelopmentPlan.MAX_GOALS,
                    DevelopmentPlan.MAX_TEXT));
        }
        if (skills == null || skills.size() > DevelopmentPlan.MAX_SKILLS || skills.stream().anyMatch(skill ->
                skill == null || skill.isBlank() || skill.length() > DevelopmentPlan.MAX_TEXT || skill.contains("\n"))) {
            errors.add(FieldError.of("skills", "salesteam.devplan.error.skills", DevelopmentPlan.MAX_SKILLS,
                    DevelopmentPlan.MAX_TEXT));
        }
        if (targetRole == null || targetRole.length() > DevelopmentPlan.MAX_TEXT || targetRole.contains("\n")) {
            errors.add(FieldError.of("targetRole", "salesteam.devplan.error.role", DevelopmentPlan.MAX_TEXT));
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        DevelopmentPlan plan = new DevelopmentPlan(repKey, goals.stream().map(goal -> new DevelopmentPlan.Goal(
                goal.text().strip(), goal.done())).toList(), skills.stream().map(String::strip).toList(),
                targetRole.strip());
        plans.save(plan, clock.instant());
        return plan;
    }

    private void allowed(String repKey) {
        Caller caller = access.requireUser();
        if (caller.admin() || caller.userKey().equals(repKey)) {
            return;
        }
        if (!new TeamHierarchy(teams.findAll()).managesPerson(caller.userKey(), repKey)) {
            throw ServiceException.forbidden(FORBIDDEN);
        }
    }
}
