package com.salesteam.jira.web;

import com.salesteam.jira.model.setup.DealBlueprint;
import com.salesteam.jira.model.setup.SetupProject;
import com.salesteam.jira.service.setup.ProjectSetupService;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The project setup page rendered by real Velocity from its page object. */
public class SetupAdminTemplateTest {

    private static final String XSS = "\"><script>alert(1)</script>";

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ProjectSetupService setup;

    @Before
    public void setUp() {
        when(setup.blueprints()).thenReturn(List.of(DealBlueprint.create()));
    }

    private String render(Locale locale) {
        SetupAdminPage page = new SetupAdminPage(setup, new PropertiesTranslator(locale));
        return new VelocityHarness().render(SetupAdminPage.TEMPLATE, page.context());
    }

    @Test
    public void projectsAndBlueprintsAreOfferedEscaped() {
        when(setup.projects()).thenReturn(List.of(new SetupProject(1, "SALES", "Sales " + XSS)));

        String html = render(Locale.ENGLISH);

        assertFalse(html.contains("<script>"));
        assertTrue(html, html.contains("<option value=\"SALES\">Sales &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; (SALES)</option>"));
        assertTrue(html.contains("<option value=\"deals\">Deals</option>"));
        assertTrue(html.contains("id=\"salesteam-setup-apply\" disabled"));
    }

    @Test
    public void withoutProjectsTheAdminIsToldWhatToDoInChinese() {
        when(setup.projects()).thenReturn(List.of());

        String html = render(Locale.SIMPLIFIED_CHINESE);

        assertTrue(html.contains("id=\"salesteam-setup-empty\""));
        assertTrue(html.contains("还没有任何项目"));
        assertFalse(html.contains("salesteam-setup-form"));
        assertTrue(html.contains("<title>项目设置</title>"));
    }
}
