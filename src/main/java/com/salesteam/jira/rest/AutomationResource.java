package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.automation.AutomationAction;
import com.salesteam.jira.model.automation.AutomationRun;
import com.salesteam.jira.model.automation.AutomationSettings;
import com.salesteam.jira.model.automation.SlipReason;
import com.salesteam.jira.model.automation.StalePolicy;
import com.salesteam.jira.rest.entities.AutomationSettingsJson;
import com.salesteam.jira.rest.entities.JobSwitchJson;
import com.salesteam.jira.rest.entities.StaleRuleJson;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.automation.AutomationService;
import com.salesteam.jira.service.automation.AutomationSettingsDraft;
import com.salesteam.jira.service.automation.JobStatus;
import com.salesteam.jira.service.automation.SlippedDeal;
import com.salesteam.jira.service.automation.StalePolicyDraft;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * /rest/salesteam/1.0/automation: the jobs with their next and last run and what it did, switching them on and off,
 * "run now", the settings and stale rules (Jira administrators; changes JSON only); and {@code /slips}, the deals
 * flagged for close-date slips (a team's managers, or admins for everyone).
 */
@Path("/automation")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class AutomationResource {

    private final AutomationService automation;

    @Inject
    public AutomationResource(AutomationService automation) {
        this.automation = automation;
    }

    @GET
    @Path("/jobs")
    @AdminOnly
    public List<Map<String, Object>> jobs() {
        return automation.overview().stream().map(AutomationResource::job).toList();
    }

    @PUT
    @Path("/jobs/{job}")
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setEnabled(@PathParam("job") String job, JobSwitchJson body) {
        if (body == null || body.getEnabled() == null) {
            throw ServiceException.invalid(FieldError.of("enabled", "salesteam.error.automation.enabled.required"));
        }
        automation.setEnabled(job, body.getEnabled());
        return Response.noContent().build();
    }

    /** Takes a JSON body (e.g. {@code {}}) so that only scripts of this origin can ask for it. */
    @POST
    @Path("/jobs/{job}/run")
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response runNow(@PathParam("job") String job, String ignoredBody) {
        automation.runNow(job);
        return Response.status(Response.Status.ACCEPTED).build();
    }

    @GET
    @Path("/settings")
    @AdminOnly
    public AutomationSettingsJson settings() {
        return json(automation.settings());
    }

    @PUT
    @Path("/settings")
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public AutomationSettingsJson saveSettings(AutomationSettingsJson body) {
        AutomationSettingsJson input = body == null ? new AutomationSettingsJson() : body;
        return json(automation.saveSettings(new AutomationSettingsDraft(input.getActor(), input.getQuietStart(),
                input.getQuietEnd(), input.getQuietWeekends(), input.getMaxSlips())));
    }

    @GET
    @Path("/stale-rules")
    @AdminOnly
    public List<StaleRuleJson> staleRules() {
        return automation.stalePolicies().stream().map(AutomationResource::json).toList();
    }

    @PUT
    @Path("/stale-rules")
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public List<StaleRuleJson> saveStaleRules(List<StaleRuleJson> body) {
        List<StalePolicyDraft> drafts = (body == null ? List.<StaleRuleJson>of() : body).stream()
                .map(json -> json == null ? new StaleRuleJson() : json)
                .map(json -> new StalePolicyDraft(json.getStageId(), json.getStaleDays(), json.getEscalateDays(),
                        json.getCreateTask(), json.getFlag()))
                .toList();
        return automation.saveStalePolicies(drafts).stream().map(AutomationResource::json).toList();
    }

    /** The caller's own digest choice: {@code {"optedOut": true}}. */
    @GET
    @Path("/digest/me")
    public Map<String, Object> digest() {
        return Map.of("optedOut", automation.digestOptedOut());
    }

    @PUT
    @Path("/digest/me")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> setDigest(Map<String, Object> body) {
        Object optedOut = body == null ? null : body.get("optedOut");
        if (!(optedOut instanceof Boolean)) {
            throw ServiceException.invalid(FieldError.of("optedOut", "salesteam.error.automation.optedout.required"));
        }
        automation.setDigestOptOut((Boolean) optedOut);
        return Map.of("optedOut", automation.digestOptedOut());
    }

    /** {@code ?team=} a team's slipped deals for its managers; without it, everyone's for admins. */
    @GET
    @Path("/slips")
    public List<Map<String, Object>> slips(@QueryParam("team") Long teamId) {
        return automation.slippedDeals(Optional.ofNullable(teamId)).stream().map(AutomationResource::slip).toList();
    }

    private AutomationSettingsJson json(AutomationSettings settings) {
        return new AutomationSettingsJson(automation.actor(settings).map(Person::username).orElse(null),
                settings.quietHours().start().toString(), settings.quietHours().end().toString(),
                settings.quietHours().weekends(), settings.maxSlips());
    }

    private static StaleRuleJson json(StalePolicy policy) {
        return new StaleRuleJson(policy.stageId(), policy.staleDays(), policy.escalateDays(), policy.createTask(),
                policy.flag());
    }

    private static Map<String, Object> job(JobStatus status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("job", status.job());
        json.put("enabled", status.enabled());
        json.put("nextRun", status.nextRun().map(Object::toString).orElse(null));
        json.put("lastRun", status.lastRun().map(AutomationResource::run).orElse(null));
        json.put("actions", status.lastActions().stream().map(AutomationResource::action).toList());
        return json;
    }

    private static Map<String, Object> run(AutomationRun run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("started", run.started().toString());
        json.put("finished", run.finished().map(Object::toString).orElse(null));
        json.put("trigger", run.trigger());
        json.put("deals", run.deals());
        json.put("actions", run.actions());
        json.put("failures", run.failures());
        json.put("summary", run.summary());
        return json;
    }

    private static Map<String, Object> action(AutomationAction action) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issueId", action.issueId());
        json.put("issueKey", action.issueKey());
        json.put("kind", action.kind().name().toLowerCase(Locale.ROOT));
        json.put("detail", action.detail());
        json.put("at", action.at().toString());
        return json;
    }

    private static Map<String, Object> slip(SlippedDeal deal) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issueId", deal.issueId());
        json.put("issueKey", deal.issueKey());
        json.put("ownerKey", deal.ownerKey());
        json.put("ownerName", deal.ownerName());
        json.put("baseline", deal.baseline().toString());
        json.put("expectedClose", deal.expectedClose().toString());
        json.put("slipCount", deal.slipCount());
        json.put("reasons", deal.reasons().stream().map(SlipReason::name).map(name -> name.toLowerCase(Locale.ROOT)).sorted().toList());
        json.put("alertedAt", deal.alertedAt().toString());
        return json;
    }
}
