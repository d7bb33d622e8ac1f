package com.salesteam.jira.model.badge;

import java.util.Locale;
import java.util.Optional;

/** The achievements the app recognises; each names its badge and its reason through i18n keys derived from it. */
public enum BadgeKind {
    /** A rep's first won deal (the occasion is the rep's first win, once ever). */
    FIRST_DEAL_WON,
    /** Revenue won reached 100 % of the revenue-won quota of a fiscal month, quarter or year. */
    QUOTA_MET,
    /** Three fiscal periods of one length in a row at 100 % or more; the occasion is the third. */
    QUOTA_STREAK,
    /** The largest deal won across the company in a finished fiscal quarter, one per currency. */
    BIGGEST_DEAL,
    /** Completed coaching actions in each of four weeks in a row; the occasion is the fourth week. */
    COACHING_STREAK;

    /** "first-deal-won", as in REST and in the i18n keys. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<BadgeKind> fromKey(String key) {
        String normal = key.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (BadgeKind kind : values()) {
            if (kind.name().equals(normal)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
