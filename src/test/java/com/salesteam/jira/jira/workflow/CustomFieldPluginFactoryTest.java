package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
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
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The settings forms and summaries of the three field modules, rendered by real Velocity from their factories. */
public class CustomFieldPluginFactoryTest {

    private static final String XSS = "<script>alert('x')</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";
    private static final String DATE_PICKER = "com.atlassian.jira.plugin.system.customfieldtypes:datepicker";
    private static final String TEXT_FIELD = "com.atlassian.jira.plugin.system.customfieldtypes:textfield";

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CustomFieldManager customFieldManager;

    private final VelocityHarness velocity = new VelocityHarness();
    private CustomField reason;
    private CustomField closeDate;

    @Before
    public void setUp() {
        reason = field("customfield_10200", "Reason " + XSS, TEXT_FIELD);
        closeDate = field("customfield_10300", "Close date " + XSS, DATE_PICKER);
        when(customFieldManager.getCustomFieldObjects()).thenReturn(List.of(reason, closeDate));
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

    private static ValidatorDescriptor validatorWith(Map<String, String> args) {
        ValidatorDescriptor descriptor = mock(ValidatorDescriptor.class);
        when(descriptor.getArgs()).thenReturn(args);
        return descriptor;
    }

    private static FunctionDescriptor functionWith(Map<String, String> args) {
        FunctionDescriptor descriptor = mock(FunctionDescriptor.class);
        when(descriptor.getArgs()).thenReturn(args);
        return descriptor;
    }

    @SuppressWarnings("unchecked")
    private String render(String template, Map<String, ?> params) {
        return velocity.render(template, (Map<String, Object>) params);
    }

    private LossReasonRequiredValidatorFactory lossReason(Locale locale) {
        return new LossReasonRequiredValidatorFactory(customFieldManager, new PropertiesTranslator(locale));
    }

    @Test
    public void theInputFormOffersEveryFieldEscapedWithNoneChosen() {
        String html = render(CustomFieldPluginFactory.PARAMS_TEMPLATE,
                lossReason(Locale.ENGLISH).getVelocityParams("input-parameters", null));

        assertFalse("no raw script tag: " + html, html.contains("<script>"));
        assertTrue(html.contains("name=\"lossReasonFieldId\""));
        assertTrue(html.contains("<option value=\"customfield_10200\">Reason " + ESCAPED + "</option>"));
        assertTrue(html.contains("<option value=\"customfield_10300\">Close date " + ESCAPED + "</option>"));
        assertTrue(html.contains("Loss reason field"));
        assertFalse(html.contains("selected"));
    }

    @Test
    public void theEditFormMarksTheStoredField() {
        String html = render(CustomFieldPluginFactory.PARAMS_TEMPLATE, lossReason(Locale.ENGLISH)
                .getVelocityParams("edit-parameters", validatorWith(Map.of("lossReasonFieldId", "customfield_10200"))));

        assertTrue(html.contains("<option value=\"customfield_10200\" selected>Reason " + ESCAPED + "</option>"));
        assertTrue(html.contains("<option value=\"customfield_10300\">"));
    }

    @Test
    public void aHostileStoredValueMatchesNothingAndIsNotEchoed() {
        String html = render(CustomFieldPluginFactory.PARAMS_TEMPLATE, lossReason(Locale.ENGLISH)
                .getVelocityParams("edit-parameters", validatorWith(Map.of("lossReasonFieldId", XSS))));

        assertFalse(html.contains("<script>"));
        assertFalse(html.contains("selected"));
    }

    @Test
    public void theCloseDateFormOffersDateFieldsOnly() {
        StampCloseDatePostFunctionFactory factory = new StampCloseDatePostFunctionFactory(customFieldManager,
                new PropertiesTranslator(Locale.ENGLISH));

        String html = render(CustomFieldPluginFactory.PARAMS_TEMPLATE, factory.getVelocityParams("edit-parameters",
                functionWith(Map.of("closeDateFieldId", "customfield_10300"))));

        assertTrue(html.contains("name=\"closeDateFieldId\""));
        assertTrue(html.contains("<option value=\"customfield_10300\" selected>Close date " + ESCAPED));
        assertFalse("a text field cannot hold the date", html.contains("customfield_10200"));
    }

    @Test
    public void theSummaryNamesTheFieldEscaped() {
        when(customFieldManager.getCustomFieldObject("customfield_10200")).thenReturn(reason);

        String html = render(CustomFieldPluginFactory.VIEW_TEMPLATE, lossReason(Locale.ENGLISH)
                .getVelocityParams("view", validatorWith(Map.of("lossReasonFieldId", "customfield_10200"))));

        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("The deal can be closed as lost only when Reason " + ESCAPED + " has a value."));
    }

    @Test
    public void theSummaryWarnsOfAMissingFieldWithoutEchoingMarkup() {
        String html = render(CustomFieldPluginFactory.VIEW_TEMPLATE, new PositiveAmountRequiredValidatorFactory(
                customFieldManager, new PropertiesTranslator(Locale.ENGLISH))
                .getVelocityParams("view", validatorWith(Map.of("amountFieldId", XSS))));

        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("The custom field &quot;" + ESCAPED + "&quot; no longer exists"));
    }

    @Test
    public void theSummaryWarnsOfAFieldThatCannotHoldADate() {
        when(customFieldManager.getCustomFieldObject("customfield_10200")).thenReturn(reason);
        StampCloseDatePostFunctionFactory factory = new StampCloseDatePostFunctionFactory(customFieldManager,
                new PropertiesTranslator(Locale.ENGLISH));

        String html = render(CustomFieldPluginFactory.VIEW_TEMPLATE, factory.getVelocityParams("view",
                functionWith(Map.of("closeDateFieldId", "customfield_10200"))));

        assertTrue(html.contains("The custom field &quot;customfield_10200&quot; no longer exists or cannot hold"));
    }

    @Test
    public void theSummarySaysWhenNoFieldIsChosen() {
        String html = render(CustomFieldPluginFactory.VIEW_TEMPLATE, lossReason(Locale.ENGLISH)
                .getVelocityParams("view", validatorWith(Map.of())));

        assertTrue(html.contains("No custom field is chosen yet."));
    }

    @Test
    public void rendersInSimplifiedChinese() {
        when(customFieldManager.getCustomFieldObject("customfield_10300")).thenReturn(closeDate);
        when(closeDate.getName()).thenReturn("关闭日期");
        StampCloseDatePostFunctionFactory factory = new StampCloseDatePostFunctionFactory(customFieldManager,
                new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE));

        String form = render(CustomFieldPluginFactory.PARAMS_TEMPLATE,
                factory.getVelocityParams("input-parameters", null));
        String summary = render(CustomFieldPluginFactory.VIEW_TEMPLATE, factory.getVelocityParams("view",
                functionWith(Map.of("closeDateFieldId", "customfield_10300"))));

        assertTrue(form.contains("关闭日期字段"));
        assertTrue(form.contains("选择自定义字段"));
        assertTrue(summary.contains("若 关闭日期 为空，则按财年日历的时区将其设为今天。"));
    }

    @Test
    public void theFormsChoiceIsStoredTrimmedUnderTheModulesArg() {
        Map<String, ?> stored = new PositiveAmountRequiredValidatorFactory(customFieldManager,
                new PropertiesTranslator(Locale.ENGLISH))
                .getDescriptorParams(Map.of("amountFieldId", new String[] {" customfield_10100 "}));

        assertEquals(Map.of("amountFieldId", "customfield_10100"), stored);
    }
}
