package com.salesteam.jira.web;

import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.StageRule;
import com.salesteam.jira.model.automation.ActionKind;
import com.salesteam.jira.model.automation.AutomationAction;
import com.salesteam.jira.model.automation.AutomationRun;
import com.salesteam.jira.model.automation.AutomationSettings;
import com.salesteam.jira.model.automation.QuietHours;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.cadence.MeetingCadence;
import com.salesteam.jira.model.cadence.TeamMeetingFrequency;
import com.salesteam.jira.service.cadence.MeetingCadenceService;
import com.salesteam.jira.model.automation.StalePolicy;
import com.salesteam.jira.service.StageNames;
import com.salesteam.jira.service.StageService;
import com.salesteam.jira.service.automation.AutomationJobs;
import com.salesteam.jira.service.automation.AutomationRunner;
import com.salesteam.jira.service.automation.AutomationService;
import com.salesteam.jira.service.automation.JobStatus;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The automation admin page rendered by real Velocity from its page object, in both languages, escaped. */
public class AutomationAdminTemplateTest {

    private static final String XSS = "\"><script>alert(1)</script>";
    private static final Instant T = Instant.parse("2026-05-14T10:00:00Z");

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private AutomationService automation;
    @Mock
    private StageService stages;
    @Mock
    private MeetingCadenceService meetings;

    @Before
    public void setUp() {
        AutomationRun run = new AutomationRun(7, AutomationJobs.STALE_DEALS, T, Optional.of(T.plusSeconds(4)),
                "schedule", 12, 2, 1, "12 deals, 2 actions, 1 failed");
        when(automation.overview()).thenReturn(List.of(
                new JobStatus(AutomationJobs.STALE_DEALS, true, Optional.of(T.plusSeconds(3600)), Optional.of(run),
                        List.of(new AutomationAction(7, 5, "SALES-5" + XSS, ActionKind.COMMENTED, "ann" + XSS, T),
                                new AutomationAction(7, 5, "SALES-5", ActionKind.CREATED, "SALES-99", T))),
                new JobStatus(AutomationJobs.SLIP_ALERTS, false, Optional.empty(), Optional.empty(), List.of()),
                new JobStatus(AutomationJobs.DIGEST, true, Optional.empty(), Optional.of(new AutomationRun(8,
                        AutomationJobs.DIGEST, T, Optional.of(T), "admin", 5, 4, 1, "5 deals, 4 actions, 1 failed")),
                        List.of())));
        AutomationSettings settings = new AutomationSettings(Optional.of("bot"),
                new QuietHours(LocalTime.of(20, 0), LocalTime.of(8, 0), true), 2);
        when(automation.settings()).thenReturn(settings);
        when(automation.actor(settings)).thenReturn(Optional.of(new Person("bot", "bot" + XSS, "Bot")));
        when(automation.stalePolicies()).thenReturn(List.of(new StalePolicy("10001" + XSS, 7, 3, true, false)));
        when(stages.list()).thenReturn(List.of(new StageRule("10001" + XSS, DealOutcome.OPEN, 20, ForecastCategory.PIPELINE),
                new StageRule("10002", DealOutcome.OPEN, 40, ForecastCategory.PIPELINE)));
        when(meetings.list()).thenReturn(List.of(
                new MeetingCadenceService.TeamCadence(new Team(3, "EMEA " + XSS, "", Optional.empty(),
                        Optional.of("boss"), List.of("ann")), Optional.of(new MeetingCadence(3,
                        EnumSet.of(TeamMeetingFrequency.WEEKLY, TeamMeetingFrequency.QUARTERLY), "SALES", 7))),
                new MeetingCadenceService.TeamCadence(new Team(4, "APAC", "", Optional.empty(), Optional.empty(),
                        List.of()), Optional.empty())));
    }

    private String render(Locale locale) {
        StageNames names = () -> Map.of("10001" + XSS, "Prospecting " + XSS);
        AutomationAdminPage page = new AutomationAdminPage(automation, meetings, stages, names,
                new PropertiesTranslator(locale));
        return new VelocityHarness().render(AutomationAdminPage.TEMPLATE, page.context());
    }

