package com.salesteam.jira.model.goal;

import java.util.List;
import java.util.Objects;

/** Why a goal fails one letter: the i18n key of the reason and its arguments, already formatted as text. */
public record SmartFailure(SmartLetter letter, String reasonKey, List<String> args) {

    public SmartFailure {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(reasonKey, "reasonKey");
        args = List.copyOf(args);
    }

    static SmartFailure of(SmartLetter letter, String reason, String... args) {
        return new SmartFailure(letter, "salesteam.goal.smart." + reason, List.of(args));
    }
}
