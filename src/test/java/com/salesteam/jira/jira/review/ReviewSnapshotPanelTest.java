package com.salesteam.jira.jira.review;

import com.atlassian.jira.issue.Issue;
import com.salesteam.jira.model.review.ForecastAccuracy;
import com.salesteam.jira.model.review.ReviewSnapshot;
import com.salesteam.jira.model.review.SnapshotKpi;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.review.ReviewSnapshotService;
import com.salesteam.jira.service.review.ReviewVisibility;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The review snapshot panel rendered by real Velocity: who sees it, both languages, hostile texts escaped. */
public class ReviewSnapshotPanelTest {

    private final java.util.Set<Long> hiddenProjects = new java.util.HashSet<>();
    private final com.salesteam.jira.service.DealAmountAccess amounts = new com.salesteam.jira.service.DealAmountAccess(
            userKey -> hiddenProjects, org.mockito.Mockito.mock(com.salesteam.jira.store.DealLedger.class));

    private static final String XSS = "<script>alert('x')</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";
    private static final String TEMPLATE = "templates/panel/review-snapshot.vm";

    private final ReviewSnapshotService snapshots = mock(ReviewSnapshotService.class);
    private final ReviewVisibility visibility = mock(ReviewVisibility.class);
    private final Issue review = mock(Issue.class);
    private final VelocityHarness velocity = new VelocityHarness();

    @Before
    public void setUp() {
        when(review.getId()).thenReturn(500L);
        when(snapshots.find(500L)).thenReturn(Optional.of(new ReviewSnapshot(500, "li.wei", "FY2026-Q2",
                Instant.parse("2026-06-30T12:00:00Z"), Optional.of(new BigDecimal("87.5")), 8_750_000, 10_000_000,
                Optional.of("EUR"), Optional.of(new BigDecimal("91.25")),
                List.of(new SnapshotKpi("calls", "Calls " + XSS, "电话 " + XSS, Optional.of(new BigDecimal("150")),
                                new BigDecimal("300"), Optional.of(new BigDecimal("50.00"))),
                        new SnapshotKpi("coaching", "Coaching", "辅导", Optional.empty(), new BigDecimal("3"),
                                Optional.empty())),
                ForecastAccuracy.notAvailable(ForecastAccuracy.NO_COMMIT))));
    }

    private String render(Locale locale) {
        ReviewSnapshotPanel panel = new ReviewSnapshotPanel(snapshots, visibility, new PropertiesTranslator(locale), amounts);
        return velocity.render(TEMPLATE, panel.getContextMap(Map.of("issue", review)));
    }

    @Test
    public void theRevieweeOrTheirManagerSeesTheFiguresWithHostileNamesEscaped() {
        when(visibility.viewerOf("li.wei")).thenReturn(Optional.of(new Caller("boss", "Boss", false)));
        String html = render(Locale.ENGLISH);

        assertTrue(html.contains("<dd>FY2026-Q2</dd>"));
        assertTrue(html.contains("<dd>2026-06-30 UTC</dd>"));
        assertTrue(html, html.contains("<dd>87.5 % (€87,500.00 of €100,000.00)</dd>"));
        assertTrue(html.contains("<dd>91.25</dd>"));
        assertTrue(html.contains("<dd>Not available: nothing was in Commit at the start of the period.</dd>"));
        assertTrue(html.contains("<td>Calls " + ESCAPED + "</td>"));
        assertTrue(html.contains("<td>Not measured</td>"));
        assertFalse(html.contains(XSS));
    }

    @Test
    public void aViewerWhoCannotBrowseEveryProjectSeesTheAttainmentWithoutAmounts() {
        when(visibility.viewerOf("li.wei")).thenReturn(Optional.of(new Caller("boss", "Boss", false)));
        hiddenProjects.add(7L);

        String html = render(Locale.ENGLISH);

        assertTrue(html, html.contains("<dd>87.5 %</dd>"));
        assertFalse(html, html.contains("€"));
    }

    @Test
    public void chineseViewersReadTheChineseNames() {
        when(visibility.viewerOf("li.wei")).thenReturn(Optional.of(new Caller("li.wei", "Li Wei", false)));
        String html = render(Locale.SIMPLIFIED_CHINESE);
        assertTrue(html.contains("<td>电话 " + ESCAPED + "</td>"));
        assertTrue(html.contains("评估期间"));
        assertTrue(html.contains("不可用：期间开始时没有处于“承诺”类别的商机。"));
    }

    @Test
    public void othersAndReviewsWithoutASnapshotGetAnEmptyPanel() {
        when(visibility.viewerOf("li.wei")).thenReturn(Optional.empty());
        assertEquals("", render(Locale.ENGLISH).strip());

        when(visibility.viewerOf("li.wei")).thenReturn(Optional.of(new Caller("boss", "Boss", false)));
        when(snapshots.find(500L)).thenReturn(Optional.empty());
        assertEquals("", render(Locale.ENGLISH).strip());
        assertEquals("", velocity.render(TEMPLATE, new ReviewSnapshotPanel(snapshots, visibility,
                new PropertiesTranslator(Locale.ENGLISH), amounts).getContextMap(Map.of())).strip());
    }
}
