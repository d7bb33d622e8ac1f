package com.salesteam.jira.sandbox;

import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.testing.PropertiesTranslator;

import java.util.Locale;
import java.util.Optional;

/**
 * Who is acting in the current sandbox request and in which language: set per request from the sandbox's
 * login cookie, standing in for Jira's authentication context.
 */
public final class SandboxSession implements CurrentUser, Translator {

    private final SandboxUsers users;
    private final ThreadLocal<String> userKey = new ThreadLocal<>();
    private final ThreadLocal<Locale> locale = ThreadLocal.withInitial(() -> Locale.ENGLISH);

    public SandboxSession(SandboxUsers users) {
        this.users = users;
    }

    void begin(String key, Locale language) {
        userKey.set(key);
        locale.set(language);
    }

    void end() {
        userKey.remove();
        locale.remove();
    }

    @Override
    public Optional<Caller> caller() {
        return Optional.ofNullable(userKey.get())
                .flatMap(users::byKey)
                .map(person -> new Caller(person.key(), person.displayName(), users.isAdmin(person.key())));
    }

    @Override
    public String text(String key, Object... arguments) {
        return new PropertiesTranslator(locale.get()).text(key, arguments);
    }

    @Override
    public Locale locale() {
        return locale.get();
    }
}
