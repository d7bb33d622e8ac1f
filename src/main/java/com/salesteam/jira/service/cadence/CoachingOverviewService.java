package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.cadence.CoachingOverview;
import com.salesteam.jira.model.cadence.RepCoaching;
import com.salesteam.jira.model.cadence.ScheduledReview;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.store.RepCoachingRepository;
import com.salesteam.jira.store.ReviewCycleRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Coaching &amp; Reviews figures of one team, for its manager (or one above) or an administrator: four
 * statements whatever the team's size (teams, calendar, open reviews, the reps' coaching rows).
 */
public class CoachingOverviewService {

    static final String FORBIDDEN = "salesteam.coaching.error.forbidden";

    /** The overview with the team it is of. */
    public record TeamOverview(Team team, CoachingOverview overview) {
    }

    private final TeamRepository teams;
    private final ReviewCycleRepository reviews;
    private final RepCoachingRepository coaching;
    private final SettingsRepository settings;
    private final AccessGuard access;
    private final Clock clock;

    public CoachingOverviewService(TeamRepository teams, ReviewCycleRepository reviews, RepCoachingRepository coaching,
                                   SettingsRepository settings, CurrentUser currentUser, Clock clock) {
        this.teams = teams;
        this.reviews = reviews;
        this.coaching = coaching;
        this.settings = settings;
        this.access = new AccessGuard(currentUser);
        this.clock = clock;
    }

    public TeamOverview overview(long teamId) {
        Caller caller = access.requireUser();
        Team team = access.requireTeamManager(caller, new TeamHierarchy(teams.findAll()), teamId, FORBIDDEN);
        FiscalCalendar calendar = settings.fiscalCalendar();
        LocalDate today = calendar.today(clock);
        List<String> reps = new ArrayList<>(team.memberKeys());
        team.managerKey().ifPresent(reps::remove);
        List<ScheduledReview> open = reviews.openReviews(List.of(teamId));
        Map<String, RepCoaching> rows = coaching.byRep(reps);
        return new TeamOverview(team, CoachingOverview.of(teamId, reps, open, rows, today));
    }
}
