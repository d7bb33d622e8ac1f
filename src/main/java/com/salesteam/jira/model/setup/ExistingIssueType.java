package com.salesteam.jira.model.setup;

import java.util.Objects;

/** An issue type found in Jira; a sub-task type cannot stand in for a blueprint's standard type. */
public record ExistingIssueType(String id, boolean subTask) {

    public ExistingIssueType {
        Objects.requireNonNull(id, "id");
    }
}
