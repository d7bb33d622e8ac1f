package com.salesteam.jira.web;

import com.salesteam.jira.model.Team;
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
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.ranking.LeaderboardMetric;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.competition.CompetitionBoard;
import com.salesteam.jira.service.competition.CompetitionService;
import com.salesteam.jira.service.competition.CompetitionSummary;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The competitions page rendered by real Velocity from its page context: history, winners, form, escaping. */
public class CompetitionsPageTest {

    private static final String XSS = "<script>alert(1)</script>";

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CompetitionService competitions;
    @Mock
    private TeamService teams;

    private final VelocityHarness velocity = new VelocityHarness();

    private static Competition competition(long id, String name, String start, String end, boolean frozen) {
        return new Competition(id, new CompetitionTerms(name, "About " + XSS, LeaderboardMetric.REVENUE_WON,
                Scoring.ABSOLUTE, LocalDate.parse(start), LocalDate.parse(end), List.of(1L), List.of(),
                List.of("Trip " + XSS)), List.of("bob", "carl"), Currency.getInstance("EUR"), "boss",
                frozen ? Optional.of(Instant.parse("2026-05-01T00:10:00Z")) : Optional.empty());
    }

    private String render(Caller caller, Locale locale, long editId, Optional<CompetitionForm> form, String message) {
        return render(caller, locale, editId, form, message, MemoryScorecardCache.empty());
    }

    private String render(Caller caller, Locale locale, long editId, Optional<CompetitionForm> form, String message,
                          ScorecardCache scorecards) {
        CompetitionsPage page = new CompetitionsPage(competitions, teams, new PropertiesTranslator(locale), scorecards);
        Map<String, Object> context = page.context(caller, editId, form, message);
        context.put("xsrfParameter", "atl_token");
        context.put("xsrfToken", "token-1");
        context.put("action", "/jira/plugins/servlet/salesteam/competitions");
        return velocity.render(CompetitionsPage.TEMPLATE, context);
    }

    private void someCompetitions() {
        CompetitionBoard.Row winner = new CompetitionBoard.Row(1, "bob", "Bob " + XSS, Optional.of(new BigDecimal("1250000")),
                Optional.empty(), true, "Trip " + XSS, false, Optional.empty());
        CompetitionBoard.Row hidden = new CompetitionBoard.Row(2, "carl", "Carl", Optional.empty(), Optional.empty(),
                true, "", false, Optional.empty());
        when(competitions.list("")).thenReturn(List.of(
                new CompetitionSummary(competition(3, "May " + XSS, "2026-05-01", "2026-05-31", false),
                        CompetitionState.RUNNING, 17, true, true, List.of()),
                new CompetitionSummary(competition(2, "April", "2026-04-01", "2026-04-30", true),
                        CompetitionState.FINISHED, 0, true, false, List.of(winner, hidden))));
        when(teams.list()).thenReturn(List.of(new Team(1, "District " + XSS, "", Optional.empty(), Optional.of("boss"),
                List.of("bob", "carl"))));
    }

    @Test
    public void aManagerSeesTheHistoryWithWinnersAndTheFormWithEverythingEscaped() {
        someCompetitions();

        String html = render(new Caller("boss", "Boss", false), Locale.ENGLISH, 0, Optional.empty(), "");

        assertFalse("no script element from data", html.contains("<script"));
        assertTrue(html, html.contains("<strong>May &lt;script&gt;alert(1)&lt;/script&gt;</strong>"));
        assertTrue(html.contains("17 days left"));
        assertTrue(html.contains("id=\"salesteam-competitions-running\""));
        assertTrue(html.contains("id=\"salesteam-competitions-finished\""));
        assertTrue("no upcoming ones", html.contains("None."));
        assertTrue(html, html.contains("1. Bob &lt;script&gt;alert(1)&lt;/script&gt; (€12,500.00) &mdash; Trip &lt;script&gt;"));
        assertTrue("a hidden amount is left out", html.contains("2. Carl</div>") || html.contains("2. Carl\n"));
        assertTrue(html.contains("Final standings"));
        assertTrue(html.contains("<a href=\"/jira/plugins/servlet/salesteam/competitions?edit=3#salesteam-competition-form\">Edit</a>"));
        assertFalse("finished ones are not edited", html.contains("?edit=2"));
        assertTrue(html.contains("<input type=\"hidden\" name=\"atl_token\" value=\"token-1\">"));
        assertTrue(html, html.contains("<option value=\"1\">District &lt;script&gt;alert(1)&lt;/script&gt;</option>"));
        assertTrue(html.contains("New competition"));
    }

    private static KpiDefinition kpi(String key, String name, KpiSource source, KpiDirection direction, boolean active) {
        return new KpiDefinition(key, name + " " + XSS, name + "（中文）" + XSS, KpiUnit.COUNT, source, direction,
                Map.of(KpiRole.REP, BigDecimal.TEN, KpiRole.MANAGER, BigDecimal.ONE), active);
    }

