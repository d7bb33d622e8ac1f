package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.service.review.ReviewSnapshotService;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The snapshot post-function: what it hands the snapshot service, and its settings form and summary. */
public class ReviewSnapshotPostFunctionTest {

    private static final String XSS = "<script>alert('x')</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";
    private static final Map<String, String> ARGS = Map.of("revieweeFieldId", "customfield_1",
            "periodFieldId", "customfield_2", "defaultPeriodType", "year");

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CustomFieldManager customFieldManager;
    @Mock
    private ReviewSnapshotService snapshots;
    @Mock
    private MutableIssue review;
    @Mock
    private ApplicationUser rep;

    private CustomField reviewee;
    private CustomField period;
    private ReviewSnapshotPostFunction function;

    @Before
    public void setUp() {
        reviewee = field("customfield_1", "Reviewee " + XSS, "com.atlassian.jira.plugin.system.customfieldtypes:userpicker");
        period = field("customfield_2", "Review Period " + XSS, "com.atlassian.jira.plugin.system.customfieldtypes:textfield");
        when(customFieldManager.getCustomFieldObject("customfield_1")).thenReturn(reviewee);
        when(customFieldManager.getCustomFieldObject("customfield_2")).thenReturn(period);
        when(customFieldManager.getCustomFieldObjects()).thenReturn(List.of(reviewee, period));
        when(review.getId()).thenReturn(500L);
        when(rep.getKey()).thenReturn("li.wei");
        function = new ReviewSnapshotPostFunction(customFieldManager, snapshots);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static CustomField field(String id, String name, String typeKey) {
        CustomField field = mock(CustomField.class);
        CustomFieldType type = mock(CustomFieldType.class);
        when(field.getId()).thenReturn(id);
        when(field.getName()).thenReturn(name);
        when(field.getCustomFieldType()).thenReturn(type);
        when(type.getKey()).thenReturn(typeKey);
        return field;
    }

    @Test
    public void theRevieweeAndThePeriodOfTheReviewAreSnapshot() {
        when(review.getCustomFieldValue(reviewee)).thenReturn(rep);
        when(review.getCustomFieldValue(period)).thenReturn("FY2026-Q2");
        function.execute(Map.of("issue", review), ARGS, null);
        verify(snapshots).take(500L, "li.wei", "FY2026-Q2", PeriodType.YEAR);
    }

    @Test
    public void withoutAPeriodTheFallbackDecidesAndWithoutARevieweeNothingIsTaken() {
        when(review.getCustomFieldValue(reviewee)).thenReturn(rep);
        function.execute(Map.of("issue", review), Map.of("revieweeFieldId", "customfield_1"), null);
        verify(snapshots).take(500L, "li.wei", "", PeriodType.QUARTER);

        when(review.getCustomFieldValue(reviewee)).thenReturn(null);
        ReviewSnapshotService untouched = mock(ReviewSnapshotService.class);
        new ReviewSnapshotPostFunction(customFieldManager, untouched).execute(Map.of("issue", review), ARGS, null);
        verify(untouched, never()).take(anyLong(), anyString(), anyString(), any());
    }

    @Test
    public void aFailingSnapshotDoesNotBreakTheTransition() {
        when(review.getCustomFieldValue(reviewee)).thenReturn(rep);
        when(snapshots.take(anyLong(), anyString(), anyString(), any())).thenThrow(new IllegalStateException("db down"));
        function.execute(Map.of("issue", review), ARGS, null);
        verify(snapshots).take(500L, "li.wei", "", PeriodType.YEAR);
    }

    @Test
    public void theFormAndSummaryNameTheFieldsEscapedInBothLanguagesAndOnlyKnownFallbacksAreStored() {
        VelocityHarness velocity = new VelocityHarness();
        FunctionDescriptor stored = mock(FunctionDescriptor.class);
        when(stored.getArgs()).thenReturn(ARGS);
        ReviewSnapshotPostFunctionFactory english = new ReviewSnapshotPostFunctionFactory(customFieldManager,
                new PropertiesTranslator(Locale.ENGLISH));
        ReviewSnapshotPostFunctionFactory chinese = new ReviewSnapshotPostFunctionFactory(customFieldManager,
                new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE));

        String form = velocity.render(ReviewSnapshotPostFunctionFactory.PARAMS_TEMPLATE,
                english.getVelocityParams("edit-parameters", stored));
        assertTrue(form.contains("<option value=\"customfield_1\" selected>Reviewee " + ESCAPED + "</option>"));
        assertTrue(form.contains("<option value=\"year\" selected>The current fiscal year</option>"));
        assertFalse(form.contains(XSS));

        assertEquals("Snapshots the figures of the person in Reviewee " + ESCAPED + " for the period in Review Period "
                + ESCAPED + " (otherwise: The current fiscal year); a review keeps its first snapshot.",
                velocity.render(ReviewSnapshotPostFunctionFactory.VIEW_TEMPLATE,
                        english.getVelocityParams("view", stored)).strip());
        assertTrue(velocity.render(ReviewSnapshotPostFunctionFactory.VIEW_TEMPLATE,
                chinese.getVelocityParams("view", stored)).contains("当前财年"));

        assertEquals("quarter", english.getDescriptorParams(Map.of("revieweeFieldId", new String[]{"customfield_1"},
                "periodFieldId", new String[]{""}, "defaultPeriodType", new String[]{XSS})).get("defaultPeriodType"));
    }
}
