package com.salesteam.jira.web;

import com.salesteam.jira.model.competition.Competition;
import com.salesteam.jira.model.competition.CompetitionKpi;
import com.salesteam.jira.model.competition.CompetitionState;
import com.salesteam.jira.model.competition.CompetitionTerms;
import com.salesteam.jira.model.competition.Scoring;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.kpi.ScorecardRules;
import com.salesteam.jira.model.ranking.LeaderboardMetric;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.competition.CompetitionService;
import com.salesteam.jira.service.competition.CompetitionSummary;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static com.salesteam.jira.web.GadgetViewFixtures.XSS;
import static com.salesteam.jira.web.GadgetViewFixtures.renderGadget;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The Competition Standings view rendered by real Velocity from its context provider, for each kind of viewer. */
public class CompetitionGadgetViewTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CurrentUser currentUser;
    @Mock
    private CompetitionService competitions;

    /** A KPI named with markup in both languages, lower being better. */
    private final ScorecardCache scorecards = new MemoryScorecardCache(() -> new ScorecardRules(Map.of(
            "slips", new KpiDefinition("slips", "Slips " + XSS, "延期 " + XSS, KpiUnit.COUNT, new KpiSource.Manual(),
                    KpiDirection.LOWER_IS_BETTER, Map.of(KpiRole.REP, BigDecimal.TEN, KpiRole.MANAGER, BigDecimal.ONE),
                    true)), Map.of()), (user, day, rules) -> {
                throw new AssertionError("the picker reads no scorecard");
            });

    private static CompetitionSummary summary(long id, String name, CompetitionState state, boolean takingPart) {
        CompetitionTerms terms = new CompetitionTerms(name, "", LeaderboardMetric.DEALS_WON, Scoring.ABSOLUTE,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), List.of(1L), List.of(), List.of("Trip"));
        return summary(id, terms, state, takingPart);
    }

    private static CompetitionSummary summary(long id, CompetitionTerms terms, CompetitionState state,
                                              boolean takingPart) {
        return new CompetitionSummary(new Competition(id, terms, List.of("bob"), Currency.getInstance("EUR"), "boss",
                Optional.empty()), state, 3, takingPart, false, List.of());
    }

    private String render(Caller caller, Locale locale) {
        when(currentUser.caller()).thenReturn(Optional.ofNullable(caller));
        return renderGadget("dashboard/competition-gadget.vm",
                new CompetitionGadgetContextProvider(currentUser, competitions, new PropertiesTranslator(locale),
                        scorecards));
    }

    @Test
    public void theRunningCompetitionTheViewerTakesPartInIsPickedFirstWithNamesEscaped() {
        when(competitions.list("")).thenReturn(List.of(
                summary(7, "Summer " + XSS, CompetitionState.UPCOMING, true),
                summary(6, "Team race", CompetitionState.RUNNING, false),
                summary(5, "My race", CompetitionState.RUNNING, true),
                summary(4, "Spring", CompetitionState.FINISHED, true)));

        String html = render(new Caller("bob", "Bob " + XSS, false), Locale.ENGLISH);

        assertTrue(html, html.contains("<option value=\"7\">Summer &lt;script&gt;alert(1)&lt;/script&gt; · Deals won · Upcoming</option>"));
        assertTrue(html, html.contains("<option value=\"5\" selected>My race · Deals won · Running</option>"));
        assertTrue("running first, finished last", html.indexOf("value=\"6\"") < html.indexOf("value=\"7\"")
                && html.indexOf("value=\"7\"") < html.indexOf("value=\"4\""));
        assertFalse("no script element from data", html.contains("<script"));
        assertTrue(html.contains("data-hidden=\"hidden\""));
        assertTrue("apostrophes come out single", html.contains("Other participants&#39; amounts")
                || html.contains("Other participants' amounts"));
        assertTrue(html.contains("data-path=\"/plugins/servlet/salesteam/competitions\""));
        assertTrue(html, html.contains("Show top"));
        assertTrue(html, html.contains("<option value=\"10\" selected>10</option>"));
        assertTrue(html.contains("<option value=\"25\">25</option>"));
        assertTrue(html.contains("data-badges=\"Badges\""));
    }

    @Test
    public void withoutRunningOnesTheLatestIsPickedInChinese() {
        when(competitions.list("")).thenReturn(List.of(summary(4, "春季", CompetitionState.FINISHED, false)));

        String html = render(new Caller("vp", "VP", false), Locale.SIMPLIFIED_CHINESE);

        assertTrue(html, html.contains("<option value=\"4\" selected>春季 · " + new PropertiesTranslator(
                Locale.SIMPLIFIED_CHINESE).text("salesteam.gadget.leaderboard.metric.deals-won") + " · 已结束</option>"));
        assertTrue(html.contains("竞赛排名") || html.contains("竞赛"));
        assertTrue(html.contains("data-final") || html.contains("最终排名"));
        assertTrue(html.contains("显示前"));
        assertTrue(html.contains("data-badges=\"徽章\""));
    }

    @Test
    public void aKpiCompetitionIsNamedByItsKpiInTheViewersLanguageEscapedWithMovementTexts() {
        CompetitionTerms blitz = new CompetitionTerms("Blitz", "", LeaderboardMetric.KPI, Scoring.ABSOLUTE,
                LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17), List.of(1L), List.of(), List.of(),
                Optional.of(new CompetitionKpi("slips", true)));
        when(competitions.list("")).thenReturn(List.of(summary(9, blitz, CompetitionState.RUNNING, true)));

        String english = render(new Caller("bob", "Bob", false), Locale.ENGLISH);
        assertTrue(english, english.contains("<option value=\"9\" selected>Blitz · KPI: Slips &lt;script&gt;alert(1)"
                + "&lt;/script&gt; (lower is better) · Running</option>"));
        assertFalse(english.contains("<script"));
        assertTrue(english, english.contains("data-up=\"Up {0} since yesterday\""));
        assertTrue(english, english.contains("data-new=\"Not ranked yesterday\""));

        String chinese = render(new Caller("bob", "Bob", false), Locale.SIMPLIFIED_CHINESE);
        assertTrue(chinese, chinese.contains("延期 &lt;script&gt;alert(1)&lt;/script&gt;（越低越好）"));
        assertTrue(chinese, chinese.contains("data-down=\"比昨天下降 {0} 名\""));
        assertFalse(chinese.contains("<script"));
    }

    @Test
    public void emptyStatesSayWhatToDo() {
        when(competitions.list("")).thenReturn(List.of());
        String rep = render(new Caller("bob", "Bob", false), Locale.ENGLISH);
        assertTrue(rep, rep.contains("There are no competitions for you yet."));
        assertFalse("nothing to load", rep.contains("salesteam-competition-pick"));

        String admin = render(new Caller("admin", "Admin", true), Locale.ENGLISH);
        assertTrue(admin.contains("Create one on the Competitions page."));

        String anonymous = render(null, Locale.ENGLISH);
        assertTrue(anonymous.contains("Log in to see your sales figures."));
        assertFalse(anonymous.contains("salesteam-competition-pick"));
    }
}
