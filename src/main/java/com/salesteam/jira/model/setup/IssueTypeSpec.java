package com.salesteam.jira.model.setup;

import java.util.Objects;

/** An issue type a blueprint needs; {@code descriptionKey} is the i18n key of the description Jira stores. */
public record IssueTypeSpec(String name, String descriptionKey) {

    public IssueTypeSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(descriptionKey, "descriptionKey");
    }
}
