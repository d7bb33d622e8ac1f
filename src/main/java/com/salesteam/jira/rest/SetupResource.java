package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.salesteam.jira.rest.entities.SetupPlanJson;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.setup.ProjectSetupService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * /rest/salesteam/1.0/setup: sets up a project for a part of the app. GET is the dry run; POST (JSON body, e.g.
 * {@code {}}, so only scripts of this origin can send it) carries it out. Jira administrators only.
 */
@Path("/setup")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class SetupResource {

    private final ProjectSetupService setup;
    private final Translator translator;
    private final SetupPlanJsonMapper mapper;

    @Inject
    public SetupResource(ProjectSetupService setup, Translator translator) {
        this.setup = setup;
        this.translator = translator;
        this.mapper = new SetupPlanJsonMapper(translator);
    }

    /** What can be set up, and where. */
    @GET
    public Map<String, Object> choices() {
        Map<String, Object> choices = new LinkedHashMap<>();
        choices.put("blueprints", setup.blueprints().stream().map(blueprint -> Map.of("key", blueprint.key(),
                "name", translator.text(blueprint.nameKey()),
                "description", translator.text(blueprint.descriptionKey()))).toList());
        choices.put("projects", setup.projects().stream()
                .map(project -> Map.of("key", project.key(), "name", project.name())).toList());
        return choices;
    }

    @GET
    @Path("/{blueprint}/{projectKey}")
    public SetupPlanJson preview(@PathParam("blueprint") String blueprint, @PathParam("projectKey") String projectKey) {
        return mapper.toJson(setup.preview(blueprint, projectKey), false);
    }

    @POST
    @Path("/{blueprint}/{projectKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SetupPlanJson apply(@PathParam("blueprint") String blueprint, @PathParam("projectKey") String projectKey,
                               String ignoredBody) {
        return mapper.toJson(setup.apply(blueprint, projectKey), true);
    }
}
