package com.salesteam.jira.store.testing;

import java.util.Optional;
import java.util.UUID;

/**
 * The databases the store tests run on: embedded HSQLDB always, PostgreSQL when a server is configured
 * with {@code SALESTEAM_PG_URL=jdbc:postgresql://host/db} in the environment (or the system property
 * {@code salesteam.postgresql.url}; user and password: {@code SALESTEAM_PG_USER}, {@code SALESTEAM_PG_PASSWORD}).
 */
public enum TestDatabase {
    HSQLDB,
    POSTGRESQL;

    static final String PG_URL = "salesteam.postgresql.url";
    static final String PG_USER = "salesteam.postgresql.user";
    static final String PG_PASSWORD = "salesteam.postgresql.password";

    public boolean isConfigured() {
        return this == HSQLDB || postgresUrl().isPresent();
    }

    public String skipMessage() {
        return "PostgreSQL not configured: set SALESTEAM_PG_URL=jdbc:postgresql://localhost/<db> "
                + "(.ci/run does) to run the store tests on PostgreSQL too";
    }

    String newUrl() {
        return switch (this) {
            case HSQLDB -> "jdbc:hsqldb:mem:ao_" + UUID.randomUUID().toString().replace("-", "");
            case POSTGRESQL -> postgresUrl().orElseThrow(() -> new IllegalStateException(skipMessage()));
        };
    }

    String user() {
        return this == HSQLDB ? "SA" : setting(PG_USER, "SALESTEAM_PG_USER").orElse("salesteam");
    }

    String password() {
        return this == HSQLDB ? "" : setting(PG_PASSWORD, "SALESTEAM_PG_PASSWORD").orElse("salesteam");
    }

    static Optional<String> postgresUrl() {
        return setting(PG_URL, "SALESTEAM_PG_URL");
    }

    private static Optional<String> setting(String property, String environment) {
        return Optional.ofNullable(System.getProperty(property))
                .or(() -> Optional.ofNullable(System.getenv(environment)))
                .map(String::strip)
                .filter(value -> !value.isEmpty());
    }
}
