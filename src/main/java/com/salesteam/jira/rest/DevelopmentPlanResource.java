package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.model.cadence.DevelopmentPlan;
import com.salesteam.jira.rest.entities.DevelopmentPlanJson;
import com.salesteam.jira.service.cadence.DevelopmentPlanService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;

/**
 * /rest/salesteam/1.0/development-plan/{repKey}: a rep's personal development plan, for the rep, their managers and
 * Jira administrators (the service checks who); PUT takes JSON only.
 */
@Path("/development-plan/{repKey}")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class DevelopmentPlanResource {

    private final DevelopmentPlanService plans;

    @Inject
    public DevelopmentPlanResource(DevelopmentPlanService plans) {
        this.plans = plans;
    }

    @GET
    public DevelopmentPlanJson get(@PathParam("repKey") String repKey) {
        return json(plans.get(repKey));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public DevelopmentPlanJson put(@PathParam("repKey") String repKey, DevelopmentPlanJson input) {
        DevelopmentPlanJson body = input == null ? new DevelopmentPlanJson(null, null, null, null, null) : input;
        List<DevelopmentPlan.Goal> goals = body.goals() == null ? null : body.goals().stream()
                .map(goal -> goal == null || goal.text() == null ? null
                        : new DevelopmentPlan.Goal(goal.text(), Boolean.TRUE.equals(goal.done())))
                .toList();
        return json(plans.save(repKey, goals, body.skills(), Objects.requireNonNullElse(body.targetRole(), "")));
    }

    private static DevelopmentPlanJson json(DevelopmentPlan plan) {
        return new DevelopmentPlanJson(plan.repKey(), plan.goals().stream()
                .map(goal -> new DevelopmentPlanJson.Goal(goal.text(), goal.done())).toList(), plan.skills(),
                plan.targetRole(), plan.goalsDone());
    }
}
