package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.model.cadence.MeetingCadence;
import com.salesteam.jira.model.cadence.TeamMeetingFrequency;
import com.salesteam.jira.rest.entities.MeetingCadenceJson;
import com.salesteam.jira.rest.entities.TeamMeetingCadenceJson;
import com.salesteam.jira.service.cadence.MeetingCadenceDraft;
import com.salesteam.jira.service.cadence.MeetingCadenceService;

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
 * /rest/salesteam/1.0/meeting-cadence: teams' Sales Meeting cadences, for Jira administrators and the teams'
 * managers (the service checks who); PUT takes JSON only.
 */
@Path("/meeting-cadence")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class MeetingCadenceResource {

    private final MeetingCadenceService cadences;

    @Inject
    public MeetingCadenceResource(MeetingCadenceService cadences) {
        this.cadences = cadences;
    }

    @GET
    public List<TeamMeetingCadenceJson> list() {
        return cadences.list().stream().map(MeetingCadenceResource::json).toList();
    }

    @GET
    @Path("/team/{id}")
    public TeamMeetingCadenceJson get(@PathParam("id") long teamId) {
        return json(cadences.get(teamId));
    }

    @PUT
    @Path("/team/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingCadenceJson put(@PathParam("id") long teamId, MeetingCadenceJson input) {
        MeetingCadenceJson body = input == null ? new MeetingCadenceJson(null, null, null) : input;
        return json(cadences.save(teamId, new MeetingCadenceDraft(body.frequencies(), body.projectKey(),
                body.leaderboardTop())));
    }

    @DELETE
    @Path("/team/{id}")
    public Response delete(@PathParam("id") long teamId) {
        cadences.delete(teamId);
        return Response.noContent().build();
    }

    private static TeamMeetingCadenceJson json(MeetingCadenceService.TeamCadence teamCadence) {
        return new TeamMeetingCadenceJson(teamCadence.team().id(), teamCadence.team().name(),
                teamCadence.cadence().map(MeetingCadenceResource::json).orElse(null));
    }

    private static MeetingCadenceJson json(MeetingCadence cadence) {
        return new MeetingCadenceJson(cadence.frequencies().stream().map(TeamMeetingFrequency::key).toList(),
                cadence.projectKey(), cadence.leaderboardTop());
    }
}
