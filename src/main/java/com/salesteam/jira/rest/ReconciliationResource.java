package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.salesteam.jira.jobs.JobRegistrar;
import com.salesteam.jira.rest.entities.ReconciliationJson;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.store.ReconciliationStatus;

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

    private static final String ADMIN_ONLY = "salesteam.error.ledger.adminonly";

    private final ReconciliationStatus status;
    private final JobRegistrar jobs;
    private final AccessGuard access;

    @Inject
    public ReconciliationResource(ReconciliationStatus status, JobRegistrar jobs, CurrentUser currentUser) {
        this.status = status;
        this.jobs = jobs;
        this.access = new AccessGuard(currentUser);
    }

    @GET
    public ReconciliationJson get() {
        access.requireAdmin(ADMIN_ONLY);
        return json();
    }

    /** Takes a JSON body (e.g. {@code {}}) so that only scripts of this origin can ask for it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response runNow(String ignoredBody) {
        access.requireAdmin(ADMIN_ONLY);
        jobs.runNow();
        return Response.status(Response.Status.ACCEPTED).entity(json()).build();
    }

    private ReconciliationJson json() {
        return new ReconciliationJson(status.lastFinished().orElse(null), status.lastResult().orElse(null),
                status.nextStart(), status.total());
    }
}
