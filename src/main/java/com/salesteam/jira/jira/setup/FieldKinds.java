package com.salesteam.jira.jira.setup;

import com.salesteam.jira.model.setup.FieldKind;

import java.util.Map;
import java.util.Optional;

/** Which Jira field type (and searcher) stands for each kind of app field. */
final class FieldKinds {

    private static final String SYSTEM = "com.atlassian.jira.plugin.system.customfieldtypes:";
    /** The app's money type: plugin key and the key of its customfield-type module, which must never change. */
    static final String MONEY_TYPE = "com.salesteam.jira.sales-team-manager:money-field";

    private static final Map<FieldKind, String> TYPES = Map.of(
            FieldKind.MONEY, MONEY_TYPE,
            FieldKind.DATE, SYSTEM + "datepicker",
            FieldKind.SELECT, SYSTEM + "select",
            FieldKind.NUMBER, SYSTEM + "float",
            FieldKind.TEXT_AREA, SYSTEM + "textarea",
            FieldKind.TEXT, SYSTEM + "textfield",
            FieldKind.USER, SYSTEM + "userpicker");

    /** Jira's own searchers for its types; the money type has none (see the descriptor). */
    private static final Map<FieldKind, String> SEARCHERS = Map.of(
            FieldKind.DATE, SYSTEM + "daterange",
            FieldKind.SELECT, SYSTEM + "multiselectsearcher",
            FieldKind.NUMBER, SYSTEM + "exactnumber",
            FieldKind.TEXT_AREA, SYSTEM + "textsearcher",
            FieldKind.TEXT, SYSTEM + "textsearcher",
            FieldKind.USER, SYSTEM + "userpickergroupsearcher");

    private FieldKinds() {
    }

    static String typeKey(FieldKind kind) {
        return TYPES.get(kind);
    }

    static Optional<String> searcherKey(FieldKind kind) {
        return Optional.ofNullable(SEARCHERS.get(kind));
    }

    static Optional<FieldKind> kindOf(String typeKey) {
        return TYPES.entrySet().stream().filter(entry -> entry.getValue().equals(typeKey)).map(Map.Entry::getKey).findFirst();
    }
}
