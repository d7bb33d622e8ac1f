package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.model.StageRule;
import com.salesteam.jira.rest.entities.StageJson;
import com.salesteam.jira.service.StageRuleDraft;
import com.salesteam.jira.service.StageService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * /rest/salesteam/1.0/stages: what each deal workflow status means. Everyone reads; Jira administrators replace
 * the whole list at once (JSON only). Deals already recorded keep their probability.
 */
@Path("/stages")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class StageResource {

    private final StageService stages;

    @Inject
    public StageResource(StageService stages) {
        this.stages = stages;
    }

    @GET
    public List<StageJson> list() {
        return stages.list().stream().map(StageResource::toJson).toList();
    }

    @PUT
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public List<StageJson> replace(List<StageJson> input) {
        List<StageJson> body = input == null ? List.of() : input;
        List<StageRuleDraft> drafts = body.stream()
                .map(json -> json == null ? new StageJson() : json)
                .map(json -> new StageRuleDraft(Objects.requireNonNullElse(json.getStageId(), ""),
                        Objects.requireNonNullElse(json.getOutcome(), ""), json.getProbability(),
                        Objects.requireNonNullElse(json.getCategory(), "")))
                .toList();
        return stages.replaceAll(drafts).stream().map(StageResource::toJson).toList();
    }

    private static StageJson toJson(StageRule rule) {
        return new StageJson(rule.stageId(), rule.outcome().name().toLowerCase(Locale.ROOT), rule.probability(),
                rule.category().key());
    }
}
