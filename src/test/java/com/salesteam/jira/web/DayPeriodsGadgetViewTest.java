package com.salesteam.jira.web;

import com.salesteam.jira.model.ranking.LeaderboardPrivacy;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.kpi.KpiService;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.Mockito;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.util.Locale;
import java.util.Optional;

import static com.salesteam.jira.web.GadgetViewFixtures.regionDistrictAndElsewhere;
import static com.salesteam.jira.web.GadgetViewFixtures.renderGadget;
import static com.salesteam.jira.web.GadgetViewFixtures.stubCurrentPeriods;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/**
 * What the day sums add to the gadgets' pickers: this week and last week on the Leaderboard and Quota Attainment
 * gadgets, the tie rule on the Leaderboard, new pipeline on Quota Attainment; in both languages.
 */
public class DayPeriodsGadgetViewTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CurrentUser currentUser;
    @Mock
    private TeamService teams;
    @Mock
    private PeriodService periods;

    @Before
    public void setUp() {
        when(teams.list()).thenReturn(regionDistrictAndElsewhere());
        stubCurrentPeriods(periods);
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("vp", "VP", false)));
    }

    @Test
    public void theLeaderboardOffersThisAndLastWeekAndTheTieRule() {
        String html = renderGadget("dashboard/leaderboard-gadget.vm",
                new LeaderboardGadgetContextProvider(currentUser, teams, periods, new PropertiesTranslator(Locale.ENGLISH),
                        MemoryScorecardCache.empty(), GadgetViewFixtures.boardSettings(LeaderboardPrivacy.DEFAULT)));
        assertTrue(html, html.contains("<option value=\"2026-W20\" data-choice=\"this-week\">This week (Week 20, 2026)</option>"));
        assertTrue(html, html.contains("<option value=\"2026-W19\" data-choice=\"last-week\">Last week (Week 19, 2026)</option>"));
        assertTrue(html, html.contains("<option value=\"shared\">Share the rank</option>"));
        assertTrue(html, html.contains("<option value=\"reached-first\">First to reach it ranks higher</option>"));

        String chinese = renderGadget("dashboard/leaderboard-gadget.vm", new LeaderboardGadgetContextProvider(
                currentUser, teams, periods, new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE),
                MemoryScorecardCache.empty(), GadgetViewFixtures.boardSettings(LeaderboardPrivacy.DEFAULT)));
        assertTrue(chinese, chinese.contains("本周（2026年第20周）"));
        assertTrue(chinese, chinese.contains("先达成者排名靠前"));
    }

    @Test
    public void quotaAttainmentOffersWeeksAndNewPipeline() {
        String html = renderGadget("dashboard/quota-attainment-gadget.vm", new QuotaAttainmentGadgetContextProvider(
                currentUser, teams, periods, new PropertiesTranslator(Locale.ENGLISH), Mockito.mock(KpiService.class)));
        assertTrue(html, html.contains("<option value=\"2026-W20\" data-choice=\"this-week\">This week (Week 20, 2026)</option>"));
        assertTrue(html, html.contains("<option value=\"2026-W19\" data-choice=\"last-week\">"));
        assertTrue(html, html.contains("<option value=\"new-pipeline\">New pipeline</option>"));
        String chinese = renderGadget("dashboard/quota-attainment-gadget.vm", new QuotaAttainmentGadgetContextProvider(
                currentUser, teams, periods, new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE),
                Mockito.mock(KpiService.class)));
        assertTrue(chinese, chinese.contains("<option value=\"new-pipeline\">新增商机</option>"));
    }
}
