package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.salesteam.jira.model.quota.AttainmentSharing;
import com.salesteam.jira.rest.entities.AttainmentSharingJson;
import com.salesteam.jira.service.quota.AttainmentSharingService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * /rest/salesteam/1.0/settings/attainment-visibility: whether reps see their team's other rows in the Quota
 * Attainment gadget, and whether amounts are hidden from them there. Jira administrators only; JSON only.
 */
@Path("/settings/attainment-visibility")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class AttainmentSharingResource {

    private final AttainmentSharingService sharing;

    @Inject
    public AttainmentSharingResource(AttainmentSharingService sharing) {
        this.sharing = sharing;
    }

    @GET
    public AttainmentSharingJson get() {
        return json(sharing.get());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public AttainmentSharingJson put(AttainmentSharingJson input) {
        AttainmentSharingJson body = input == null ? new AttainmentSharingJson() : input;
        return json(sharing.set(body.getShowTeamToReps(), body.getHideAmounts()));
    }

    private static AttainmentSharingJson json(AttainmentSharing value) {
        return new AttainmentSharingJson(value.showTeamToReps(), value.hideAmounts());
    }
}
