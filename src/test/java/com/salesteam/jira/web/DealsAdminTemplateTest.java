package com.salesteam.jira.web;

import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.StageRule;
import com.salesteam.jira.service.ReconciliationService;
import com.salesteam.jira.service.StageNames;
import com.salesteam.jira.service.StageService;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The deals admin page rendered by real Velocity from its page object. */
public class DealsAdminTemplateTest {

    private static final String XSS = "\"><script>alert(1)</script>";

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private StageService stages;
    @Mock
    private ReconciliationService reconciliation;

    private String render(Locale locale) {
        StageNames names = () -> Map.of("10001" + XSS, "Negotiation " + XSS);
        DealsAdminPage page = new DealsAdminPage(stages, reconciliation, names, new PropertiesTranslator(locale));
        return new VelocityHarness().render(DealsAdminPage.TEMPLATE, page.context());
    }

    @Test
    public void stageRulesAndTheLedgerStatusAreShownEscaped() {
        when(stages.list()).thenReturn(List.of(new StageRule("10001" + XSS, DealOutcome.OPEN, 75, ForecastCategory.COMMIT)));
        when(reconciliation.status()).thenReturn(new ReconciliationService.Status(Optional.of("2026-11-26T02:00:00Z"),
                Optional.of("recorded 3 of 3 deals " + XSS), 500, 1200));

        String html = render(Locale.ENGLISH);

        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("value=\"10001&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assertTrue(html.contains("<option value=\"commit\" selected>Commit</option>"));
        assertTrue(html.contains("value=\"75\""));
        assertTrue(html, html.contains("<span class=\"salesteam-stage-name\">Negotiation &quot;&gt;&lt;script&gt;"));
        assertTrue(html.contains("500 of 1,200 deals read"));
    }

    @Test
    public void withoutStagesTheAdminIsToldWhatToDoInChinese() {
        when(stages.list()).thenReturn(List.of());
        when(reconciliation.status()).thenReturn(new ReconciliationService.Status(Optional.empty(), Optional.empty(), 0, 0));

        String html = render(Locale.SIMPLIFIED_CHINESE);

        assertTrue(html.contains("id=\"salesteam-stages-empty\""));
        assertTrue(html.contains("尚未重建"));
        assertTrue(html.contains("<title>交易</title>"));
    }
}
