package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/** Mirror of sal-api 6.x {@code com.atlassian.sal.api.message.I18nResolver}; see DESIGN.md. Verified against: docs.atlassian.com sal-parent 3.0.0 apidocs I18nResolver.html and Bamboo 8.0 I18nResolverAdapter.html (implements it; extends no other interface). createMessageCollection left out (needs MessageCollection). */
public interface I18nResolver {
    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key, Serializable... arguments);

    String getText(String key);

    String getText(Locale locale, String key);

    String getText(Message message);

    String getText(Locale locale, Message message);

    String getRawText(String key);

    String getRawText(Locale locale, String key);

    Map<String, String> getAllTranslationsForPrefix(String prefix);

    Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale);

    Message createMessage(String key, Serializable... arguments);
}
