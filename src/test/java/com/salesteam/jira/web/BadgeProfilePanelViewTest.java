package com.salesteam.jira.web;

import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import com.salesteam.jira.model.badge.Award;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.model.badge.BadgeKind;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.badge.BadgeService;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The profile panel rendered by real Velocity from its context provider, for the person, others and nobody. */
public class BadgeProfilePanelViewTest {

    private static final String XSS = "<script>alert(1)</script>";

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private BadgeService badges;
    @Mock
    private CurrentUser currentUser;
    @Mock
    private ApplicationUser profileUser;
    @Mock
    private PageBuilderService pageBuilder;
    @Mock
    private WebResourceAssembler assembler;
    @Mock
    private RequiredResources resources;
    @Mock
    private TimeZoneManager timeZones;

    private final VelocityHarness velocity = new VelocityHarness();

    @Before
    public void setUp() {
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        when(profileUser.getKey()).thenReturn("li.wei");
        when(timeZones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("UTC"));
        when(badges.badgesOf("li.wei")).thenReturn(List.of(
                new Badge(new Award("li.wei", BadgeKind.BIGGEST_DEAL, "FY2026-Q1 EUR", Optional.of(7L)),
                        Optional.of("SALES-7" + XSS), Instant.parse("2026-04-01T06:00:00Z"), false),
                new Badge(new Award("li.wei", BadgeKind.QUOTA_MET, "FY2025-Q4", Optional.empty()), Optional.empty(),
                        Instant.parse("2026-01-01T06:00:00Z"), true)));
    }

    private String render(String viewer, Locale locale) {
        when(currentUser.caller()).thenReturn(Optional.ofNullable(viewer).map(key -> new Caller(key, key, false)));
        BadgeProfilePanelContextProvider provider = new BadgeProfilePanelContextProvider(badges, currentUser,
                new PropertiesTranslator(locale), pageBuilder, timeZones);
        Map<String, Object> context = new HashMap<>();
        context.put("profileUser", profileUser);
        return velocity.render("templates/badges-profile-panel.vm", provider.getContextMap(context));
    }

    @Test
    public void thePersonSeesTheirBadgesWithNewOnesMarkedAndTheReasonEscaped() {
        String html = render("li.wei", Locale.ENGLISH);

        assertTrue(html, html.contains("Sales badges"));
        assertTrue(html, html.contains("Biggest deal of the quarter"));
        assertTrue(html, html.contains("Won SALES-7&lt;script&gt;alert(1)&lt;/script&gt;, the biggest deal of FY2026-Q1 EUR."));
        assertFalse("no script element from data", html.contains("<script"));
        assertTrue(html, html.contains("100 % of the revenue quota in FY2025-Q4."));
        assertTrue(html, html.contains("New badges: 1"));
        assertEquals("one new badge marked", 1, html.split("salesteam-badge-newmark", -1).length - 1);
        assertTrue(html, html.contains("salesteam-badges-seen"));
        assertTrue(html, html.contains("salesteam-badge-biggest-deal"));
        verify(resources).requireContext(BadgeProfilePanelContextProvider.RESOURCE_CONTEXT);
    }

    @Test
    public void theAwardDayIsTheViewersDayInTheirTimeZone() {
        when(badges.badgesOf("li.wei")).thenReturn(List.of(new Badge(
                new Award("li.wei", BadgeKind.FIRST_DEAL_WON, "SALES-7", Optional.of(7L)), Optional.of("SALES-7"),
                Instant.parse("2026-03-31T20:00:00Z"), true)));

        when(timeZones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("Asia/Shanghai"));
        String shanghai = render("li.wei", Locale.ENGLISH);
        when(timeZones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("America/New_York"));
        String newYork = render("li.wei", Locale.ENGLISH);

        assertTrue(shanghai, shanghai.contains("Apr 1, 2026"));
        assertTrue(newYork, newYork.contains("Mar 31, 2026"));
    }

    @Test
    public void aManagerSeesTheBadgesButNoNotificationOfSomeoneElse() {
        String html = render("m.garcia", Locale.SIMPLIFIED_CHINESE);

        assertTrue(html, html.contains("销售徽章"));
        assertTrue(html, html.contains("本季度最大交易"));
        assertFalse(html, html.contains("salesteam-badge-newmark"));
        assertFalse(html, html.contains("salesteam-badges-seen"));
    }

    @Test
    public void someoneRefusedGetsAnEmptyPanelAndNobodyAnonymousSeesAnything() {
        when(badges.badgesOf("li.wei")).thenThrow(ServiceException.forbidden("salesteam.error.badges.forbidden"));
        assertEquals("", render("e.johnson", Locale.ENGLISH).strip());
        assertEquals("", render(null, Locale.ENGLISH).strip());
        verify(resources, never()).requireContext(BadgeProfilePanelContextProvider.RESOURCE_CONTEXT);
    }

    @Test
    public void noBadgesYetSaysSo() {
        when(badges.badgesOf("li.wei")).thenReturn(List.of());
        String html = render("li.wei", Locale.ENGLISH);
        assertTrue(html, html.contains("No badges yet."));
        assertFalse(html, html.contains("salesteam-badges-seen"));
    }
}
