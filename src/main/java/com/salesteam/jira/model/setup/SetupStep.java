package com.salesteam.jira.model.setup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing setup makes sure of. {@code ref} is how later steps and workflow templates name it
 * ("status.prospecting"); {@code existingId} is set for {@link StepAction#EXISTS}; a conflict carries the i18n key
 * of its reason and the reason's arguments.
 */
public record SetupStep(StepKind kind, String ref, String name, StepAction action, Optional<String> existingId,
                        Optional<String> conflictKey, List<String> conflictArgs) {

    public SetupStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(existingId, "existingId");
        Objects.requireNonNull(conflictKey, "conflictKey");
        conflictArgs = List.copyOf(conflictArgs);
        if ((action == StepAction.CONFLICT) != conflictKey.isPresent()) {
            throw new IllegalArgumentException("a conflict, and only a conflict, has a reason: " + ref);
        }
    }

    static SetupStep exists(StepKind kind, String ref, String name, String id) {
        return new SetupStep(kind, ref, name, StepAction.EXISTS, Optional.of(id), Optional.empty(), List.of());
    }

    static SetupStep create(StepKind kind, String ref, String name) {
        return new SetupStep(kind, ref, name, StepAction.CREATE, Optional.empty(), Optional.empty(), List.of());
    }

    static SetupStep conflict(StepKind kind, String ref, String name, String reasonKey, String... arguments) {
        return new SetupStep(kind, ref, name, StepAction.CONFLICT, Optional.empty(), Optional.of(reasonKey),
                List.of(arguments));
    }
}
