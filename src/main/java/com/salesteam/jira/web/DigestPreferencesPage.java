package com.salesteam.jira.web;

import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.automation.AutomationService;

import java.util.HashMap;
import java.util.Map;

/**
 * Builds the Velocity context of the "Sales digest" preferences page: whether the caller gets the weekly digest
 * e-mail. Everyone sees and changes only their own setting (the service reads it for the caller); tests render it.
 */
public class DigestPreferencesPage {

    public static final String TEMPLATE = "templates/digest-preferences.vm";

    private final AutomationService automation;
    private final Translator translator;

    public DigestPreferencesPage(AutomationService automation, Translator translator) {
        this.automation = automation;
        this.translator = translator;
    }

    public Map<String, Object> context(String message) {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageI18n(translator));
        context.put("optedOut", automation.digestOptedOut());
        context.put("message", message);
        return context;
    }
}
