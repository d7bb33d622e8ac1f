package com.salesteam.jira.service.setup;

import com.salesteam.jira.model.setup.SetupBlueprint;
import com.salesteam.jira.model.setup.SetupPlan;
import com.salesteam.jira.model.setup.SetupProject;

import java.util.List;

/** Sets up a Jira project for a part of the app (deals first): Jira administrators only. */
public interface ProjectSetupService {

    List<SetupBlueprint> blueprints();

    List<SetupProject> projects();

    /** The dry run: what setting up would reuse, create, or find in its way. Changes nothing. */
    SetupPlan preview(String blueprintKey, String projectKey);

    /**
     * Creates what is missing and attaches it to the project, refusing (conflict) without changing anything when
     * the plan has conflicts. Returns the plan that was carried out; a second run finds everything in place.
     */
    SetupPlan apply(String blueprintKey, String projectKey);
}
