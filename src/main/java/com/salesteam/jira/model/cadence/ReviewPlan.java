package com.salesteam.jira.model.cadence;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.Team;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which reviews the cycles owe today and do not have yet. A team without a manager owes none (nobody could
 * review); the manager is not their own reviewee. A rep in two teams with cycles gets one review per team.
 */
public final class ReviewPlan {

    private ReviewPlan() {
    }

    public static List<DueReview> due(List<ReviewCycle> cycles, Map<Long, Team> teams, FiscalCalendar calendar,
                                      LocalDate today, Set<String> existingKeys) {
        List<DueReview> due = new ArrayList<>();
        for (ReviewCycle cycle : cycles) {
            Optional<Team> team = Optional.ofNullable(teams.get(cycle.teamId()));
            if (team.isEmpty() || team.get().managerKey().isEmpty()) {
                continue;
            }
            String manager = team.get().managerKey().get();
            Period period = cycle.currentPeriod(calendar, today);
            for (String rep : team.get().memberKeys()) {
                ReviewKey key = new ReviewKey(cycle.teamId(), rep, period.key());
                if (rep.equals(manager) || !key.fits() || existingKeys.contains(key.text())) {
                    continue;
                }
                due.add(new DueReview(key, period, cycle.dueDate(period), manager,
                        cycle.assignee() == ReviewAssignee.REP ? rep : manager, cycle.projectKey()));
            }
        }
        return due;
    }
}
