package com.salesteam.jira.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import org.mockito.Answers;
import org.mockito.ArgumentCaptor;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Jira as the issue-creating adapters (1:1s, onboarding steps, sales meetings, reviews) see it: project SALES
 * (id 10,000), the user "boss" (key boss-key) asking IssueService to validate the input it was handed, and helpers
 * for the issue types, fields, users and answers a test needs.
 */
final class IssueServiceStubs {

    final IssueService issueService = mock(IssueService.class);
    final ProjectManager projectManager = mock(ProjectManager.class);
    final IssueTypeManager issueTypeManager = mock(IssueTypeManager.class);
    final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);
    final UserManager userManager = mock(UserManager.class);
    final DateFieldFormat dateFieldFormat = mock(DateFieldFormat.class);
    final IssueInputParameters input = mock(IssueInputParameters.class, Answers.RETURNS_SELF);
    final IssueService.CreateValidationResult validation = mock(IssueService.CreateValidationResult.class);
    final IssueService.IssueResult result = mock(IssueService.IssueResult.class);
    final ApplicationUser boss = user("boss-key", "boss");

    IssueServiceStubs() {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(10_000L);
        when(projectManager.getProjectObjByKey("SALES")).thenReturn(project);
        when(issueService.newIssueInputParameters()).thenReturn(input);
        when(issueService.validateCreate(boss, input)).thenReturn(validation);
    }

    /** A Jira user of this key and name, whom the user manager finds by the key. */
    ApplicationUser user(String key, String name) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(name);
        when(userManager.getUserByKey(key)).thenReturn(user);
        return user;
    }

    /** Jira's issue types, in this order. */
    void issueTypes(IssueType... types) {
        when(issueTypeManager.getIssueTypes()).thenReturn(List.of(types));
    }

    static IssueType issueType(String name, String id) {
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn(name);
        when(type.getId()).thenReturn(id);
        return type;
    }

    /** The one custom field of this name. */
    CustomField field(String name, long id) {
        CustomField field = mock(CustomField.class);
        when(field.getIdAsLong()).thenReturn(id);
        when(customFieldManager.getCustomFieldObjectsByName(name)).thenReturn(List.of(field));
        return field;
    }

    void datePickerWrites(String text) {
        when(dateFieldFormat.formatDatePicker(any())).thenReturn(text);
    }

    /** The input is valid and IssueService creates the issue of this id and key for the boss. */
    void creates(long id, String key) {
        when(validation.isValid()).thenReturn(true);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(result.isValid()).thenReturn(true);
        when(result.getIssue()).thenReturn(issue);
        when(issueService.create(boss, validation)).thenReturn(result);
    }

    /** validateCreate refuses the input with this message and these field errors. */
    void refuses(String message, Map<String, String> fieldErrors) {
        when(validation.isValid()).thenReturn(false);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrorMessages()).thenReturn(List.of(message));
        when(errors.getErrors()).thenReturn(fieldErrors);
        when(validation.getErrorCollection()).thenReturn(errors);
    }

    /** The due date was formatted from the start of this day in the server's zone. */
    void assertDueDayFormatted(LocalDate day) {
        ArgumentCaptor<Date> due = ArgumentCaptor.forClass(Date.class);
        verify(dateFieldFormat).formatDatePicker(due.capture());
        assertEquals(day, due.getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
    }
}
