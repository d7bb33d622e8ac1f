package com.salesteam.jira.testing;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class VelocityHarnessTest {

    @Test
    public void trustsOnlyNamesEndingInHtml() {
        assertTrue(VelocityHarness.isTrustedName("$bodyHtml"));
        assertTrue(VelocityHarness.isTrustedName("$!{page.summaryHTML}"));
        assertTrue(VelocityHarness.isTrustedName("$view.renderHtml()"));
        assertFalse(VelocityHarness.isTrustedName("$team.name"));
        assertFalse(VelocityHarness.isTrustedName("$i18n.text(\"fooHtml\")"));
        assertFalse(VelocityHarness.isTrustedName("$htmlish"));
    }

    @Test
    public void escapesTheFiveHtmlCharacters() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
                VelocityHarness.escapeHtml("<a href=\"x\">Tom & Jerry's</a>"));
    }
}
