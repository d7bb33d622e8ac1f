package com.salesteam.jira.web;

import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.kpi.ScorecardRules;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.ranking.LeaderboardPrivacy;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static com.salesteam.jira.web.GadgetViewFixtures.XSS;
import static com.salesteam.jira.web.GadgetViewFixtures.regionDistrictAndElsewhere;
import static com.salesteam.jira.web.GadgetViewFixtures.renderGadget;
import static com.salesteam.jira.web.GadgetViewFixtures.stubCurrentPeriods;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/**
 * The Leaderboard gadget's metric picker offers new pipeline, as a metric and as each KPI in use whose source it is
 * (named with markup here), in both languages.
 */
public class NewPipelineBoardGadgetViewTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CurrentUser currentUser;
    @Mock
    private TeamService teams;
    @Mock
    private PeriodService periods;

    private final ScorecardCache scorecards = new MemoryScorecardCache(() -> new ScorecardRules(Map.of(
            "pipe", pipeline("pipe", true), "old-pipe", pipeline("old-pipe", false)), Map.of()),
            (user, day, rules) -> {
                throw new AssertionError("the picker reads no scorecard");
            });

    private static KpiDefinition pipeline(String key, boolean active) {
        return new KpiDefinition(key, "Pipeline " + XSS, "商机 " + XSS, KpiUnit.MONEY,
                new KpiSource.DealMetric(QuotaMetric.NEW_PIPELINE), KpiDirection.HIGHER_IS_BETTER,
                Map.of(KpiRole.REP, BigDecimal.TEN, KpiRole.MANAGER, BigDecimal.TEN), active);
    }

    @Before
    public void setUp() {
        when(teams.list()).thenReturn(regionDistrictAndElsewhere());
        stubCurrentPeriods(periods);
    }

    private String render(Locale locale) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("vp", "VP", false)));
        return renderGadget("dashboard/leaderboard-gadget.vm",
                new LeaderboardGadgetContextProvider(currentUser, teams, periods, new PropertiesTranslator(locale),
                        scorecards, GadgetViewFixtures.boardSettings(LeaderboardPrivacy.DEFAULT)));
    }

    @Test
    public void newPipelineAndItsKpisAreOfferedWithNamesEscaped() {
        String html = render(Locale.ENGLISH);

        assertTrue(html, html.contains("<option value=\"new-pipeline\">New pipeline</option>"));
        assertTrue(html, html.contains(
                "<option value=\"kpi:pipe\">KPI: Pipeline &lt;script&gt;alert(1)&lt;/script&gt;</option>"));
        assertFalse("a KPI out of use is not offered", html.contains("kpi:old-pipe"));
        assertFalse("no script element from data", html.contains("<script"));
    }

    @Test
    public void theyAreOfferedInChineseToo() {
        String html = render(Locale.SIMPLIFIED_CHINESE);

        assertTrue(html, html.contains("<option value=\"new-pipeline\">新增商机</option>"));
        assertTrue(html, html.contains(
                "<option value=\"kpi:pipe\">KPI 指标：商机 &lt;script&gt;alert(1)&lt;/script&gt;</option>"));
        assertFalse(html.contains("<script"));
    }
}
