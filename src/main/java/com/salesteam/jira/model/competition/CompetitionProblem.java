package com.salesteam.jira.model.competition;

import java.util.List;
import java.util.Objects;

/** A refused field of a competition draft and the i18n key (with arguments) that says why. */
public record CompetitionProblem(String field, String messageKey, List<Object> arguments) {
    public CompetitionProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    static CompetitionProblem of(String field, String messageKey, Object... arguments) {
        return new CompetitionProblem(field, messageKey, List.of(arguments));
    }
}
