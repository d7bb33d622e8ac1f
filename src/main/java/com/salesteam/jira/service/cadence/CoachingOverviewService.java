package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.cadence.CoachingOverview;
import com.salesteam.jira.model.cadence.RepCoaching;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.model.review.CoachingAction;
import com.salesteam.jira.model.review.ReviewRecord;
import com.salesteam.jira.store.CoachingRepository;
import com.salesteam.jira.service.review.ReviewRecords;
import com.salesteam.jira.store.RepCoachingRepository;
import com.salesteam.jira.store.TeamRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Coaching &amp; Reviews figures of one team, for its manager (or one above) or an administrator: five
 * statements for a team of up to 1,000 reps (teams and memberships, the reps' open reviews and open coaching
 * actions from the reviews' stores, their coaching rows). A review is overdue when its due day is before today in
 * the server's zone, the zone Jira itself reads due dates in, so no calendar is read.
 */
public class CoachingOverviewService {

    static final String FORBIDDEN = "salesteam.coaching.error.forbidden";

    /** The overview with the team it is of. */
    public record TeamOverview(Team team, CoachingOverview overview) {
    }

    private final TeamRepository teams;
    private final ReviewRecords reviews;
    private final RepCoachingRepository coaching;
    private final CoachingRepository actions;
    private final AccessGuard access;
    private final Clock clock;

    public CoachingOverviewService(TeamRepository teams, ReviewRecords reviews, RepCoachingRepository coaching,
                                   CoachingRepository actions, CurrentUser currentUser, Clock clock) {
        this.teams = teams;
        this.reviews = reviews;
        this.coaching = coaching;
        this.actions = actions;
        this.access = new AccessGuard(currentUser);
        this.clock = clock;
    }

    public TeamOverview overview(long teamId) {
        Caller caller = access.requireUser();
        Team team = access.requireTeamManager(caller, new TeamHierarchy(teams.findAll()), teamId, FORBIDDEN);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneId.systemDefault());
        List<String> reps = new ArrayList<>(team.memberKeys());
        team.managerKey().ifPresent(reps::remove);
        Map<String, List<ReviewRecord>> open = reviews.openByReviewee(reps);
        Map<String, RepCoaching> stored = coaching.byRep(reps);
        Map<String, List<CoachingAction>> openActions = actions.openByRep(reps);
        Map<String, RepCoaching> rows = new HashMap<>();
        for (String rep : reps) {
            RepCoaching row = stored.getOrDefault(rep, RepCoaching.none(rep));
            rows.put(rep, new RepCoaching(rep, openActions.getOrDefault(rep, List.of()).size(), row.lastOneOnOne(),
                    row.onboardingDone(), row.onboardingTotal()));
        }
        return new TeamOverview(team, CoachingOverview.of(teamId, reps, open, rows, today, now));
    }
}
