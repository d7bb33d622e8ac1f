package com.salesteam.jira.web;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.quota.AttainmentSharing;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.kpi.KpiService;
import com.salesteam.jira.service.quota.AttainmentSharingService;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static com.salesteam.jira.web.GadgetViewFixtures.regionDistrictAndElsewhere;
import static com.salesteam.jira.web.GadgetViewFixtures.renderGadget;
import static com.salesteam.jira.web.GadgetViewFixtures.stubCurrentPeriods;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/**
 * The KPIs a quota may measure in the quota grid's and the Quota Attainment gadget's metric pickers: those in use
 * whose values are kept per day, named in the viewer's language, escaped.
 */
public class QuotaKpiPickersTest {

    private static final String XSS = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private KpiService kpis;
    @Mock
    private TeamService teams;
    @Mock
    private PeriodService periods;
    @Mock
    private AttainmentSharingService sharing;
    @Mock
    private CurrentUser currentUser;

    private static KpiDefinition kpi(String key, String nameEn, String nameZh, KpiSource source, boolean active) {
        return new KpiDefinition(key, nameEn, nameZh, KpiUnit.COUNT, source, KpiDirection.HIGHER_IS_BETTER,
                Map.of(KpiRole.REP, BigDecimal.ONE, KpiRole.MANAGER, BigDecimal.ONE), active);
    }

    @Before
    public void setUp() {
        when(kpis.list(false)).thenReturn(List.of(
                kpi("visits", "Visits " + XSS, "拜访 " + XSS, new KpiSource.Manual(), true),
                kpi("calls", "Calls", "电话", new KpiSource.Manual(), true),
                kpi("faxes", "Faxes", "传真", new KpiSource.Manual(), false),
                kpi("won", "Won", "赢单", new KpiSource.DealMetric(QuotaMetric.REVENUE_WON), true)));
        when(teams.list()).thenReturn(regionDistrictAndElsewhere());
        stubCurrentPeriods(periods);
        when(periods.containing("year", "")).thenReturn(Period.parse("FY2026", FiscalCalendar.DEFAULT).orElseThrow());
        when(sharing.get()).thenReturn(new AttainmentSharing(false, false));
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("vp", "VP", false)));
    }

    @Test
    public void onlyQuotableKpisAreOfferedByNameInTheReadersLanguage() {
        assertEquals(List.of("kpi:calls=KPI: Calls", "kpi:visits=KPI: Visits " + XSS),
                QuotaKpiOptions.of(kpis.list(false), new PropertiesTranslator(Locale.ENGLISH)).stream()
                        .map(option -> option.getValue() + "=" + option.getLabel()).toList());
        assertEquals(List.of("KPI 指标：拜访 " + XSS, "KPI 指标：电话"),
                QuotaKpiOptions.of(kpis.list(false), new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE)).stream()
                        .map(GadgetOption::getLabel).toList());
    }

    @Test
    public void theQuotaGridOffersThemAfterTheDealMetricsEscaped() {
        String html = new VelocityHarness().render(QuotasAdminPage.TEMPLATE, new QuotasAdminPage(teams, periods,
                sharing, new PropertiesTranslator(Locale.ENGLISH), kpis).context());

        assertFalse(html, html.contains("<script>alert"));
        assertTrue(html, html.contains("<option value=\"new-pipeline\">New pipeline created</option>\n"));
        assertTrue(html, html.contains("<option value=\"kpi:calls\">KPI: Calls</option>"));
        assertTrue(html, html.contains("<option value=\"kpi:visits\">KPI: Visits " + ESCAPED + "</option>"));
        assertFalse("retired", html.contains("kpi:faxes"));
        assertFalse("counted from deals: quoted on its deal metric", html.contains("kpi:won"));
        assertTrue(html.indexOf("value=\"new-pipeline\"") < html.indexOf("value=\"kpi:calls\""));
    }

    @Test
    public void theGadgetsMeasurePickerOffersThemInChineseEscaped() {
        String html = renderGadget("dashboard/quota-attainment-gadget.vm", new QuotaAttainmentGadgetContextProvider(
                currentUser, teams, periods, new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE), kpis));

        assertFalse(html, html.contains("<script>alert"));
        assertTrue(html, html.contains("<option value=\"kpi:calls\">KPI 指标：电话</option>"));
        assertTrue(html, html.contains("<option value=\"kpi:visits\">KPI 指标：拜访 " + ESCAPED + "</option>"));
        assertFalse(html.contains("kpi:faxes"));
    }
}
