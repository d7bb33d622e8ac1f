package com.salesteam.jira.web;

import com.salesteam.jira.model.automation.ActionKind;
import com.salesteam.jira.model.automation.Digest;
import com.salesteam.jira.model.automation.DigestLine;
import com.salesteam.jira.service.automation.DigestMail;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The digest e-mail rendered by real Velocity from its context, in both languages, every user value escaped. */
public class DigestMailTemplateTest {

    private static final String XSS = "\"><script>alert(1)</script>";
    private static final String BASE = "https://jira.example.com";

    private static final Digest DIGEST = new Digest("ann", "Ann " + XSS, "2026-W20",
            List.of(new DigestLine("SALES-1" + XSS, "Bob " + XSS, ActionKind.COMMENTED, "")),
            List.of(new DigestLine("SALES-3", "李伟 " + XSS, ActionKind.FLAGGED, "TOO_MANY_SLIPS")));

    private static String render(Locale locale) {
        return new VelocityHarness().render(DigestMail.TEMPLATE,
                DigestMail.context(DIGEST, new PropertiesTranslator(locale), BASE));
    }

    @Test
    public void theEnglishMailListsTheDealsEscaped() {
        String html = render(Locale.ENGLISH);

        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("Hello Ann &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;,"));
        assertTrue(html.contains("<td>SALES-1&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</td><td>Bob &quot;&gt;"));
        assertTrue(html.contains("<td>Owner reminded</td>"));
        assertTrue(html.contains("Deals whose close date slipped"));
        assertTrue(html.contains("<td>TOO_MANY_SLIPS</td>"));
        assertTrue(html.contains("in 2026-W20"));
        // the way out is a link to the person's own preferences page
        assertTrue(html.contains("To stop it, switch it off on your page: <a href=\"https://jira.example.com"
                + "/plugins/servlet/salesteam/digest\">Sales digest preferences</a>"));
        assertEquals("Your sales digest for 2026-W20", DigestMail.subject(DIGEST, new PropertiesTranslator(Locale.ENGLISH)));
    }

    @Test
    public void theChineseMailSpeaksChinese() {
        String html = render(Locale.SIMPLIFIED_CHINESE);

        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("Ann &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;，您好："));
        assertTrue(html.contains("已停滞的商机"));
        assertTrue(html.contains("<td>已提醒负责人</td>"));
        assertTrue(html.contains("<td>李伟 &quot;&gt;&lt;script&gt;"));
        assertTrue(html.contains("请在您的设置页面关闭： <a href=\"https://jira.example.com/plugins/servlet/salesteam/digest\">"
                + "销售摘要设置</a>"));
        assertEquals("您的 2026-W20 销售摘要", DigestMail.subject(DIGEST, new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE)));
    }

    @Test
    public void aSectionWithoutDealsIsLeftOut() {
        Digest onlySlips = new Digest("ann", "Ann", "2026-W20", List.of(), DIGEST.slipped());
        String html = new VelocityHarness().render(DigestMail.TEMPLATE,
                DigestMail.context(onlySlips, new PropertiesTranslator(Locale.ENGLISH), BASE));
        assertFalse(html.contains("Deals that went stale"));
        assertTrue(html.contains("Deals whose close date slipped"));
    }
}
