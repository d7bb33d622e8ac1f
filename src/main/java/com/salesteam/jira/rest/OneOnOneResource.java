package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.model.cadence.OneOnOneSchedule;
import com.salesteam.jira.rest.entities.OneOnOneJson;
import com.salesteam.jira.rest.entities.RepOneOnOneJson;
import com.salesteam.jira.service.cadence.OneOnOneDraft;
import com.salesteam.jira.service.cadence.OneOnOneService;

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
 * /rest/salesteam/1.0/oneonones/schedules: reps' 1:1 schedules. A rep reads their own, a manager reads and sets their
 * teams' reps', an administrator all (the service checks who); PUT takes JSON only.
 */
@Path("/oneonones/schedules")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class OneOnOneResource {

    private final OneOnOneService schedules;

    @Inject
    public OneOnOneResource(OneOnOneService schedules) {
        this.schedules = schedules;
    }

    @GET
    public List<RepOneOnOneJson> list() {
        return schedules.list().stream().map(OneOnOneResource::json).toList();
    }

    @GET
    @Path("/{rep}")
    public RepOneOnOneJson get(@PathParam("rep") String repKey) {
        return json(schedules.get(repKey));
    }

    @PUT
    @Path("/{rep}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OneOnOneJson put(@PathParam("rep") String repKey, OneOnOneJson input) {
        OneOnOneJson body = input == null ? new OneOnOneJson(null, null, null, null) : input;
        return json(schedules.save(repKey, new OneOnOneDraft(body.frequency(), body.firstMeeting(),
                body.projectKey())));
    }

    @DELETE
    @Path("/{rep}")
    public Response delete(@PathParam("rep") String repKey) {
        schedules.delete(repKey);
        return Response.noContent().build();
    }

    private static RepOneOnOneJson json(OneOnOneService.RepSchedule rep) {
        return new RepOneOnOneJson(rep.repKey(), rep.repName(), rep.schedule().map(OneOnOneResource::json)
                .orElse(null));
    }

    private static OneOnOneJson json(OneOnOneSchedule schedule) {
        return new OneOnOneJson(schedule.frequency().key(), schedule.firstMeeting().toString(),
                schedule.projectKey(), schedule.managerKey());
    }
}
