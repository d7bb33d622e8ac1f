package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.model.cadence.OnboardingPlan;
import com.salesteam.jira.model.cadence.OnboardingStep;
import com.salesteam.jira.model.cadence.OnboardingTemplate;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.rest.entities.OnboardingPlanJson;
import com.salesteam.jira.rest.entities.OnboardingTemplateJson;
import com.salesteam.jira.service.cadence.OnboardingService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.List;

/**
 * /rest/salesteam/1.0/onboarding: the onboarding plan template ({@code /template}, Jira administrators; PUT takes
 * JSON only), a person's plan ({@code /plan/{repKey}}: the person, their managers, administrators) and the retry of
 * a failed step ({@code POST /plan/{repKey}/steps/{position}/retry}, administrators, JSON only). The service checks
 * who calls; bad fields come back as 400 naming each.
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
        return onboarding.plan(repKey).map(OnboardingResource::json)
                .orElse(new OnboardingPlanJson(repKey, false, null, 0, 0, List.of()));
    }

    /** Takes a JSON body (e.g. {@code {}}) so that only scripts of this origin can ask for it. */
    @POST
    @Path("/plan/{repKey}/steps/{position}/retry")
    @Consumes(MediaType.APPLICATION_JSON)
    public OnboardingPlanJson retry(@PathParam("repKey") String repKey, @PathParam("position") int position,
                                    String ignoredBody) {
        return json(onboarding.retryStep(repKey, position));
    }

    private static OnboardingPlanJson json(OnboardingPlan plan) {
        return new OnboardingPlanJson(plan.repKey(), true, plan.joined().toString(), plan.done(), plan.total(),
                plan.steps().stream().map(step -> new OnboardingPlanJson.Step(step.position(), step.title(),
                        step.kind(), step.due().toString(), step.issueKey().orElse(null), step.done(),
                        step.state() == OnboardingStep.State.FAILED, step.failure().orElse(null))).toList());
    }

    private static OnboardingTemplateJson json(OnboardingTemplate template) {
        return new OnboardingTemplateJson(template.projectKey(), template.tasks().stream()
                .map(task -> new OnboardingTemplateJson.Task(task.title(), task.kind(), task.dueAfterDays())).toList(),
                ReviewsBlueprint.KIND_OPTIONS);
    }
}
