package com.atlassian.jira.util;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Locale;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.util.I18nHelper}; see DESIGN.md. Verified against: jira-api I18nHelper.java source (6.x, code corpus) and I18nHelper.BeanFactory javadoc (jira/server, 7.x). No varargs getText exists. */
public interface I18nHelper {
    Locale getLocale();

    String getText(String key);

    String getText(String key, String value1);

    String getText(String key, String value1, String value2);

    /** The parameters object may be an array, a List or a single object. */
    String getText(String key, Object parameters);

    /**
     * The I18nHelper of a given user's language (Jira's own {@code I18nHelper} is the logged-in user's). Verified
     * against: jira-api I18nHelper.java source (6.x, code corpus) and its implementations (NoopI18nFactory,
     * DelegateI18nFactory); the crowd {@code User} overload of old versions is gone.
     */
    interface BeanFactory {
        I18nHelper getInstance(Locale locale);

        I18nHelper getInstance(ApplicationUser user);
    }
}
