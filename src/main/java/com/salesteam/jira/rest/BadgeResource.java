package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.badge.BadgeService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * /rest/salesteam/1.0/badges?user=: a person's badges, newest first (the person, their managers, admins; no user:
 * the caller's own). POST /badges/seen marks the caller's new badges seen.
 */
@Path("/badges")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class BadgeResource {

    private final BadgeService badges;
    private final Translator translator;

    @Inject
    public BadgeResource(BadgeService badges, Translator translator) {
        this.badges = badges;
        this.translator = translator;
    }

    @GET
    public Map<String, Object> badges(@QueryParam("user") String user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("badges", badges.badgesOf(user).stream().map(badge -> BadgeJsonMapper.json(badge, translator)).toList());
        return json;
    }

    /** Takes a JSON body (e.g. {@code {}}) so that only scripts of this origin can ask for it. */
    @POST
    @Path("/seen")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> seen(String ignoredBody) {
        return Map.of("seen", badges.markSeen());
    }
}
