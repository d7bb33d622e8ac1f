package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.model.cadence.OnboardingPlan;
import com.salesteam.jira.model.cadence.OnboardingTemplate;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.rest.entities.OnboardingPlanJson;
import com.salesteam.jira.rest.entities.OnboardingTemplateJson;
import com.salesteam.jira.service.cadence.OnboardingService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/**
 * /rest/salesteam/1.0/onboarding: the onboarding plan template ({@code /template}, Jira administrators; PUT takes
 * JSON only) and a person's plan ({@code /plan/{repKey}}: the person, their managers, administrators). The service
 * checks who calls; bad fields come back as 400 naming each.
 */
@Path("/onboarding")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class OnboardingResource {

    private final OnboardingService onboarding;

    @Inject
    public OnboardingResource(OnboardingService onboarding) {
        this.onboarding = onboarding;
    }

    @GET
    @Path("/template")
    public OnboardingTemplateJson template() {
        return json(onboarding.template());
    }

    @PUT
    @Path("/template")
    @Consumes(MediaType.APPLICATION_JSON)
    public OnboardingTemplateJson saveTemplate(OnboardingTemplateJson input) {
        OnboardingTemplateJson body = input == null ? new OnboardingTemplateJson(null, null, null) : input;
        List<OnboardingService.TaskInput> tasks = body.tasks() == null ? null : body.tasks().stream()
                .map(task -> task == null ? null
                        : new OnboardingService.TaskInput(task.title(), task.kind(), task.dueAfterDays()))
                .toList();
        return json(onboarding.saveTemplate(body.projectKey(), tasks));
    }

    @GET
    @Path("/plan/{repKey}")
    public OnboardingPlanJson plan(@PathParam("repKey") String repKey) {
        Optional<OnboardingPlan> plan = onboarding.plan(repKey);
        return plan.map(found -> new OnboardingPlanJson(repKey, true, found.joined().toString(), found.done(),
                found.total(), found.steps().stream().map(step -> new OnboardingPlanJson.Step(step.title(),
                        step.kind(), step.due().toString(), step.issueKey().orElse(null), step.done())).toList()))
                .orElse(new OnboardingPlanJson(repKey, false, null, 0, 0, List.of()));
    }

    private static OnboardingTemplateJson json(OnboardingTemplate template) {
        return new OnboardingTemplateJson(template.projectKey(), template.tasks().stream()
                .map(task -> new OnboardingTemplateJson.Task(task.title(), task.kind(), task.dueAfterDays())).toList(),
                ReviewsBlueprint.KIND_OPTIONS);
    }
}
