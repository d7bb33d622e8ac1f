package com.salesteam.jira.web;

import com.salesteam.jira.model.cadence.OnboardingTemplate;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.cadence.OnboardingService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the Velocity context of the Onboarding admin page: the template's project and tasks (as stored, or as
 * typed when a save was refused, each refused field with its reason) and {@value #BLANK_ROWS} blank lines to add
 * tasks. The service refuses non-administrators; tests render it.
 */
public class OnboardingAdminPage {

    public static final String TEMPLATE = "templates/admin/onboarding.vm";
    static final int BLANK_ROWS = 3;

    /** What was typed into the form, when a save was refused. */
    public record Typed(String projectKey, List<OnboardingService.TaskInput> tasks, List<String> days,
                        List<FieldError> errors) {
    }

    private final OnboardingService onboarding;
    private final Translator translator;

    public OnboardingAdminPage(OnboardingService onboarding, Translator translator) {
        this.onboarding = onboarding;
        this.translator = translator;
    }

    public Map<String, Object> context(Optional<Typed> typed, String message) {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageI18n(translator));
        context.put("message", message);
        context.put("kinds", kinds(translator));
        List<OnboardingTaskRow> rows = new ArrayList<>();
        if (typed.isPresent()) {
            Map<String, String> errors = new HashMap<>();
            typed.get().errors().forEach(error -> errors.putIfAbsent(error.field(),
                    translator.text(error.messageKey(), error.arguments().toArray())));
            context.put("projectKey", typed.get().projectKey());
            context.put("projectError", errors.getOrDefault("projectKey", errors.getOrDefault("tasks", "")));
            for (int i = 0; i < typed.get().tasks().size(); i++) {
                OnboardingService.TaskInput task = typed.get().tasks().get(i);
                String field = "tasks[" + i + "].";
                rows.add(new OnboardingTaskRow(task.title(), task.kind(), typed.get().days().get(i),
                        errors.getOrDefault(field + "title", ""), errors.getOrDefault(field + "kind", ""),
                        errors.getOrDefault(field + "dueAfterDays", "")));
            }
        } else {
            OnboardingTemplate template = onboarding.template();
            context.put("projectKey", template.projectKey());
            context.put("projectError", "");
            template.tasks().forEach(task -> rows.add(new OnboardingTaskRow(task.title(), task.kind(),
                    String.valueOf(task.dueAfterDays()), "", "", "")));
        }
        context.put("empty", rows.isEmpty());
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(OnboardingTaskRow.blank());
        }
        context.put("rows", rows);
        return context;
    }

    /** The Coaching Kind options (stored in English, as Jira keeps option texts) with their names in the page's language. */
    static List<GadgetOption> kinds(Translator translator) {
        return ReviewsBlueprint.KIND_OPTIONS.stream().map(kind -> new GadgetOption(kind,
                translator.text(kindKey(kind)))).toList();
    }

    /** The i18n key naming a Coaching Kind option: its letters, lower-cased. */
    static String kindKey(String kind) {
        return "salesteam.onboarding.kind." + kind.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
