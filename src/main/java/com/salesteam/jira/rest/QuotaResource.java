package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.rest.entities.QuotaInputJson;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.quota.QuotaCsvService;
import com.salesteam.jira.service.quota.QuotaDraft;
import com.salesteam.jira.service.quota.QuotaImport;
import com.salesteam.jira.service.quota.QuotaService;

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
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * /rest/salesteam/1.0/quotas: a team's quotas (with the derived sum and over-assignment), a rep's, a quota's
 * history, setting one (PUT, JSON only), removing one (DELETE), and all of them as CSV (export and import). Who may
 * read, set or remove what is decided by the service.
 */
@Path("/quotas")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class QuotaResource {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final QuotaService quotas;
    private final QuotaCsvService csv;
    private final QuotaJsonMapper mapper;

    @Inject
    public QuotaResource(QuotaService quotas, QuotaCsvService csv, Translator translator) {
        this.quotas = quotas;
        this.csv = csv;
        this.mapper = new QuotaJsonMapper(translator);
    }

    @GET
    @Path("/team/{id}")
    public Map<String, Object> team(@PathParam("id") long teamId, @QueryParam("period") @DefaultValue("") String period,
                                    @QueryParam("metric") @DefaultValue("") String metric) {
        return mapper.team(quotas.forTeam(teamId, period, metric));
    }

    /** The team's quotas for a fiscal year, one column per quarter or month: the quotas admin page's grid. */
    @GET
    @Path("/team/{id}/grid")
    public Map<String, Object> grid(@PathParam("id") long teamId, @QueryParam("year") @DefaultValue("") String year,
                                    @QueryParam("metric") @DefaultValue("") String metric,
                                    @QueryParam("periodType") @DefaultValue("") String periodType) {
        return mapper.grid(quotas.grid(teamId, year, metric, periodType));
    }

    /** The rep's quota; 204 when none is set. */
    @GET
    @Path("/rep/{key}")
    public Object rep(@PathParam("key") String repKey, @QueryParam("period") @DefaultValue("") String period,
                      @QueryParam("metric") @DefaultValue("") String metric) {
        return quotas.forRep(repKey, period, metric).map(mapper::quota).orElse(null);
    }

    @GET
    @Path("/history")
    public List<Map<String, Object>> history(@QueryParam("subjectType") @DefaultValue("") String subjectType,
                                             @QueryParam("subjectKey") @DefaultValue("") String subjectKey,
                                             @QueryParam("period") @DefaultValue("") String period,
                                             @QueryParam("metric") @DefaultValue("") String metric) {
        return quotas.history(subjectType, subjectKey, period, metric).stream().map(mapper::change).toList();
    }

    /** Every quota the caller may read, as a spreadsheet-ready file in the import's format. */
    @GET
    @Path("/csv")
    @Produces("text/csv")
    public Response export() {
        return Response.ok(BYTE_ORDER_MARK + csv.export(), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"quotas.csv\"")
                .build();
    }

    /**
     * Imports a quota file sent as the raw body. Only text/csv is accepted: unlike a form post, a browser cannot send
     * it from another site without a preflight, and Atlassian REST's XSRF check covers form types besides.
     */
    @POST
    @Path("/csv")
    @Consumes("text/csv")
    public Map<String, Object> importFile(InputStream file) {
        QuotaImport result = csv.importFile(file == null ? InputStream.nullInputStream() : file);
        return Map.of("rows", result.rows(), "changed", result.changed());
    }

    /**
     * Removes the quota named as the history names it; the removal recorded (its {@code after} is null), 404 when
     * there is none. A DELETE carries no body and no form can send it, and another site's script needs a preflight.
     */
    @DELETE
    public Map<String, Object> remove(@QueryParam("subjectType") @DefaultValue("") String subjectType,
                                      @QueryParam("subjectKey") @DefaultValue("") String subjectKey,
                                      @QueryParam("period") @DefaultValue("") String period,
                                      @QueryParam("metric") @DefaultValue("") String metric) {
        return mapper.change(quotas.remove(subjectType, subjectKey, period, metric));
    }

    /** The change made; 204 when the target was already that. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Object set(QuotaInputJson input) {
        QuotaInputJson body = input == null ? new QuotaInputJson() : input;
        return quotas.set(new QuotaDraft(Objects.requireNonNullElse(body.getSubjectType(), ""),
                        Objects.requireNonNullElse(body.getSubjectKey(), ""), Objects.requireNonNullElse(body.getPeriod(), ""),
                        Objects.requireNonNullElse(body.getMetric(), ""), Objects.requireNonNullElse(body.getTarget(), "")))
                .map(mapper::change).orElse(null);
    }
}
