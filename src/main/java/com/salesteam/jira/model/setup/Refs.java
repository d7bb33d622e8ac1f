package com.salesteam.jira.model.setup;

/**
 * How setup steps name the parts of a blueprint. The same names fill a workflow template's placeholders, so a
 * status's id is {@code ${status.prospecting}} there.
 */
public final class Refs {

    private Refs() {
    }

    public static String issueType(String name) {
        return "issuetype." + name;
    }

    public static String status(String ref) {
        return "status." + ref;
    }

    public static String resolution(String ref) {
        return "resolution." + ref;
    }

    /** Also how a screen lists an app field: {@link ScreenSpec#APP_FIELD_PREFIX} + ref. */
    public static String field(String ref) {
        return ScreenSpec.APP_FIELD_PREFIX + ref;
    }

    public static String fieldOptions(String ref) {
        return "options." + ref;
    }

    public static String screen(String ref) {
        return "screen." + ref;
    }

    public static String screenScheme(String ref) {
        return "screenscheme." + ref;
    }

    public static String workflow(String name) {
        return "workflow." + name;
    }

    public static String stage(String statusRef) {
        return "stage." + statusRef;
    }

    public static String projectIssueType(String issueType) {
        return "project.issuetype." + issueType;
    }

    public static String projectWorkflow(String issueType) {
        return "project.workflow." + issueType;
    }

    public static String projectScreenScheme(String issueType) {
        return "project.screenscheme." + issueType;
    }
}
