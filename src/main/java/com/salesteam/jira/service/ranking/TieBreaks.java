package com.salesteam.jira.service.ranking;

import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;

import java.util.Locale;

/** The tie rules a board request may name: {@code shared} (standard competition ranking, the default) or {@code reached-first}. */
public final class TieBreaks {

    public static final String SHARED = "shared";
    public static final String REACHED_FIRST = "reached-first";

    private TieBreaks() {
    }

    /** Whether the request asks for "reached it first"; anything but the two names is a field error. */
    public static boolean reachedFirst(String tieBreak) {
        if (tieBreak == null || tieBreak.isBlank()) {
            return false;
        }
        String name = tieBreak.strip().toLowerCase(Locale.ROOT);
        if (name.equals(SHARED) || name.equals(REACHED_FIRST)) {
            return name.equals(REACHED_FIRST);
        }
        throw ServiceException.invalid(FieldError.of("tieBreak", "salesteam.error.leaderboard.tiebreak", tieBreak));
    }
}
