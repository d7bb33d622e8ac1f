package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.rest.entities.CommissionAssignInputJson;
import com.salesteam.jira.rest.entities.CommissionPlanInputJson;
import com.salesteam.jira.rest.entities.CommissionTierJson;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.commission.CommissionService;
import com.salesteam.jira.service.commission.PlanDraft;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * /rest/salesteam/1.0/commission: plans and assignments (admins; writes JSON only), closing a period, and a rep's
 * statement as JSON or CSV (the rep, their managers, admins). Every rule is the service's; licensed users only here.
 */
@Path("/commission")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CommissionResource {

    private final CommissionService commission;
    private final Translator translator;
    private final CommissionJsonMapper mapper = new CommissionJsonMapper();

    @Inject
    public CommissionResource(CommissionService commission, Translator translator) {
        this.commission = commission;
        this.translator = translator;
    }

    @GET
    @Path("/plans")
    public List<Map<String, Object>> plans() {
        return mapper.plans(commission.plans());
    }

    @POST
    @Path("/plans")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> create(CommissionPlanInputJson input) {
        return mapper.plan(commission.create(draft(input)));
    }

    @PUT
    @Path("/plans/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> update(@PathParam("id") long id, CommissionPlanInputJson input) {
        return mapper.plan(commission.update(id, draft(input)));
    }

    @GET
    @Path("/assignments")
    public List<Map<String, Object>> assignments(@QueryParam("period") @DefaultValue("") String period) {
        return commission.assignments(period).stream().map(mapper::assignment).toList();
    }

    @POST
    @Path("/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> assign(CommissionAssignInputJson input) {
        CommissionAssignInputJson body = input == null ? new CommissionAssignInputJson() : input;
        return mapper.assignment(commission.assign(Objects.requireNonNullElse(body.getPlanId(), 0L), text(body.getSubjectType()),
                text(body.getSubjectKey()), text(body.getPeriod())));
    }

    @DELETE
    @Path("/assignments/{id}")
    public Response unassign(@PathParam("id") long id) {
        commission.unassign(id);
        return Response.noContent().build();
    }

    /** Freezes the period's statements; the body is {@code {}} (JSON only, so no form can post it). */
    @POST
    @Path("/periods/{key}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> close(@PathParam("key") String period, Map<String, Object> ignored) {
        return Map.of("period", period, "statements", commission.close(period));
    }

    @GET
    @Path("/statement/rep/{key}")
    public Map<String, Object> statement(@PathParam("key") String repKey,
                                         @QueryParam("period") @DefaultValue("") String period) {
        return mapper.statement(commission.statement(repKey, period));
    }

    @GET
    @Path("/statement/rep/{key}/csv")
    @Produces("text/csv")
    public Response csv(@PathParam("key") String repKey, @QueryParam("period") @DefaultValue("") String period) {
        return Response.ok(CommissionCsv.write(commission.statement(repKey, period), translator), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"commission-statement.csv\"")
                .build();
    }

    private static PlanDraft draft(CommissionPlanInputJson input) {
        CommissionPlanInputJson body = input == null ? new CommissionPlanInputJson() : input;
        List<PlanDraft.TierDraft> tiers = rows(body.getTiers()).stream()
                .map(row -> new PlanDraft.TierDraft(text(row.getFrom()), text(row.getTo()), text(row.getRate()))).toList();
        List<PlanDraft.PointDraft> points = rows(body.getPoints()).stream()
                .map(row -> new PlanDraft.PointDraft(text(row.getAttainment()), text(row.getPayout()))).toList();
        return new PlanDraft(text(body.getName()), text(body.getCurrency()), text(body.getKind()),
                text(body.getTierBasis()), tiers,
                text(body.getTargetIncentive()), text(body.getThreshold()), points, text(body.getAccelerator()),
                text(body.getCap()));
    }

    private static List<CommissionTierJson> rows(List<CommissionTierJson> rows) {
        return rows == null ? List.of() : rows.stream().map(row -> row == null ? new CommissionTierJson() : row).toList();
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }
}
