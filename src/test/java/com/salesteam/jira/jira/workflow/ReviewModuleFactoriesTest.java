package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.opensymphony.workflow.loader.ConditionDescriptor;
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

/**
 * The settings forms and summaries of the person-or-manager condition and the required-fields validator, rendered
 * by real Velocity from their factories, in both languages, with hostile field names.
 */
public class ReviewModuleFactoriesTest {

    private static final String XSS = "<script>alert('x')</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";
    private static final String USER_PICKER = "com.atlassian.jira.plugin.system.customfieldtypes:userpicker";
    private static final String TEXT_AREA = "com.atlassian.jira.plugin.system.customfieldtypes:textarea";

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CustomFieldManager customFieldManager;

    private final VelocityHarness velocity = new VelocityHarness();

    @Before
    public void setUp() {
        CustomField reviewee = field("customfield_1", "Reviewee " + XSS, USER_PICKER);
        CustomField summary = field("customfield_2", "Summary " + XSS, TEXT_AREA);
        when(customFieldManager.getCustomFieldObjects()).thenReturn(List.of(reviewee, summary));
        when(customFieldManager.getCustomFieldObject("customfield_1")).thenReturn(reviewee);
        when(customFieldManager.getCustomFieldObject("customfield_2")).thenReturn(summary);
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

    @SuppressWarnings("unchecked")
    private String render(String template, Map<String, ?> params) {
        return velocity.render(template, (Map<String, Object>) params);
    }

    private static ConditionDescriptor conditionWith(Map<String, String> args) {
        ConditionDescriptor descriptor = mock(ConditionDescriptor.class);
        when(descriptor.getArgs()).thenReturn(args);
        return descriptor;
    }

    private static ValidatorDescriptor validatorWith(Map<String, String> args) {
        ValidatorDescriptor descriptor = mock(ValidatorDescriptor.class);
        when(descriptor.getArgs()).thenReturn(args);
        return descriptor;
    }

    @Test
    public void theConditionFormOffersUserFieldsOnlyAndShowsTheStoredRole() {
        PersonRoleConditionFactory factory = new PersonRoleConditionFactory(customFieldManager,
                new PropertiesTranslator(Locale.ENGLISH));
        String html = render(PersonRoleConditionFactory.PARAMS_TEMPLATE, factory.getVelocityParams("edit-parameters",
                conditionWith(Map.of("personFieldId", "customfield_1", "role", "manager"))));

        assertTrue(html.contains("<option value=\"customfield_1\" selected>Reviewee " + ESCAPED + "</option>"));
        assertFalse("a text area names nobody", html.contains("customfield_2"));
        assertTrue(html.contains("<option value=\"manager\" selected>Only a manager of the person</option>"));
        assertFalse(html.contains(XSS));
    }

    @Test
    public void theConditionSummaryNamesTheFieldInBothLanguagesAndWarnsOfAMissingOne() {
        ConditionDescriptor stored = conditionWith(Map.of("personFieldId", "customfield_1", "role", "either"));
        String english = render(PersonRoleConditionFactory.VIEW_TEMPLATE, new PersonRoleConditionFactory(
                customFieldManager, new PropertiesTranslator(Locale.ENGLISH)).getVelocityParams("view", stored));
        String chinese = render(PersonRoleConditionFactory.VIEW_TEMPLATE, new PersonRoleConditionFactory(
                customFieldManager, new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE)).getVelocityParams("view", stored));
        assertEquals("Only the person named in Reviewee " + ESCAPED + " or a manager of theirs can use this transition.",
                english.strip());
        assertEquals("只有 Reviewee " + ESCAPED + " 中指定的人或其经理才能执行此转换。", chinese.strip());

        String missing = render(PersonRoleConditionFactory.VIEW_TEMPLATE, new PersonRoleConditionFactory(
                customFieldManager, new PropertiesTranslator(Locale.ENGLISH)).getVelocityParams("view",
                conditionWith(Map.of("personFieldId", XSS, "role", "person"))));
        assertTrue(missing.contains("aui-lozenge-error"));
        assertFalse(missing.contains(XSS));
    }

    @Test
    public void theConditionStoresOnlyAKnownRole() {
        PersonRoleConditionFactory factory = new PersonRoleConditionFactory(customFieldManager,
                new PropertiesTranslator(Locale.ENGLISH));
        assertEquals(Map.of("personFieldId", "customfield_1", "role", "manager"), factory.getDescriptorParams(
                Map.of("personFieldId", new String[]{" customfield_1 "}, "role", new String[]{"manager"})));
        assertEquals("person", factory.getDescriptorParams(
                Map.of("personFieldId", new String[]{"customfield_1"}, "role", new String[]{XSS})).get("role"));
    }

    @Test
    public void theValidatorFormMarksTheChosenFieldsAndStoresThemAsOneArg() {
        FieldsRequiredValidatorFactory factory = new FieldsRequiredValidatorFactory(customFieldManager,
                new PropertiesTranslator(Locale.ENGLISH));
        String html = render(FieldsRequiredValidatorFactory.PARAMS_TEMPLATE, factory.getVelocityParams(
                "edit-parameters", validatorWith(Map.of("fieldIds", "customfield_2"))));
        assertTrue(html.contains("<option value=\"customfield_2\" selected>Summary " + ESCAPED + "</option>"));
        assertTrue(html.contains("<option value=\"customfield_1\">Reviewee " + ESCAPED + "</option>"));

        assertEquals(Map.of("fieldIds", "customfield_1, customfield_2"), factory.getDescriptorParams(
                Map.of("fieldIds", new String[]{"customfield_1", "customfield_2", "customfield_1"})));
    }

    @Test
    public void theValidatorSummaryNamesTheFieldsAndTheMissingOnesEscaped() {
        ValidatorDescriptor stored = validatorWith(Map.of("fieldIds", "customfield_1, customfield_2, " + XSS));
        String english = render(FieldsRequiredValidatorFactory.VIEW_TEMPLATE, new FieldsRequiredValidatorFactory(
                customFieldManager, new PropertiesTranslator(Locale.ENGLISH)).getVelocityParams("view", stored));
        assertTrue(english.contains("Needs these fields filled in: Reviewee " + ESCAPED + ", Summary " + ESCAPED + "."));
        assertTrue(english.contains("aui-lozenge-error"));
        assertFalse(english.contains(XSS));
        String chinese = render(FieldsRequiredValidatorFactory.VIEW_TEMPLATE, new FieldsRequiredValidatorFactory(
                customFieldManager, new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE)).getVelocityParams("view", stored));
        assertTrue(chinese.contains("需要填写这些字段：Reviewee " + ESCAPED));
    }
}