    @Test
    public void theFormOffersTheRankedKpisInTheViewersLanguageEscapedAndAKpiCompetitionIsNamedByItsKpi() {
        ScorecardCache scorecards = new MemoryScorecardCache(() -> new ScorecardRules(Map.of(
                "calls", kpi("calls", "Calls", new KpiSource.Manual(), KpiDirection.HIGHER_IS_BETTER, true),
                "slips", kpi("slips", "Slips", new KpiSource.JqlCount("labels = slip"), KpiDirection.LOWER_IS_BETTER, true),
                "retired", kpi("retired", "Retired", new KpiSource.Manual(), KpiDirection.HIGHER_IS_BETTER, false),
                "pipe", kpi("pipe", "Pipe", new KpiSource.DealMetric(QuotaMetric.NEW_PIPELINE),
                        KpiDirection.HIGHER_IS_BETTER, true)), Map.of()), (user, day, rules) -> {
                    throw new AssertionError("the page reads no scorecard");
                });
        Competition blitz = new Competition(4, new CompetitionTerms("Call blitz", "", LeaderboardMetric.KPI,
                Scoring.ABSOLUTE, LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17), List.of(1L), List.of(),
                List.of(), Optional.of(new CompetitionKpi("calls", false))), List.of("bob"), Currency.getInstance("EUR"),
                "boss", Optional.empty());
        when(competitions.list("")).thenReturn(List.of(new CompetitionSummary(blitz, CompetitionState.RUNNING, 3, true,
                true, List.of())));
        when(teams.list()).thenReturn(List.of(new Team(1, "District", "", Optional.empty(), Optional.of("boss"),
                List.of("bob"))));

        String html = render(new Caller("boss", "Boss", false), Locale.ENGLISH, 4, Optional.empty(), "", scorecards);

        assertFalse("no script element from data", html.contains("<script"));
        assertTrue(html, html.contains("<option value=\"kpi:calls\" selected>KPI: Calls &lt;script&gt;alert(1)&lt;/script&gt;</option>"));
        assertTrue(html, html.contains("<option value=\"kpi:slips\">KPI: Slips &lt;script&gt;alert(1)&lt;/script&gt; (lower is better)</option>"));
        assertFalse("retired KPIs are not offered", html.contains("kpi:retired"));
        assertFalse("a new-pipeline KPI is not ranked", html.contains("kpi:pipe"));
        assertTrue(html.contains("<option value=\"weighted-pipeline\">"));
        assertTrue(html, html.contains("KPI: Calls &lt;script&gt;alert(1)&lt;/script&gt; · Absolute value"));
        assertTrue(html, html.contains("a one-week blitz"));

