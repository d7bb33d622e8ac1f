package com.salesteam.jira.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.salesteam.jira.model.cadence.OnboardingStep;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.service.cadence.OnboardingIssues;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates an onboarding step's Coaching Action through Jira's IssueService (validateCreate, then create), as the
 * review sign-off and the review cycles do, as the given reporter, so Jira's permissions, required fields and the
 * Coaching Action workflow apply. The person is the assignee and the Sales Rep; the Coaching Kind is the option of
 * that text in the field's (first) configuration; the due date is a day in the server's zone, as Jira reads it.
 */
public class JiraOnboardingIssues implements OnboardingIssues {

    private final IssueCreation issues;
    private final CustomFieldManager customFieldManager;
    private final OptionsManager optionsManager;

    public JiraOnboardingIssues(IssueService issueService, ProjectManager projectManager,
                                IssueTypeManager issueTypeManager, CustomFieldManager customFieldManager,
                                OptionsManager optionsManager, UserManager userManager,
                                DateFieldFormat dateFieldFormat) {
        this.issues = new IssueCreation(issueService, projectManager, issueTypeManager, userManager,
                dateFieldFormat);
        this.customFieldManager = customFieldManager;
        this.optionsManager = optionsManager;
    }

    @Override
    public Created create(OnboardingStep step, String reporterKey, String marker) {
        Project project = issues.project(step.projectKey());
        IssueType type = issues.issueType(ReviewsBlueprint.COACHING_TYPE);
        ApplicationUser reporter = issues.user(reporterKey);
        ApplicationUser rep = issues.user(step.repKey());
        IssueInputParameters input = issues.input(project, type, step.title(), reporter, rep, step.due(), marker);
        field(ReviewsBlueprint.REP_FIELD).ifPresent(field -> input.addCustomFieldValue(field.getIdAsLong(),
                rep.getUsername()));
        field(ReviewsBlueprint.KIND_FIELD).ifPresent(field -> option(field, step.kind()).ifPresent(option ->
                input.addCustomFieldValue(field.getIdAsLong(), String.valueOf(option.getOptionId()))));
        MutableIssue issue = issues.create(reporter, input, "coaching action");
        return new Created(issue.getId(), issue.getKey());
    }

    private Optional<CustomField> field(String name) {
        return customFieldManager.getCustomFieldObjectsByName(name).stream().findFirst();
    }

    /** The select option of this text; none when the field has no configuration or no such option. */
    private Optional<Option> option(CustomField field, String kind) {
        List<FieldConfigScheme> schemes = field.getConfigurationSchemes();
        if (schemes == null || schemes.isEmpty() || schemes.get(0).getOneAndOnlyConfig() == null) {
            return Optional.empty();
        }
        List<Option> options = optionsManager.getOptions(schemes.get(0).getOneAndOnlyConfig());
        return options == null ? Optional.empty() : options.stream().filter(Objects::nonNull)
                .filter(option -> kind.equals(option.getValue())).findFirst();
    }
}