    @Test
    public void jobsRunsTheirAuditAndTheRulesAreShownEscaped() {
        String html = render(Locale.ENGLISH);

        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("Stale-deal follow-up"));
        assertTrue(html.contains("2026-05-14 11:00 UTC"));
        assertTrue(html.contains("2026-05-14 10:00 UTC by the schedule"));
        assertTrue(html.contains("12 deals, 2 changes, 1 failed"));
        assertTrue(html.contains("5 people, 4 e-mails, 1 failed"));
        assertTrue(html.contains("by an administrator"));
        assertTrue(html.contains("<td>SALES-5&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</td>"));
        assertTrue(html.contains("<td>Created a sub-task</td>"));
        assertTrue(html.contains("<td>SALES-99</td>"));
        assertTrue(html.contains("data-job=\"slip-alerts\" data-enabled=\"true\">Switch on</button>"));
        assertTrue(html.contains("data-job=\"stale-deals\" data-enabled=\"false\">Switch off</button>"));
        assertTrue(html.contains("The last run changed no issue."));
        assertTrue(html.contains("value=\"bot&quot;&gt;&lt;script&gt;"));
        assertTrue(html.contains("value=\"20:00\""));
        assertTrue(html.contains("<td>Prospecting &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</td>"));
        assertTrue(html.contains("name=\"staleDays\" value=\"7\""));
        assertTrue(html.contains("name=\"escalateDays\" value=\"3\""));
        // a stage without a rule shows empty days
        assertTrue(html.contains("data-stage=\"10002\""));
        assertTrue(html.contains("name=\"staleDays\" value=\"\""));
    }

    @Test
    public void aFailedRunIsSaidToHaveFailedInTheReadersLanguage() {
        when(automation.overview()).thenReturn(List.of(new JobStatus(AutomationJobs.STALE_DEALS, true, Optional.empty(),
                Optional.of(new AutomationRun(9, AutomationJobs.STALE_DEALS, T, Optional.of(T), "schedule", 0, 0, 0,
                        AutomationRunner.FAILED + "no automation user is set")), List.of())));

        String chinese = render(Locale.SIMPLIFIED_CHINESE);
        assertTrue(chinese, chinese.contains("运行失败：no automation user is set"));
        assertTrue(render(Locale.ENGLISH).contains("failed: no automation user is set"));
    }

    @Test
    public void thePageSpeaksChinese() {
        String html = render(Locale.SIMPLIFIED_CHINESE);

        assertTrue(html.contains("<title>自动化</title>"));
        assertTrue(html.contains("停滞商机跟进"));
        assertTrue(html.contains("12 个商机，2 项更改，1 个失败"));
        assertTrue(html.contains("5 人，4 封邮件，1 个失败"));
        assertTrue(html.contains("已创建子任务"));
        assertTrue(html.contains("按计划"));
        assertFalse(html.contains("<script>"));
    }

    @Test
    public void eachTeamsMeetingCadenceIsShownEscapedWithItsFrequencies() {
        String html = render(Locale.ENGLISH);

        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("<h3>Team meetings</h3>"));
        assertTrue(html.contains("<tr class=\"salesteam-meeting-team\" data-team=\"3\">"));
        assertTrue(html.contains("<td>EMEA &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</td>"));
        String emea = html.substring(html.indexOf("data-team=\"3\""), html.indexOf("data-team=\"4\""));
        assertTrue(emea.contains("name=\"weekly\" checked"));
        assertFalse(emea.contains("name=\"monthly\" checked"));
        assertTrue(emea.contains("name=\"quarterly\" checked"));
        assertTrue(emea.contains("name=\"projectKey\" value=\"SALES\""));
        assertTrue(emea.contains("name=\"leaderboardTop\" value=\"7\""));
        assertTrue(emea.contains("Stop meetings"));
        // a team without meetings: nothing ticked, the default top, nothing to stop
        String apac = html.substring(html.indexOf("data-team=\"4\""));
        assertFalse(apac.contains("checked"));
        assertTrue(apac.contains("name=\"leaderboardTop\" value=\"5\""));
        assertFalse(apac.substring(0, apac.indexOf("</tr>")).contains("Stop meetings"));
    }

    @Test
    public void theMeetingJobsRunSaysWhatItCreatedInBothLanguages() {
        when(automation.overview()).thenReturn(List.of(new JobStatus(AutomationJobs.MEETINGS, true, Optional.empty(),
                Optional.of(new AutomationRun(11, AutomationJobs.MEETINGS, T, Optional.of(T), "schedule", 3, 2, 1,
                        "3 deals, 2 actions, 1 failed")),
                List.of(new AutomationAction(11, 501, "SALES-501", ActionKind.CREATED_MEETING, "EMEA · FY2026-W20", T)))));

        String english = render(Locale.ENGLISH);
        assertTrue(english.contains("Team meeting cadence"));
        assertTrue(english.contains("3 meetings due, 2 created, 1 failed"));
        assertTrue(english.contains("<td>Created the Sales Meeting</td>"));
        assertTrue(english.contains("<td>SALES-501</td>"));
        String chinese = render(Locale.SIMPLIFIED_CHINESE);
        assertTrue(chinese.contains("团队会议节奏"));
        assertTrue(chinese.contains("应开会议 3 个，已创建 2 个，失败 1 个"));
        assertTrue(chinese.contains("<td>已创建销售会议</td>"));
        assertTrue(chinese.contains("<h3>团队会议</h3>"));
    }
}