        String chinese = render(new Caller("boss", "Boss", false), Locale.SIMPLIFIED_CHINESE, 4, Optional.empty(), "",
                scorecards);
        assertTrue(chinese, chinese.contains("KPI 指标：Calls（中文）&lt;script&gt;alert(1)&lt;/script&gt;</option>"));
        assertFalse(chinese.contains("<script"));
    }

    @Test
    public void editingLoadsTheCompetitionAndARefusedSaveShowsTheReasonsInChinese() {
        someCompetitions();
        String edit = render(new Caller("boss", "Boss", false), Locale.ENGLISH, 3, Optional.empty(), "");
        assertTrue(edit, edit.contains("value=\"May &lt;script&gt;alert(1)&lt;/script&gt;\""));
        assertTrue(edit.contains("<option value=\"1\" selected>"));
        assertTrue(edit.contains("id=\"salesteam-competition-delete\""));
        assertTrue(edit.contains("Edit competition"));

        CompetitionForm refused = new CompetitionForm(0, XSS, "", "revenue-won", "absolute", "2026-05-02", "", Set.of(),
                List.of(), List.of(), Map.of("start", "竞赛须从某月的第一天开始。", "name", "Bad " + XSS));
        String html = render(new Caller("boss", "Boss", false), Locale.SIMPLIFIED_CHINESE, 0, Optional.of(refused),
                "请更正下方标出的字段。");
        assertFalse(html.contains("<script"));
        assertTrue(html, html.contains("<div class=\"error\" data-field=\"start\">竞赛须从某月的第一天开始。</div>"));
        assertTrue(html.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assertTrue(html.contains("salesteam-message-error"));
        assertTrue(html.contains("销售竞赛"));
        assertTrue(html.contains("还剩 17 天"));
    }

    @Test
    public void aRepSeesTheHistoryWithoutAFormAndAnEmptyPageSaysSo() {
        someCompetitions();
        when(teams.list()).thenReturn(List.of(new Team(1, "District", "", Optional.empty(), Optional.of("boss"),
                List.of("bob"))));
        String rep = render(new Caller("bob", "Bob", false), Locale.ENGLISH, 3, Optional.empty(), "");
        assertFalse(rep.contains("id=\"salesteam-competition-form\""));
        assertTrue(rep.contains("May &lt;script&gt;"));

        when(competitions.list("")).thenReturn(List.of());
        String empty = render(new Caller("bob", "Bob", false), Locale.ENGLISH, 0, Optional.empty(), "");
        assertTrue(empty.contains("There are no competitions for you yet."));
        String manager = render(new Caller("boss", "Boss", false), Locale.SIMPLIFIED_CHINESE, 0, Optional.empty(), "");
        assertTrue(manager, manager.contains("还没有竞赛：请在下方为您的团队创建一个。"));
    }

    @Test
    public void onlyAnAdminGetsADeleteButtonAndOnlyOnFinishedCompetitionsWithTheNameEscaped() {
        someCompetitions();
        when(competitions.list("")).thenReturn(List.of(
                new CompetitionSummary(competition(3, "May", "2026-05-01", "2026-05-31", false),
                        CompetitionState.RUNNING, 17, true, true, List.of()),
                new CompetitionSummary(competition(2, "April " + XSS + " \"quoted\"", "2026-04-01", "2026-04-30", true),
                        CompetitionState.FINISHED, 0, false, false, List.of())));

        String admin = render(new Caller("admin", "Admin", true), Locale.ENGLISH, 0, Optional.empty(), "");
        assertFalse("no script element from data", admin.contains("<script"));
        assertTrue(admin, admin.contains("<button type=\"button\" class=\"aui-button aui-button-link "
                + "salesteam-competition-delete-finished\" data-competition=\"2\" "
                + "data-name=\"April &lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot;\">Delete</button>"));
        assertEquals("the running one is edited, not deleted from its row", 1,
                admin.split("salesteam-competition-delete-finished", -1).length - 1);
        assertTrue("a status line for the script's answer", admin.contains("id=\"salesteam-competition-message\""));
        String chinese = render(new Caller("admin", "Admin", true), Locale.SIMPLIFIED_CHINESE, 0, Optional.empty(), "");
        assertTrue(chinese.contains("data-competition=\"2\""));
        assertTrue(chinese.contains(">删除</button>"));

        for (Caller other : List.of(new Caller("boss", "Boss", false), new Caller("bob", "Bob", false))) {
            String html = render(other, Locale.ENGLISH, 0, Optional.empty(), "");
            assertFalse(other.userKey() + " deletes no finished competition",
                    html.contains("salesteam-competition-delete-finished"));
            assertFalse(html.contains("id=\"salesteam-competition-message\""));
        }
    }

    @Test
    public void editingACompetitionOnARetiredKpiKeepsItSelectedAndSaysItIsNoLongerInUse() {
        ScorecardCache scorecards = new MemoryScorecardCache(() -> new ScorecardRules(Map.of(
                "calls", kpi("calls", "Calls", new KpiSource.Manual(), KpiDirection.LOWER_IS_BETTER, false),
                "losses", kpi("losses", "Losses", new KpiSource.DealMetric(QuotaMetric.DEALS_WON),
                        KpiDirection.LOWER_IS_BETTER, true)), Map.of()), (user, day, rules) -> {
                    throw new AssertionError("the page reads no scorecard");
                });
        Competition blitz = new Competition(4, new CompetitionTerms("Call blitz", "", LeaderboardMetric.KPI,
                Scoring.ABSOLUTE, LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17), List.of(1L), List.of(),
                List.of(), Optional.of(new CompetitionKpi("calls", true))), List.of("bob"), Currency.getInstance("EUR"),
                "boss", Optional.empty());
        when(competitions.list("")).thenReturn(List.of(new CompetitionSummary(blitz, CompetitionState.RUNNING, 3, true,
                true, List.of())));
        when(teams.list()).thenReturn(List.of(new Team(1, "District", "", Optional.empty(), Optional.of("boss"),
                List.of("bob"))));

        String html = render(new Caller("boss", "Boss", false), Locale.ENGLISH, 4, Optional.empty(), "", scorecards);

        assertFalse(html.contains("<script"));
        assertTrue(html, html.contains("<option value=\"kpi:calls\" selected>KPI: Calls &lt;script&gt;alert(1)&lt;/script&gt;"
                + " (lower is better) (no longer in use)</option>"));
        assertFalse("the first option is not selected instead", html.contains("<option value=\"revenue-won\" selected>"));
        assertTrue("a KPI counting deals says its direction", html.contains("<option value=\"kpi:losses\">KPI: Losses"
                + " &lt;script&gt;alert(1)&lt;/script&gt; (lower is better)</option>"));
        String chinese = render(new Caller("boss", "Boss", false), Locale.SIMPLIFIED_CHINESE, 4, Optional.empty(), "",
                scorecards);
        assertTrue(chinese, chinese.contains("<option value=\"kpi:calls\" selected>KPI 指标：Calls（中文）"
                + "&lt;script&gt;alert(1)&lt;/script&gt;（越低越好）（已停用）</option>"));

        String fresh = render(new Caller("boss", "Boss", false), Locale.ENGLISH, 0, Optional.empty(), "", scorecards);
        assertFalse("a new competition is not offered the retired KPI", fresh.contains("kpi:calls"));
    }
}
