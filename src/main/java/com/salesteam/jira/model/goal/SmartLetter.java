package com.salesteam.jira.model.goal;

import java.util.Locale;

/** The five tests of a SMART goal, in the order a refusal names them. */
public enum SmartLetter {
    /** Summary and description present, long enough and not boilerplate. */
    S,
    /** A metric and a target above zero. */
    M,
    /** The target within the configured multiple of the owner's best recent period. */
    A,
    /** Tied to what the sales team is measured on: a quota metric, owned by someone on a sales team. */
    R,
    /** A named fiscal period, and a due date inside it. */
    T;

    /** i18n key of the letter's label, e.g. "S (specific)". */
    public String labelKey() {
        return "salesteam.goal.smart.letter." + name().toLowerCase(Locale.ROOT);
    }
}
