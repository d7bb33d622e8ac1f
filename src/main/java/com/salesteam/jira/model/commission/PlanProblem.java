package com.salesteam.jira.model.commission;

import java.util.List;
import java.util.Objects;

/** Why a plan is refused: the field (e.g. {@code tiers[2].rate}) and a short code the service turns into a message. */
public record PlanProblem(String field, String code, List<Object> arguments) {
    public PlanProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    static PlanProblem of(String field, String code, Object... arguments) {
        return new PlanProblem(field, code, List.of(arguments));
    }
}
