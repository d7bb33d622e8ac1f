package com.salesteam.jira.model.setup;

import java.util.Objects;

/**
 * A workflow shipped as an XML template in the jar ({@code resource}), and what it is for: issues of
 * {@code issueType} in a project that is set up move through it and use the screen scheme {@code screenSchemeRef}.
 */
public record WorkflowSpec(String name, String resource, String issueType, String screenSchemeRef) {

    public WorkflowSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(issueType, "issueType");
        Objects.requireNonNull(screenSchemeRef, "screenSchemeRef");
    }
}
