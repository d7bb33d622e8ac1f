package com.salesteam.jira.web;

import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.kpi.Scorecard;
import com.salesteam.jira.model.kpi.ScorecardWeight;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The scorecard weights section of the KPI admin page, rendered by real Velocity in both languages. */
public class ScorecardWeightsTemplateTest {

    private static final String XSS = "<script>alert('x')</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();
    @Mock
    private KpiService kpis;
    @Mock
    private ScorecardService scorecards;

    private final VelocityHarness velocity = new VelocityHarness();

    private static KpiDefinition kpi(String key, KpiSource source) {
        return new KpiDefinition(key, "Calls " + XSS, "电话 " + XSS, KpiUnit.COUNT, source,
                KpiDirection.HIGHER_IS_BETTER, Map.of(KpiRole.REP, BigDecimal.TEN, KpiRole.MANAGER, BigDecimal.ONE), true);
    }

    @Before
    public void setUp() {
        List<KpiDefinition> inUse = List.of(kpi("calls", new KpiSource.Manual()),
                kpi("bugs", new KpiSource.DealMetric(QuotaMetric.NEW_PIPELINE)));
        when(kpis.list(true)).thenReturn(inUse);
        when(kpis.list(false)).thenReturn(inUse);
        when(scorecards.weights()).thenReturn(Map.of(KpiRole.REP, new Scorecard(KpiRole.REP, List.of(
                new ScorecardWeight("calls", new BigDecimal("69.5"), Optional.of(new BigDecimal("150"))),
                new ScorecardWeight("bugs", new BigDecimal("30.5"), Optional.empty())))));
    }

    private String render(Locale locale) {
        return velocity.render(KpisAdminPage.TEMPLATE,
                new KpisAdminPage(kpis, new PropertiesTranslator(locale), scorecards).context());
    }

    @Test
    public void eachRoleHasAFormWithItsLinesAndKpiNamesEscaped() {
        String html = render(Locale.ENGLISH);
        assertFalse("no raw script tag: " + html, html.contains("<script>"));
        assertTrue(html, html.contains("<form class=\"aui salesteam-scorecard-form\" data-role=\"rep\" novalidate>"));
        assertTrue(html.contains("<form class=\"aui salesteam-scorecard-form\" data-role=\"manager\" novalidate>"));
        assertTrue(html.contains("<option value=\"calls\" selected>Calls " + ESCAPED + "</option>"));
        assertTrue("new pipeline is picked, and measured like the others",
                html.contains("<option value=\"bugs\" selected>Calls " + ESCAPED + "</option>"));
        assertTrue(html.contains("name=\"weight\" inputmode=\"decimal\" value=\"69.5\""));
        assertTrue(html.contains("name=\"cap\" inputmode=\"decimal\" value=\"150\""));
        assertTrue(html.contains("name=\"weight\" inputmode=\"decimal\" value=\"30.5\""));
        assertEquals("the managers have none yet", 1, html.split("No scorecard for this role yet", -1).length - 1);
        assertTrue(html.contains("<div class=\"error salesteam-field-error\" data-field=\"rep\"></div>"));
        assertTrue("the new-line template offers every KPI in use",
                html.contains("<template id=\"salesteam-scorecard-new-line\">"));
    }

    @Test
    public void theSectionSpeaksChinese() {
        String html = render(Locale.SIMPLIFIED_CHINESE);
        assertTrue(html.contains("<h2>计分卡权重</h2>"));
        assertTrue(html.contains("<h3>销售代表</h3>") && html.contains("<h3>经理</h3>"));
        assertTrue(html.contains("电话 " + ESCAPED + "</option>"));
        assertFalse(html.contains("<script>"));
    }
}
