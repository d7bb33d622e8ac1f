package com.salesteam.jira.testing;

import com.salesteam.jira.service.Translator;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The app's i18n bundles read as Jira reads them (resource bundle per locale, MessageFormat patterns), for
 * templates in tests and for the sandbox. A missing key fails loudly instead of showing the key.
 */
public final class PropertiesTranslator implements Translator {

    public static final String BUNDLE = "i18n/salesteam";

    private final Locale locale;
    private final ResourceBundle bundle;

    public PropertiesTranslator(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("i18n key missing for " + locale + ": " + key, e);
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    @Override
    public Locale locale() {
        return locale;
    }
}
