package com.salesteam.jira.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
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
import com.atlassian.jira.util.ErrorCollection;
import com.salesteam.jira.model.cadence.OnboardingStep;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import com.salesteam.jira.service.cadence.OnboardingIssues;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
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

    private final IssueService issueService;
    private final ProjectManager projectManager;
    private final IssueTypeManager issueTypeManager;
    private final CustomFieldManager customFieldManager;
    private final OptionsManager optionsManager;
    private final UserManager userManager;
    private final DateFieldFormat dateFieldFormat;

    public JiraOnboardingIssues(IssueService issueService, ProjectManager projectManager,
                                IssueTypeManager issueTypeManager, CustomFieldManager customFieldManager,
                                OptionsManager optionsManager, UserManager userManager,
                                DateFieldFormat dateFieldFormat) {
        this.issueService = issueService;
        this.projectManager = projectManager;
        this.issueTypeManager = issueTypeManager;
        this.customFieldManager = customFieldManager;
        this.optionsManager = optionsManager;
        this.userManager = userManager;
        this.dateFieldFormat = dateFieldFormat;
    }

    @Override
    public Created create(OnboardingStep step, String reporterKey) {
        Project project = projectManager.getProjectObjByKey(step.projectKey());
        if (project == null) {
            throw new IllegalStateException("no project " + step.projectKey());
        }
        IssueType type = issueTypeManager.getIssueTypes().stream()
                .filter(candidate -> ReviewsBlueprint.COACHING_TYPE.equals(candidate.getName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no issue type " + ReviewsBlueprint.COACHING_TYPE
                        + ": run the Reviews project setup"));
        ApplicationUser reporter = user(reporterKey);
        ApplicationUser rep = user(step.repKey());
        IssueInputParameters input = issueService.newIssueInputParameters()
                .setProjectId(project.getId())
                .setIssueTypeId(type.getId())
                .setSummary(step.title())
                .setReporterId(reporter.getUsername())
                .setAssigneeId(rep.getUsername())
                .setDueDate(dateFieldFormat.formatDatePicker(Date.from(step.due()
                        .atStartOfDay(ZoneId.systemDefault()).toInstant())));
        field(ReviewsBlueprint.REP_FIELD).ifPresent(field -> input.addCustomFieldValue(field.getIdAsLong(),
                rep.getUsername()));
        field(ReviewsBlueprint.KIND_FIELD).ifPresent(field -> option(field, step.kind()).ifPresent(option ->
                input.addCustomFieldValue(field.getIdAsLong(), String.valueOf(option.getOptionId()))));
        IssueService.CreateValidationResult validation = issueService.validateCreate(reporter, input);
        if (!validation.isValid()) {
            throw new IllegalStateException("Jira refused the coaching action: "
                    + reasons(validation.getErrorCollection()));
        }
        IssueService.IssueResult result = issueService.create(reporter, validation);
        if (!result.isValid() || result.getIssue() == null) {
            throw new IllegalStateException("Jira did not create the coaching action: "
                    + reasons(result.getErrorCollection()));
        }
        return new Created(result.getIssue().getId(), result.getIssue().getKey());
    }

    private ApplicationUser user(String key) {
        ApplicationUser user = userManager.getUserByKey(key);
        if (user == null) {
            throw new IllegalStateException("no user " + key);
        }
        return user;
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

    private static String reasons(ErrorCollection errors) {
        if (errors == null) {
            return "no reason given";
        }
        List<String> reasons = new ArrayList<>(errors.getErrorMessages());
        errors.getErrors().forEach((field, message) -> reasons.add(field + ": " + message));
        return String.join("; ", reasons);
    }
}
