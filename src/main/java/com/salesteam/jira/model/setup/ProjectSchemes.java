package com.salesteam.jira.model.setup;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The schemes a project uses, as far as setup needs them: its issue type scheme with the issue type ids in it,
 * its workflow scheme with the workflow explicitly mapped per issue type id and the one the rest fall to ("jira"
 * for Jira's own default), and its issue type screen scheme with
 * the screen scheme id explicitly mapped per issue type id. Issue types that fall to a scheme's default are absent
 * from the maps.
 */
public record ProjectSchemes(String issueTypeScheme, Set<String> issueTypeIds, String workflowScheme,
                             Map<String, String> workflowByIssueType, String defaultWorkflow, String screenScheme,
                             Map<String, String> screenSchemeByIssueType) {

    public ProjectSchemes {
        Objects.requireNonNull(issueTypeScheme, "issueTypeScheme");
        Objects.requireNonNull(workflowScheme, "workflowScheme");
        Objects.requireNonNull(defaultWorkflow, "defaultWorkflow");
        Objects.requireNonNull(screenScheme, "screenScheme");
        issueTypeIds = Set.copyOf(issueTypeIds);
        workflowByIssueType = Map.copyOf(workflowByIssueType);
        screenSchemeByIssueType = Map.copyOf(screenSchemeByIssueType);
    }
}
