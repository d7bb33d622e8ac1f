package com.salesteam.jira.web;

import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.cadence.DevelopmentPlan;
import com.salesteam.jira.model.cadence.OnboardingPlan;
import com.salesteam.jira.model.cadence.OnboardingStep;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.cadence.DevelopmentPlanService;
import com.salesteam.jira.service.cadence.OnboardingService;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * A failed onboarding task on the Development plan page, rendered by real Velocity: its reason shown escaped to
 * everyone who may see the plan, the retry button to administrators only, in both languages.
 */
public class DevelopmentPlanFailedStepTest {

    private static final String XSS = "<script>alert(1)</script>";
    private static final LocalDate JOINED = LocalDate.of(2026, 11, 2);

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private DevelopmentPlanService plans;
    @Mock
    private OnboardingService onboarding;
    @Mock
    private TeamService teams;
    @Mock
    private UserDirectory users;

    @Before
    public void setUp() {
        when(plans.get("ann")).thenReturn(DevelopmentPlan.empty("ann"));
        when(teams.list()).thenReturn(List.of());
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), call.getArgument(0))));
        when(onboarding.plan("ann")).thenReturn(Optional.of(new OnboardingPlan("ann", JOINED, List.of(
                new OnboardingStep("ann", 0, "Product training", "Training course", JOINED.plusDays(3), "SALES",
                        OnboardingStep.State.FAILED, Optional.empty(), false,
                        Optional.of("assignee: " + XSS + " cannot be assigned")),
                new OnboardingStep("ann", 1, "Ride along", "Ride-along", JOINED.plusDays(30), "SALES",
                        OnboardingStep.State.PENDING, Optional.empty(), false)))));
    }

    private String render(Caller caller, Locale locale) {
        DevelopmentPlanPage page = new DevelopmentPlanPage(plans, onboarding, teams, users,
                new PropertiesTranslator(locale), Clock.fixed(Instant.parse("2026-11-04T12:00:00Z"), ZoneOffset.UTC));
        Map<String, Object> context = page.context(caller, "ann", Optional.empty(), "");
        context.put("xsrfParameter", "atl_token");
        context.put("xsrfToken", "t");
        context.put("action", "/jira/plugins/servlet/salesteam/development-plan");
        return new VelocityHarness().render(DevelopmentPlanPage.TEMPLATE, context);
    }

    @Test
    public void anAdministratorSeesTheEscapedReasonAndTheRetryOfThatTaskOnly() {
        String html = render(new Caller("admin", "Admin", true), Locale.ENGLISH);

        assertTrue(html, html.contains("Failed: assignee: " + VelocityHarness.escapeHtml(XSS) + " cannot be assigned"));
        assertFalse(html, html.contains(XSS));
        assertTrue(html, html.contains("class=\"aui-button aui-button-link salesteam-onboarding-retry\" data-rep=\"ann\" "
                + "data-position=\"0\">Retry</button>"));
        assertTrue("one retry, for the failed task", html.indexOf("salesteam-onboarding-retry") == html.lastIndexOf(
                "salesteam-onboarding-retry"));
    }

    @Test
    public void thePersonSeesTheReasonButNoRetryInChinese() {
        String html = render(new Caller("ann", "Ann", false), Locale.SIMPLIFIED_CHINESE);

        assertTrue(html, html.contains("失败：assignee: " + VelocityHarness.escapeHtml(XSS)));
        assertFalse(html, html.contains("salesteam-onboarding-retry"));
    }
}
