package com.salesteam.jira.web;

import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiEntry;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.service.kpi.KpiService;
import com.salesteam.jira.service.kpi.ScorecardService;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/** The KPI admin page and "Log activity" rendered by real Velocity from the contexts their page objects build. */
public class KpiPagesTemplateTest {

    private static final String XSS = "<script>alert('x')</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private KpiService kpis;
    @Mock
    private ScorecardService scorecards;

    private final VelocityHarness velocity = new VelocityHarness();

    private static KpiDefinition kpi(String key, KpiSource source, boolean active) {
        return new KpiDefinition(key, "Calls " + XSS, "电话 " + XSS, KpiUnit.COUNT, source,
                KpiDirection.HIGHER_IS_BETTER, Map.of(KpiRole.REP, new BigDecimal("200"),
                KpiRole.MANAGER, new BigDecimal("2.5")), active);
    }

    @Before
    public void setUp() {
        when(kpis.today()).thenReturn(TODAY);
    }

    @Test
    public void theAdminPageEscapesNamesAndJqlEverywhere() {
        when(kpis.list(true)).thenReturn(List.of(kpi("calls", new KpiSource.Manual(), true),
                kpi("bugs", new KpiSource.JqlCount("summary ~ \"" + XSS + "\""), false)));

        String html = velocity.render(KpisAdminPage.TEMPLATE, new KpisAdminPage(kpis,
                new PropertiesTranslator(Locale.ENGLISH), scorecards).context());

        assertFalse("no raw script tag: " + html, html.contains("<script>"));
        assertTrue(html.contains("Calls " + ESCAPED + "<div class=\"salesteam-kpi-name-zh\">电话 " + ESCAPED));
        assertTrue(html.contains("data-name-en=\"Calls " + ESCAPED + "\""));
        assertTrue("quotes cannot close the attribute", html.contains("data-jql=\"summary ~ &quot;" + ESCAPED + "&quot;\""));
        assertTrue(html.contains("Rep 200, manager 2.5"));
        assertTrue(html.contains("<td>Inactive</td>"));
        assertTrue(html.contains("<option value=\"jql-count\">JQL count (scheduled)</option>"));
        assertTrue("units, sources and directions in words", html.contains("<td>Count</td>")
                && html.contains("<td>Logged by hand") && html.contains("<td>Higher</td>"));
        assertTrue(html.contains("<option value=\"revenue-won\">Revenue won</option>"));
    }

    @Test
    public void logActivityShowsTheLastFourteenDaysWithNamesEscaped() {
        when(kpis.list(false)).thenReturn(List.of(kpi("calls", new KpiSource.Manual(), true),
                kpi("revenue", new KpiSource.CoachingCompletion(), true)));
        when(kpis.entries(anyString(), anyString(), anyString())).thenReturn(List.of(
                new KpiEntry("calls", "bob", TODAY, new BigDecimal("12")),
                new KpiEntry("calls", "bob", TODAY.minusDays(13), new BigDecimal("1.5"))));

        String html = velocity.render(ActivityPage.TEMPLATE, new ActivityPage(kpis,
                new PropertiesTranslator(Locale.ENGLISH)).context());

        assertFalse("no raw script tag: " + html, html.contains("<script>"));
        assertTrue(html.contains("<label for=\"salesteam-activity-calls\">Calls " + ESCAPED + "</label>"));
        assertFalse("only manual KPIs are logged here", html.contains("salesteam-activity-revenue"));
        assertTrue(html.contains("value=\"2026-05-14\" max=\"2026-05-14\" min=\"2026-02-13\""));
        assertTrue(html.contains("<tr data-day=\"2026-05-14\">"));
        assertTrue(html.contains("<td data-kpi=\"calls\">12</td>"));
        assertTrue(html.contains("<tr data-day=\"2026-05-01\">"));
        assertTrue(html.contains("<td data-kpi=\"calls\">1.5</td>"));
        assertFalse("fourteen days, no more", html.contains("data-day=\"2026-04-30\""));
    }

    @Test
    public void logActivityRendersInSimplifiedChinese() {
        when(kpis.list(false)).thenReturn(List.of(kpi("calls", new KpiSource.Manual(), true)));
        when(kpis.entries(anyString(), anyString(), anyString())).thenReturn(List.of());

        String html = velocity.render(ActivityPage.TEMPLATE, new ActivityPage(kpis,
                new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE)).context());

        assertTrue(html.contains("<title>记录活动</title>"));
        assertTrue(html.contains("电话 " + ESCAPED));
        assertTrue(html.contains("2026年5月14日"));
    }

    @Test
    public void noManualKpisSaysWhoDefinesThem() {
        when(kpis.list(false)).thenReturn(List.of());
        when(kpis.entries(anyString(), anyString(), anyString())).thenReturn(List.of());

        String html = velocity.render(ActivityPage.TEMPLATE, new ActivityPage(kpis,
                new PropertiesTranslator(Locale.ENGLISH)).context());

        assertTrue(html.contains("id=\"salesteam-activity-empty\""));
        assertFalse(html.contains("salesteam-activity-form"));
    }
}
