package com.salesteam.jira.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.message.I18nResolver;
import com.salesteam.jira.service.Translator;

import java.io.Serializable;
import java.util.Locale;

/** Texts from the app's i18n bundles through SAL, in the language of the current request's user. */
public class SalTranslator implements Translator {

    private final I18nResolver i18nResolver;
    private final JiraAuthenticationContext authenticationContext;

    public SalTranslator(I18nResolver i18nResolver, JiraAuthenticationContext authenticationContext) {
        this.i18nResolver = i18nResolver;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public String text(String key, Object... arguments) {
        Serializable[] serializable = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            serializable[i] = argument instanceof Serializable value ? value : String.valueOf(argument);
        }
        return i18nResolver.getText(key, serializable);
    }

    @Override
    public Locale locale() {
        return authenticationContext.getLocale();
    }
}
