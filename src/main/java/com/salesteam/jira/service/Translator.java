package com.salesteam.jira.service;

import java.util.Locale;

/** Turns an i18n key into text in the calling user's language ({0}-style arguments, as Jira does). */
public interface Translator {
    String text(String key, Object... arguments);

    /** The calling user's language, for formatting dates, periods and money. */
    Locale locale();
}
