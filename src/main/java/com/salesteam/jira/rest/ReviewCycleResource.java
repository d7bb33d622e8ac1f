package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.model.cadence.ReviewCycle;
import com.salesteam.jira.rest.entities.ReviewCycleJson;
import com.salesteam.jira.rest.entities.TeamCycleJson;
import com.salesteam.jira.service.cadence.ReviewCycleDraft;
import com.salesteam.jira.service.cadence.ReviewCycleService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.List;

/**
 * /rest/salesteam/1.0/review-cycles: teams' review cycles, for Jira administrators and the teams' managers (the
 * service checks who); PUT takes JSON only.
 */
@Path("/review-cycles")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ReviewCycleResource {

    private final ReviewCycleService cycles;

    @Inject
    public ReviewCycleResource(ReviewCycleService cycles) {
        this.cycles = cycles;
    }

    @GET
    public List<TeamCycleJson> list() {
        return cycles.list().stream().map(ReviewCycleResource::json).toList();
    }

    @GET
    @Path("/team/{id}")
    public TeamCycleJson get(@PathParam("id") long teamId) {
        return json(cycles.get(teamId));
    }

    @PUT
    @Path("/team/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewCycleJson put(@PathParam("id") long teamId, ReviewCycleJson input) {
        ReviewCycleJson body = input == null ? new ReviewCycleJson(null, null, null, null) : input;
        return json(cycles.save(teamId, new ReviewCycleDraft(body.cadence(), body.dueDay(), body.projectKey(),
                body.assignee())));
    }

    @DELETE
    @Path("/team/{id}")
    public Response delete(@PathParam("id") long teamId) {
        cycles.delete(teamId);
        return Response.noContent().build();
    }

    private static TeamCycleJson json(ReviewCycleService.TeamCycle teamCycle) {
        return new TeamCycleJson(teamCycle.team().id(), teamCycle.team().name(),
                teamCycle.cycle().map(ReviewCycleResource::json).orElse(null));
    }

    private static ReviewCycleJson json(ReviewCycle cycle) {
        return new ReviewCycleJson(cycle.cadence().key(), cycle.dueDay(), cycle.projectKey(), cycle.assignee().key());
    }
}
