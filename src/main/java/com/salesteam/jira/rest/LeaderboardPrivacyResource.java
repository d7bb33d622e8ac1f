package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.salesteam.jira.model.ranking.LeaderboardPrivacy;
import com.salesteam.jira.rest.entities.LeaderboardPrivacyJson;
import com.salesteam.jira.service.ranking.LeaderboardPrivacyService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * /rest/salesteam/1.0/settings/leaderboard-privacy: whether reps see their teams' leaderboards, whether they see the
 * company-wide board, whether the others' amounts are hidden from them, and who is left out of every board. Jira administrators only; JSON only.
 */
@Path("/settings/leaderboard-privacy")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class LeaderboardPrivacyResource {

    private final LeaderboardPrivacyService privacy;

    @Inject
    public LeaderboardPrivacyResource(LeaderboardPrivacyService privacy) {
        this.privacy = privacy;
    }

    @GET
    public LeaderboardPrivacyJson get() {
        return json(privacy.get());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public LeaderboardPrivacyJson put(LeaderboardPrivacyJson input) {
        LeaderboardPrivacyJson body = input == null ? new LeaderboardPrivacyJson() : input;
        return json(privacy.set(body.getShowToReps(), body.getHideAmountsFromReps(), body.getCompanyBoardToReps(),
                body.getExcluded()));
    }

    /** Sorted, so the answer does not depend on the order the rows came back in. */
    private static LeaderboardPrivacyJson json(LeaderboardPrivacy value) {
        return new LeaderboardPrivacyJson(value.showToReps(), value.hideAmountsFromReps(), value.companyBoardToReps(),
                value.excluded().stream().sorted().toList());
    }
}
