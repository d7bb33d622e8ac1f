package com.salesteam.jira.web;

import com.salesteam.jira.service.automation.AutomationService;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Test;

import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The "Sales digest" page rendered by real Velocity from its page object, in both languages, escaped. */
public class DigestPreferencesTemplateTest {

    private static final String XSS = "\"><script>alert(1)</script>";

    private static String render(boolean optedOut, Locale locale) {
        AutomationService automation = mock(AutomationService.class);
        when(automation.digestOptedOut()).thenReturn(optedOut);
        Map<String, Object> context = new DigestPreferencesPage(automation, new PropertiesTranslator(locale))
                .context("Saved " + XSS);
        context.put("xsrfParameter", "atl_token");
        context.put("xsrfToken", "t" + XSS);
        context.put("action", "/jira/plugins/servlet/salesteam/digest" + XSS);
        return new VelocityHarness().render(DigestPreferencesPage.TEMPLATE, context);
    }

    @Test
    public void anOptedOutUserSeesTheBoxUntickedAndEveryValueEscaped() {
        String html = render(true, Locale.ENGLISH);

        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("<title>Sales digest</title>"));
        assertTrue(html.contains("name=\"receive\" value=\"true\" >"));
        assertTrue(html.contains("You do not get the weekly digest."));
        assertTrue(html.contains("value=\"t&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assertTrue(html.contains("action=\"/jira/plugins/servlet/salesteam/digest&quot;&gt;&lt;script&gt;"));
        assertTrue(html.contains("Saved &quot;&gt;&lt;script&gt;"));
    }

    @Test
    public void thePageSpeaksChinese() {
        String html = render(false, Locale.SIMPLIFIED_CHINESE);

        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("<title>销售摘要</title>"));
        assertTrue(html.contains("每周通过邮件向我发送销售摘要"));
        assertTrue(html.contains("您会收到每周摘要。"));
        assertTrue(html.contains("name=\"receive\" value=\"true\" checked>"));
    }
}
