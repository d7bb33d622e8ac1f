package com.salesteam.jira.service;

/**
 * The {@code $i18n} of the app's Velocity templates (pages, gadgets, workflow forms); its text is escaped like
 * every other reference.
 */
public final class PageI18n {

    private final Translator translator;

    public PageI18n(Translator translator) {
        this.translator = translator;
    }

    public String text(String key) {
        return translator.text(key);
    }

    public String text(String key, Object... arguments) {
        return translator.text(key, arguments);
    }
}
