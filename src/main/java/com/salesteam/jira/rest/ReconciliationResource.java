package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.salesteam.jira.rest.entities.ReconciliationJson;
import com.salesteam.jira.service.ReconciliationService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** /rest/salesteam/1.0/ledger/reconciliation: progress and last result, and "rebuild now" (Jira admins only). */
@Path("/ledger/reconciliation")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class ReconciliationResource {

    private final ReconciliationService reconciliation;

    @Inject
    public ReconciliationResource(ReconciliationService reconciliation) {
        this.reconciliation = reconciliation;
    }

    @GET
    public ReconciliationJson get() {
        return json(reconciliation.status());
    }

    /** Takes a JSON body (e.g. {@code {}}) so that only scripts of this origin can ask for it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response runNow(String ignoredBody) {
        return Response.status(Response.Status.ACCEPTED).entity(json(reconciliation.runNow())).build();
    }

    private static ReconciliationJson json(ReconciliationService.Status status) {
        return new ReconciliationJson(status.lastFinished().orElse(null), status.lastResult().orElse(null),
                status.nextStart(), status.total());
    }
}
