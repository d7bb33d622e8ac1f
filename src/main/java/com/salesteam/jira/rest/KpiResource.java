package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.rest.entities.KpiEntryInputJson;
import com.salesteam.jira.rest.entities.KpiInputJson;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.kpi.KpiDraft;
import com.salesteam.jira.service.kpi.KpiEntryDraft;
import com.salesteam.jira.service.kpi.KpiService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
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
 * /rest/salesteam/1.0/kpis: the KPI definitions (read by everyone logged in, written by admins), the values people
 * log per day, and a team's sums. Writes take JSON only, which keeps Atlassian's XSRF protection in force; who may
 * do what is decided by the service.
 */
@Path("/kpis")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class KpiResource {

    private final KpiService kpis;
    private final KpiJsonMapper mapper;

    @Inject
    public KpiResource(KpiService kpis, Translator translator) {
        this.kpis = kpis;
        this.mapper = new KpiJsonMapper(translator);
    }

    /** The KPIs in use; {@code ?all=true} adds the retired ones, for administrators. */
    @GET
    public List<Map<String, Object>> list(@QueryParam("all") @DefaultValue("false") boolean all) {
        return kpis.list(all).stream().map(mapper::definition).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(KpiInputJson input) {
        KpiInputJson body = input == null ? new KpiInputJson() : input;
        return Response.status(Response.Status.CREATED).entity(mapper.definition(kpis.create(draft(body)))).build();
    }

    @PUT
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> update(@PathParam("key") String key, KpiInputJson input) {
        KpiInputJson body = input == null ? new KpiInputJson() : input;
        return mapper.definition(kpis.update(key, draft(body)));
    }

    /** A person's values between two days (both included; by default the caller's last 14 days). */
    @GET
    @Path("/entries")
    public List<Map<String, Object>> entries(@QueryParam("user") @DefaultValue("") String user,
                                             @QueryParam("from") @DefaultValue("") String from,
                                             @QueryParam("to") @DefaultValue("") String to) {
        return kpis.entries(user, from, to).stream().map(mapper::entry).toList();
    }

    /** Sets one day's value of a manual KPI, replacing the day's earlier value. */
    @PUT
    @Path("/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> log(KpiEntryInputJson input) {
        KpiEntryInputJson body = input == null ? new KpiEntryInputJson() : input;
        return mapper.entry(kpis.log(new KpiEntryDraft(body.getKpi(), body.getUser(), body.getDay(), body.getValue())));
    }

    /** A KPI's total per person of a team (and the teams below it) between two days, for its managers and admins. */
    @GET
    @Path("/sums")
    public Map<String, Object> sums(@QueryParam("kpi") @DefaultValue("") String kpi, @QueryParam("team") long teamId,
                                    @QueryParam("from") @DefaultValue("") String from,
                                    @QueryParam("to") @DefaultValue("") String to) {
        return mapper.sums(kpis.teamSums(kpi, teamId, from, to));
    }

    private static KpiDraft draft(KpiInputJson body) {
        Map<String, String> benchmarks = Objects.requireNonNullElse(body.getBenchmarks(), Map.of());
        return new KpiDraft(body.getKey(), body.getNameEn(), body.getNameZh(), body.getUnit(), body.getSource(),
                body.getMetric(), body.getJql(), body.getDirection(), benchmarks.get("rep"), benchmarks.get("manager"),
                body.getActive());
    }
}
