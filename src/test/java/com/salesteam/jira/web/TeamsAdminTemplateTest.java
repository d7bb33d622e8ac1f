package com.salesteam.jira.web;

import com.salesteam.jira.model.GroupSyncStatus;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The teams admin page rendered by real Velocity from the context its page object builds. */
public class TeamsAdminTemplateTest {

    private static final String XSS = "<script>alert('x')</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private TeamService teams;
    @Mock
    private UserDirectory users;

    private final VelocityHarness velocity = new VelocityHarness();

    private String render(Locale locale) {
        TeamsAdminPage page = new TeamsAdminPage(teams, users, new PropertiesTranslator(locale));
        return velocity.render(TeamsAdminPage.TEMPLATE, page.context());
    }

    @Test
    public void everyUserValueIsEscaped() {
        Team parent = new Team(1, "Parent " + XSS, "", Optional.empty(), Optional.empty(), List.of());
        Team child = new Team(2, "Team " + XSS, "Desc " + XSS, Optional.of(1L), Optional.of("boss"), List.of("a", "b"));
        when(teams.list()).thenReturn(List.of(parent, child));
        when(users.byKey("boss")).thenReturn(Optional.of(new Person("boss", "boss", "Boss " + XSS)));

        String html = render(Locale.ENGLISH);

        assertFalse("no raw script tag: " + html, html.contains("<script>"));
        assertTrue(html.contains("Team " + ESCAPED));
        assertTrue(html.contains("Desc " + ESCAPED));
        assertTrue(html.contains("Boss " + ESCAPED));
        assertTrue(html.contains("Parent " + ESCAPED));
        assertTrue("data attribute escaped too", html.contains("data-team-name=\"Team " + ESCAPED + "\""));
        assertTrue(html.contains("2 members"));
    }

    @Test
    public void noTeamsShowsWhatToDo() {
        when(teams.list()).thenReturn(List.of());

        String html = render(Locale.ENGLISH);

        assertTrue(html.contains("id=\"salesteam-teams-empty\""));
        assertTrue(html.contains("Create the first team"));
        assertFalse(html.contains("salesteam-teams-table"));
    }

    @Test
    public void rendersInSimplifiedChinese() {
        when(teams.list()).thenReturn(List.of(new Team(1, "华东区", "", Optional.empty(), Optional.empty(), List.of("a"))));

        String html = render(Locale.SIMPLIFIED_CHINESE);

        assertTrue(html.contains("<title>团队</title>"));
        assertTrue(html.contains("创建团队"));
        assertTrue(html.contains("1 名成员"));
        assertTrue(html.contains("华东区"));
    }

    // --- Team group sync

    @Test
    public void syncedTeamsShowTheirGroupAndLastSyncEscapedWithSyncNow() {
        Team synced = new Team(3, "Sync " + XSS, "", Optional.empty(), Optional.empty(), List.of("a"),
                Optional.of("group " + XSS));
        Team broken = new Team(4, "Broken", "", Optional.empty(), Optional.empty(), List.of(),
                Optional.of("gone " + XSS));
        Team manual = new Team(5, "Manual", "", Optional.empty(), Optional.empty(), List.of("b"));
        when(teams.list()).thenReturn(List.of(synced, broken, manual));
        Instant at = Instant.parse("2026-05-14T10:05:00Z");
        when(teams.syncStatuses()).thenReturn(Map.of(3L, GroupSyncStatus.changed(at, 2, 1),
                4L, GroupSyncStatus.failed(at, "salesteam.teams.sync.error.groupmissing")));

        String html = render(Locale.ENGLISH);

        assertFalse("no raw script tag: " + html, html.contains("<script>"));
        assertTrue(html, html.contains("Group: group " + ESCAPED));
        assertTrue(html, html.contains("Last sync 2026-05-14 10:05 UTC: 2 added, 1 removed"));
        assertTrue(html, html.contains("The group &quot;gone " + ESCAPED + "&quot; no longer exists in Jira."));
        assertTrue(html, html.contains("salesteam-team-sync-failed"));
        assertTrue(html, html.contains("data-team-name=\"Sync " + ESCAPED + "\">Sync now</button>"));
        assertTrue(html, html.contains("Members kept by hand"));
        assertTrue(html, html.contains("id=\"salesteam-team-group\""));
    }

    @Test
    public void syncStatusRendersInSimplifiedChinese() {
        when(teams.list()).thenReturn(List.of(new Team(1, "华东区", "", Optional.empty(), Optional.empty(),
                List.of("a"), Optional.of("sales-east-china"))));

        String html = render(Locale.SIMPLIFIED_CHINESE);

        assertTrue(html, html.contains("群组：sales-east-china"));
        assertTrue(html, html.contains("尚未同步。"));
        assertTrue(html, html.contains("立即同步"));
    }
}
