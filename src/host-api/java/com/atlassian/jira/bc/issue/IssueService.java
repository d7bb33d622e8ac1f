package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

import java.util.Map;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.bc.issue.IssueService}; see DESIGN.md. Verified against: cures-hub/cures-condec-jira MockIssueService (implements IssueService, jira-api 8.8.1), jira-api IssueService.java source (6.x, nested classes), docs.atlassian.com/jira/server + jira/latest IssueService.IssueResult/TransitionValidationResult pages (7.x). */
public interface IssueService {
    IssueResult getIssue(ApplicationUser user, Long issueId);

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    CreateValidationResult validateSubTaskCreate(ApplicationUser user, Long parentId, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    TransitionValidationResult validateTransition(ApplicationUser user, Long issueId, int actionId, IssueInputParameters issueInputParameters);

    IssueResult transition(ApplicationUser user, TransitionValidationResult transitionResult);

    IssueInputParameters newIssueInputParameters();

    /** Mirror of Jira 10.3 {@code IssueService.IssueValidationResult}; see DESIGN.md. */
    abstract class IssueValidationResult extends ServiceResultImpl {
        public IssueValidationResult(MutableIssue issue, ErrorCollection errors) {
            super(errors);
            throw new UnsupportedOperationException();
        }

        public MutableIssue getIssue() {
            throw new UnsupportedOperationException();
        }
    }

    /** Mirror of Jira 10.3 {@code IssueService.IssueResult}; constructors as used by cures-condec-jira (8.8.1). */
    class IssueResult extends IssueValidationResult {
        public IssueResult(MutableIssue issue) {
            super(issue, null);
        }

        public IssueResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }

    /**
     * Mirror of Jira 10.3 {@code IssueService.CreateValidationResult}; see DESIGN.md.
     * The real public constructor's signature differs between versions (8.x takes a codehaus JsonNode map), so it is
     * not mirrored; the private constructor below exists only so this class compiles and is not Jira API.
     */
    class CreateValidationResult extends IssueValidationResult {
        private CreateValidationResult() {
            super(null, null);
        }

        public Map<String, Object> getFieldValuesHolder() {
            throw new UnsupportedOperationException();
        }
    }

    /** Mirror of Jira 10.3 {@code IssueService.TransitionValidationResult}; constructor per jira/server javadoc (7.x). */
    class TransitionValidationResult extends ServiceResultImpl {
        @SuppressWarnings("rawtypes")
        public TransitionValidationResult(MutableIssue issue, ErrorCollection errors, Map<String, Object> fieldValuesHolder, Map additionInputs, int actionId) {
            super(errors);
            throw new UnsupportedOperationException();
        }

        public MutableIssue getIssue() {
            throw new UnsupportedOperationException();
        }

        public int getActionId() {
            throw new UnsupportedOperationException();
        }
    }
}
