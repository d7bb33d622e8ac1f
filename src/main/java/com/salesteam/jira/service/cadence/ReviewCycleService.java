package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.cadence.ReviewAssignee;
import com.salesteam.jira.model.cadence.ReviewCadence;
import com.salesteam.jira.model.cadence.ReviewCycle;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.store.ReviewCycleRepository;
import com.salesteam.jira.store.TeamRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Teams' review cycles, configured by a Jira administrator or by the team's manager (or a manager above it).
 * A rep neither reads nor changes them.
 */
public class ReviewCycleService {

    static final String FORBIDDEN = "salesteam.cadence.error.forbidden";
    /** Jira's default project key pattern: an upper-case letter, then upper-case letters, digits or underscores. */
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    private static final int MONTH_DAYS = 31;

    /** A team with its cycle, when it has one. */
    public record TeamCycle(Team team, Optional<ReviewCycle> cycle) {
    }

    private final ReviewCycleRepository cycles;
    private final TeamRepository teams;
    private final AccessGuard access;

    public ReviewCycleService(ReviewCycleRepository cycles, TeamRepository teams, CurrentUser currentUser) {
        this.cycles = cycles;
        this.teams = teams;
        this.access = new AccessGuard(currentUser);
    }

    /** The teams the caller may configure, each with its cycle: two statements. */
    public List<TeamCycle> list() {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        if (!caller.admin() && !hierarchy.managesAny(caller.userKey())) {
            throw ServiceException.forbidden(FORBIDDEN);
        }
        List<ReviewCycle> all = cycles.cycles();
        List<TeamCycle> visible = new ArrayList<>();
        for (Team team : hierarchy.all()) {
            if (caller.admin() || hierarchy.manages(caller.userKey(), team.id())) {
                visible.add(new TeamCycle(team, all.stream().filter(cycle -> cycle.teamId() == team.id()).findFirst()));
            }
        }
        return visible;
    }

    public TeamCycle get(long teamId) {
        Team team = managedTeam(teamId);
        return new TeamCycle(team, cycles.cycle(teamId));
    }

    public ReviewCycle save(long teamId, ReviewCycleDraft draft) {
        managedTeam(teamId);
        List<FieldError> errors = new ArrayList<>();
        Optional<ReviewCadence> cadence = ReviewCadence.fromKey(draft.cadence());
        if (cadence.isEmpty()) {
            errors.add(FieldError.of("cadence", "salesteam.cadence.error.cadence"));
        }
        int maxDay = cadence.orElse(ReviewCadence.QUARTERLY) == ReviewCadence.MONTHLY ? MONTH_DAYS
                : ReviewCycle.MAX_DUE_DAY;
        if (draft.dueDay() == null || draft.dueDay() < 1 || draft.dueDay() > maxDay) {
            errors.add(FieldError.of("dueDay", "salesteam.cadence.error.dueday", maxDay));
        }
        String projectKey = draft.projectKey().trim();
        if (!PROJECT_KEY.matcher(projectKey).matches()) {
            errors.add(FieldError.of("projectKey", "salesteam.cadence.error.project"));
        }
        Optional<ReviewAssignee> assignee = ReviewAssignee.fromKey(draft.assignee());
        if (assignee.isEmpty()) {
            errors.add(FieldError.of("assignee", "salesteam.cadence.error.assignee"));
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        ReviewCycle cycle = new ReviewCycle(teamId, cadence.get(), draft.dueDay(), projectKey, assignee.get());
        cycles.save(cycle);
        return cycle;
    }

    public void delete(long teamId) {
        managedTeam(teamId);
        if (!cycles.delete(teamId)) {
            throw ServiceException.notFound("salesteam.cadence.error.nocycle", teamId);
        }
    }

    private Team managedTeam(long teamId) {
        Caller caller = access.requireUser();
        return access.requireTeamManager(caller, new TeamHierarchy(teams.findAll()), teamId, FORBIDDEN);
    }
}
