package com.salesteam.jira.rest;

import com.salesteam.jira.model.setup.SetupPlan;
import com.salesteam.jira.model.setup.SetupStep;
import com.salesteam.jira.rest.entities.SetupPlanJson;
import com.salesteam.jira.rest.entities.SetupStepJson;
import com.salesteam.jira.service.Translator;

import java.util.Locale;

/** Setup plans in JSON, with every label in the caller's language. */
public final class SetupPlanJsonMapper {

    private final Translator translator;

    public SetupPlanJsonMapper(Translator translator) {
        this.translator = translator;
    }

    public SetupPlanJson toJson(SetupPlan plan, boolean applied) {
        int creations = plan.creations().size();
        int conflicts = plan.conflicts().size();
        String summary;
        if (conflicts > 0) {
            summary = translator.text("salesteam.setup.summary.conflicts", conflicts);
        } else if (applied) {
            summary = translator.text("salesteam.setup.summary.applied", creations);
        } else if (creations == 0) {
            summary = translator.text("salesteam.setup.summary.complete");
        } else {
            summary = translator.text("salesteam.setup.summary.preview", creations);
        }
        return new SetupPlanJson(plan.blueprintKey(), plan.project().map(project -> project.key()).orElse(null),
                applied, plan.complete(), creations, conflicts, summary,
                plan.steps().stream().map(step -> toJson(step, applied)).toList());
    }

    private SetupStepJson toJson(SetupStep step, boolean applied) {
        String kind = step.kind().name();
        String action = step.action().name();
        String actionKey = "salesteam.setup.action." + action.toLowerCase(Locale.ROOT) + (applied ? ".done" : "");
        String reason = step.conflictKey()
                .map(key -> translator.text(key, step.conflictArgs().toArray()))
                .orElse("");
        return new SetupStepJson(kind, translator.text("salesteam.setup.kind." + kind.toLowerCase(Locale.ROOT)),
                step.name(), action, translator.text(actionKey), reason);
    }
}
