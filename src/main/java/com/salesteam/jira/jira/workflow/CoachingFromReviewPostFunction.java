package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.workflow.function.issue.AbstractJiraFunctionProvider;
import com.opensymphony.module.propertyset.PropertySet;
import com.salesteam.jira.model.setup.ReviewsBlueprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * On sign-off: one Coaching Action per line of the review's improvement areas ({@value #IMPROVEMENT_ARG}), in the
 * review's project, for the reviewee (set in the rep field {@value #REP_ARG}), created as the user signing off
 * through Jira's IssueService (so their create permission and the project's required fields apply) and linked from
 * the review with the link type named by {@value #LINK_TYPE_ARG}.
 *
 * <p>A review signed off again after Reopen creates no duplicates: an area whose summary a Coaching Action linked
 * to the review already has (case and padding ignored) is skipped. An area is cut to Jira's 255-character summary.
 * Failures are logged per area and not thrown: the review has moved by then.
 *
 * <p>The 1:1 Meeting workflow runs it on Hold with the meeting's Action Items as the areas and its Sales Rep as both
 * the reviewee and the rep: each action item becomes one Coaching Action linked from the meeting, and holding the
 * meeting again after Reopen adds only new items.
 */
public class CoachingFromReviewPostFunction extends AbstractJiraFunctionProvider {

    public static final String IMPROVEMENT_ARG = "improvementFieldId";
    public static final String REVIEWEE_ARG = "revieweeFieldId";
    public static final String REP_ARG = "repFieldId";
    public static final String LINK_TYPE_ARG = "linkType";
    static final int SUMMARY_MAX = 255;

    private static final Logger LOG = LoggerFactory.getLogger(CoachingFromReviewPostFunction.class);

    private final CustomFieldManager customFieldManager;
    private final IssueService issueService;
    private final IssueLinkManager issueLinkManager;
    private final IssueLinkTypeManager issueLinkTypeManager;
    private final ConstantsManager constantsManager;
    private final UserManager userManager;

    public CoachingFromReviewPostFunction(CustomFieldManager customFieldManager, IssueService issueService,
                                          IssueLinkManager issueLinkManager, IssueLinkTypeManager issueLinkTypeManager,
                                          ConstantsManager constantsManager, UserManager userManager) {
        this.customFieldManager = customFieldManager;
        this.issueService = issueService;
        this.issueLinkManager = issueLinkManager;
        this.issueLinkTypeManager = issueLinkTypeManager;
        this.constantsManager = constantsManager;
        this.userManager = userManager;
    }

    /**
     * The improvement areas (or a 1:1's action items) of a text: one per non-blank line, stripped of a leading list
     * marker ("*", "-", "#", as people type checklists), each cut to a summary's length.
     */
    static List<String> areas(String text) {
        return Arrays.stream(text.split("\\R")).map(line -> line.strip().replaceFirst("^[*#-]+\\s*", "").strip())
                .filter(line -> !line.isEmpty())
                .map(line -> line.length() > SUMMARY_MAX ? line.substring(0, SUMMARY_MAX) : line).distinct().toList();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) {
        MutableIssue review = getIssue(transientVars);
        List<String> areas = WorkflowArgs.field(customFieldManager, args, IMPROVEMENT_ARG)
                .map(review::getCustomFieldValue).map(Object::toString).map(CoachingFromReviewPostFunction::areas)
                .orElse(List.of());
        if (areas.isEmpty()) {
            return;
        }
        String callerKey = getCallerKey(transientVars, args);
        ApplicationUser caller = callerKey == null ? null : userManager.getUserByKey(callerKey);
        Optional<IssueType> coachingType = constantsManager.getAllIssueTypeObjects().stream()
                .filter(type -> ReviewsBlueprint.COACHING_TYPE.equals(type.getName())).findFirst();
        Optional<IssueLinkType> linkType = issueLinkTypeManager.getIssueLinkTypesByName(
                WorkflowArgs.text(args, LINK_TYPE_ARG)).stream().findFirst();
        if (caller == null || coachingType.isEmpty() || linkType.isEmpty()) {
            LOG.warn("Review {}: no coaching actions created (caller, Coaching Action issue type or link type {} missing)",
                    review.getKey(), WorkflowArgs.text(args, LINK_TYPE_ARG));
            return;
        }
        Object reviewee = WorkflowArgs.field(customFieldManager, args, REVIEWEE_ARG).map(review::getCustomFieldValue)
                .orElse(null);
        Optional<CustomField> repField = WorkflowArgs.field(customFieldManager, args, REP_ARG);
        Set<String> existing = linkedCoachingSummaries(review);
        Set<String> covered = new java.util.HashSet<>(existing);
        for (String area : areas) {
            // "Closing" and "closing" are one area, whether already linked or twice in the text
            if (!covered.add(area.toLowerCase(Locale.ROOT))) {
                continue;
            }
            IssueInputParameters input = issueService.newIssueInputParameters()
                    .setProjectId(review.getProjectId())
                    .setIssueTypeId(coachingType.get().getId())
                    .setSummary(area)
                    .setDescription(review.getKey());
            if (reviewee instanceof ApplicationUser person && repField.isPresent()) {
                input.addCustomFieldValue(repField.get().getIdAsLong(), person.getName());
            }
            create(review, caller, input, linkType.get(), area);
        }
    }

    private void create(Issue review, ApplicationUser caller, IssueInputParameters input, IssueLinkType linkType,
                        String area) {
        IssueService.CreateValidationResult validated = issueService.validateCreate(caller, input);
        if (!validated.isValid()) {
            LOG.warn("Review {}: coaching action \"{}\" refused: {}", review.getKey(), area,
                    validated.getErrorCollection().getErrors());
            return;
        }
        IssueService.IssueResult created = issueService.create(caller, validated);
        if (!created.isValid() || created.getIssue() == null) {
            LOG.warn("Review {}: coaching action \"{}\" not created", review.getKey(), area);
            return;
        }
        try {
            issueLinkManager.createIssueLink(review.getId(), created.getIssue().getId(), linkType.getId(), null, caller);
        } catch (CreateException e) {
            LOG.warn("Review {}: coaching action {} not linked: {}", review.getKey(), created.getIssue().getKey(),
                    e.toString());
        }
    }

    private Set<String> linkedCoachingSummaries(Issue review) {
        Set<String> summaries = new HashSet<>();
        for (IssueLink link : issueLinkManager.getOutwardLinks(review.getId())) {
            Issue linked = link.getDestinationObject();
            if (linked != null && linked.getIssueType() != null
                    && ReviewsBlueprint.COACHING_TYPE.equals(linked.getIssueType().getName())
                    && linked.getSummary() != null) {
                summaries.add(linked.getSummary().strip().toLowerCase(Locale.ROOT));
            }
        }
        return summaries;
    }
}
