package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.rest.entities.ScorecardLineJson;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.kpi.ScorecardService;
import com.salesteam.jira.service.kpi.ScorecardWeightDraft;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /rest/salesteam/1.0/scorecards: a person's KPI scorecard (the person, their managers, admins), a team's (its
 * managers, admins) and each role's weights (admins; JSON only, which keeps Atlassian's XSRF protection in force).
 * Who may read what is decided by the service.
 */
@Path("/scorecards")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ScorecardResource {

    private final ScorecardService scorecards;
    private final ScorecardJsonMapper mapper;

    @Inject
    public ScorecardResource(ScorecardService scorecards, Translator translator) {
        this.scorecards = scorecards;
        this.mapper = new ScorecardJsonMapper(translator);
    }

    @GET
    @Path("/rep/{key}")
    public Map<String, Object> person(@PathParam("key") String userKey,
                                      @QueryParam("period") @DefaultValue("") String period) {
        return mapper.person(scorecards.forPerson(userKey, period));
    }

    @GET
    @Path("/team/{id}")
    public Map<String, Object> team(@PathParam("id") long teamId, @QueryParam("period") @DefaultValue("") String period) {
        return mapper.team(scorecards.forTeam(teamId, period));
    }

    @GET
    @Path("/weights")
    @AdminOnly
    public Map<String, Object> weights() {
        return mapper.weights(scorecards.weights());
    }

    /** Replaces the weights of the roles in the body ({"rep": [...], "manager": [...]}); the other role keeps its. */
    @PUT
    @Path("/weights")
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putWeights(Map<String, List<ScorecardLineJson>> input) {
        Map<String, List<ScorecardWeightDraft>> byRole = new LinkedHashMap<>();
        if (input != null) {
            input.forEach((role, lines) -> byRole.put(role, lines == null ? null : lines.stream()
                    .map(line -> line == null ? null : new ScorecardWeightDraft(line.getKpi(), line.getWeight(), line.getCap()))
                    .toList()));
        }
        return Response.ok(mapper.weights(scorecards.putWeights(byRole))).build();
    }
}
