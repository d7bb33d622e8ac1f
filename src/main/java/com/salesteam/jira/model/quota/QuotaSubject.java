package com.salesteam.jira.model.quota;

import java.util.Objects;

/** Whose quota: a rep (by user key) or a team (by id). */
public sealed interface QuotaSubject {

    /** "rep" or "team", as stored and in REST. */
    String type();

    /** The user key, or the team id as text. */
    String key();

    record Rep(String userKey) implements QuotaSubject {
        public Rep {
            Objects.requireNonNull(userKey, "userKey");
        }

        @Override
        public String type() {
            return "rep";
        }

        @Override
        public String key() {
            return userKey;
        }
    }

    record TeamQuota(long teamId) implements QuotaSubject {
        @Override
        public String type() {
            return "team";
        }

        @Override
        public String key() {
            return Long.toString(teamId);
        }
    }
}
