package com.salesteam.jira.jira.workflow;

import com.opensymphony.workflow.loader.ConditionDescriptor;
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

/** The condition's settings form and summary, rendered by real Velocity from its factory. */
public class OwnerOrManagerConditionFactoryTest {

    private static final String XSS = "<script>alert('x')</script>";

    private final VelocityHarness velocity = new VelocityHarness();
    private final OwnerOrManagerConditionFactory english =
            new OwnerOrManagerConditionFactory(new PropertiesTranslator(Locale.ENGLISH));

    private static ConditionDescriptor conditionWith(Map<String, String> args) {
        ConditionDescriptor descriptor = mock(ConditionDescriptor.class);
        when(descriptor.getArgs()).thenReturn(args);
        return descriptor;
    }

    @SuppressWarnings("unchecked")
    private String render(String template, Map<String, ?> params) {
        return velocity.render(template, (Map<String, Object>) params);
    }

    @Test
    public void aNewConditionStartsSwitchedOn() {
        String html = render(OwnerOrManagerConditionFactory.PARAMS_TEMPLATE,
                english.getVelocityParams("input-parameters", null));

        assertTrue(html.contains("<option value=\"true\" selected>On</option>"));
        assertTrue(html.contains("<option value=\"false\">Off (everyone who sees the transition can use it)</option>"));
    }

    @Test
    public void theEditFormShowsTheStoredSetting() {
        String html = render(OwnerOrManagerConditionFactory.PARAMS_TEMPLATE,
                english.getVelocityParams("edit-parameters", conditionWith(Map.of("enabled", "false"))));

        assertTrue(html.contains("<option value=\"true\">On</option>"));
        assertTrue(html.contains("<option value=\"false\" selected>"));
    }

    @Test
    public void aHostileStoredValueKeepsTheCheckOnAndIsNotEchoed() {
        Map<String, ?> params = english.getVelocityParams("edit-parameters", conditionWith(Map.of("enabled", XSS)));

        String form = render(OwnerOrManagerConditionFactory.PARAMS_TEMPLATE, params);
        String summary = render(OwnerOrManagerConditionFactory.VIEW_TEMPLATE,
                english.getVelocityParams("view", conditionWith(Map.of("enabled", XSS))));

        assertFalse(form.contains("<script>") || form.contains("alert"));
        assertTrue(form.contains("<option value=\"true\" selected>On</option>"));
        assertFalse(summary.contains("alert"));
        assertTrue(summary.contains("Only the assignee of the deal"));
    }

    @Test
    public void theSummarySaysWhetherTheCheckIsOn() {
        String on = render(OwnerOrManagerConditionFactory.VIEW_TEMPLATE,
                english.getVelocityParams("view", conditionWith(Map.of("enabled", "true"))));
        String off = render(OwnerOrManagerConditionFactory.VIEW_TEMPLATE,
                english.getVelocityParams("view", conditionWith(Map.of("enabled", "false"))));

        assertTrue(on.contains("Only the assignee of the deal, a manager of a team the assignee belongs to, "
                + "or a Jira administrator can use this transition."));
        assertTrue(off.contains("Switched off: everyone who sees this transition can use it."));
    }

    @Test
    public void rendersInSimplifiedChinese() {
        OwnerOrManagerConditionFactory chinese =
                new OwnerOrManagerConditionFactory(new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE));

        String form = render(OwnerOrManagerConditionFactory.PARAMS_TEMPLATE,
                chinese.getVelocityParams("input-parameters", null));
        String summary = render(OwnerOrManagerConditionFactory.VIEW_TEMPLATE,
                chinese.getVelocityParams("view", conditionWith(Map.of("enabled", "true"))));

        assertTrue(form.contains("负责人或经理检查"));
        assertTrue(summary.contains("只有交易的经办人、经办人所在团队的经理或 Jira 管理员可以执行此转换。"));
    }

    @Test
    public void onlyTrueOrFalseIsStored() {
        assertEquals(Map.of("enabled", "false"), stored("false"));
        assertEquals(Map.of("enabled", "true"), stored("true"));
        assertEquals(Map.of("enabled", "true"), stored(XSS));
    }

    private Map<String, ?> stored(String posted) {
        return english.getDescriptorParams(Map.of("enabled", new String[] {posted}));
    }
}
