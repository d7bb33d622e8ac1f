package com.salesteam.jira.web;

import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.setup.ProjectSetupService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The project setup page: pick a project and what to set up, preview, then set up. The plan itself comes from
 * the REST API, so the page and a script see the same thing.
 */
public class SetupAdminPage implements AdminPage {

    public static final String TEMPLATE = "templates/admin/setup.vm";

    private final ProjectSetupService setup;
    private final Translator translator;

    public SetupAdminPage(ProjectSetupService setup, Translator translator) {
        this.setup = setup;
        this.translator = translator;
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public Map<String, Object> context() {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageI18n(translator));
        List<GadgetOption> projects = setup.projects().stream()
                .map(project -> new GadgetOption(project.key(), project.name() + " (" + project.key() + ")"))
                .toList();
        context.put("projects", projects);
        context.put("noProjects", projects.isEmpty());
        context.put("blueprints", setup.blueprints().stream()
                .map(blueprint -> new GadgetOption(blueprint.key(), translator.text(blueprint.nameKey())))
                .toList());
        context.put("blueprintHelp", setup.blueprints().stream()
                .map(blueprint -> translator.text(blueprint.descriptionKey()))
                .toList());
        return context;
    }
}
