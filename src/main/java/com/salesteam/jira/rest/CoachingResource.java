package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.cadence.CoachingOverview;
import com.salesteam.jira.rest.entities.CoachingOverviewJson;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.cadence.CoachingOverviewService;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * /rest/salesteam/1.0/coaching/team/{id}: the Coaching &amp; Reviews gadget's figures of a team, for its managers
 * and Jira administrators (the service checks who). Read only.
 */
@Path("/coaching/team/{id}")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CoachingResource {

    private final CoachingOverviewService overviews;
    private final UserDirectory users;

    @Inject
    public CoachingResource(CoachingOverviewService overviews, UserDirectory users) {
        this.overviews = overviews;
        this.users = users;
    }

    @GET
    public CoachingOverviewJson team(@PathParam("id") long teamId) {
        CoachingOverviewService.TeamOverview result = overviews.overview(teamId);
        CoachingOverview overview = result.overview();
        return new CoachingOverviewJson(overview.teamId(), result.team().name(), overview.reviewsDue(),
                overview.reviewsOverdue(), overview.reps().stream().map(this::json).toList());
    }

    private CoachingOverviewJson.Rep json(CoachingOverview.Line line) {
        return new CoachingOverviewJson.Rep(line.repKey(),
                users.byKey(line.repKey()).map(Person::displayName).orElse(line.repKey()), line.reviewsDue(),
                line.reviewsOverdue(), line.openActions(), line.daysSinceOneOnOne().orElse(null),
                line.onboardingDone(), line.onboardingTotal(), line.onboardingPercent().orElse(null));
    }
}
