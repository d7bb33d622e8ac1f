package com.salesteam.jira.jira.workflow;

import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.salesteam.jira.model.goal.SmartRules;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Test;

import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The SMART validator's settings form and summary, rendered by real Velocity from its factory. */
public class SmartGoalValidatorFactoryTest {

    private static final String XSS = "<script>alert('x')</script>";

    private final VelocityHarness velocity = new VelocityHarness();
    private final SmartGoalValidatorFactory english = new SmartGoalValidatorFactory(new PropertiesTranslator(Locale.ENGLISH));

    private static ValidatorDescriptor validatorWith(Map<String, String> args) {
        ValidatorDescriptor descriptor = mock(ValidatorDescriptor.class);
        when(descriptor.getArgs()).thenReturn(args);
        return descriptor;
    }

    @SuppressWarnings("unchecked")
    private String render(String template, Map<String, ?> params) {
        return velocity.render(template, (Map<String, Object>) params);
    }

    @Test
    public void aNewValidatorOffersTheDefaults() {
        String html = render(SmartGoalValidatorFactory.PARAMS_TEMPLATE, english.getVelocityParams("input-parameters", null));

        assertTrue(html, html.contains("name=\"achievableMultiple\" id=\"salesteam-achievableMultiple\" value=\"1.5\""));
        assertTrue(html, html.contains("value=\"tbd, todo, to do, n/a, goal, lorem ipsum, 待定\""));
        assertTrue(html, html.contains("name=\"minSummaryLength\" id=\"salesteam-minSummaryLength\" value=\"10\""));
        assertTrue(html, html.contains("name=\"minDescriptionLength\" id=\"salesteam-minDescriptionLength\" value=\"20\""));
        assertTrue(html, html.contains("best of the last 4 periods"));
    }

    @Test
    public void theSummaryShowsTheRulesInForceInBothLanguages() {
        ValidatorDescriptor stored = validatorWith(Map.of(SmartRules.MULTIPLE_ARG, "2", SmartRules.BOILERPLATE_ARG, "tbd"));

        assertEquals("Only SMART goals: target at most 2 times the owner&#39;s best of the last 4 periods; summary at least "
                + "10 and description at least 20 characters; boilerplate: tbd.",
                render(SmartGoalValidatorFactory.VIEW_TEMPLATE, english.getVelocityParams("view", stored)).strip());
        String chinese = render(SmartGoalValidatorFactory.VIEW_TEMPLATE, new SmartGoalValidatorFactory(
                new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE)).getVelocityParams("view", stored));
        assertTrue(chinese, chinese.contains("目标值不超过负责人之前 4 个期间最佳成绩的 2 倍"));
    }

    @Test
    public void postedSettingsAreStoredAsTheValidatorReadsThem() {
        assertEquals(Map.of(SmartRules.MULTIPLE_ARG, "1.5", SmartRules.BOILERPLATE_ARG, "tbd, foo",
                        SmartRules.MIN_SUMMARY_ARG, "12", SmartRules.MIN_DESCRIPTION_ARG, "20"),
                english.getDescriptorParams(Map.of(SmartRules.MULTIPLE_ARG, new String[]{"zero"},
                        SmartRules.BOILERPLATE_ARG, new String[]{" TBD, foo ,"},
                        SmartRules.MIN_SUMMARY_ARG, new String[]{"12"},
                        SmartRules.MIN_DESCRIPTION_ARG, new String[]{"-1"})));
    }

    @Test
    public void hostileStoredPhrasesComeOutEscaped() {
        Map<String, ?> params = english.getVelocityParams("edit-parameters",
                validatorWith(Map.of(SmartRules.BOILERPLATE_ARG, XSS, SmartRules.MULTIPLE_ARG, XSS)));

        String form = render(SmartGoalValidatorFactory.PARAMS_TEMPLATE, params);
        String summary = render(SmartGoalValidatorFactory.VIEW_TEMPLATE,
                english.getVelocityParams("view", validatorWith(Map.of(SmartRules.BOILERPLATE_ARG, XSS))));

        assertFalse(form, form.contains("<script>"));
        assertTrue(form, form.contains("&lt;script&gt;"));
        assertTrue("the hostile multiple is not a number, so the default stands", form.contains("value=\"1.5\""));
        assertFalse(summary, summary.contains("<script>"));
        assertTrue(summary, summary.contains("&lt;script&gt;"));
    }
}
