package com.salesteam.jira.jira;

import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A badge's line in the award e-mail, as the mail template reads it through Jira's Velocity allow-list: its name and
 * reason in order, escaped, one list item per line.
 */
public class BadgeMailLineTest {

    private static final String XSS = "<script>alert(1)</script>";

    @Test
    public void theTemplateReadsTheNameAndReasonOfEachLineEscaped() {
        BadgeMailLine first = new BadgeMailLine("First deal won", "Won SALES-7, their first deal.");
        BadgeMailLine hostile = new BadgeMailLine("Quota met " + XSS, "100 % in " + XSS);
        assertEquals("First deal won", first.getName());
        assertEquals("Won SALES-7, their first deal.", first.getReason());

        String html = new VelocityHarness().render(JiraBadgeMailer.TEMPLATE, Map.of("greeting", "Hello", "intro",
                "New badges", "badges", List.of(first, hostile), "profileUrl", "https://jira.example/profile",
                "profileLink", "Your profile"));

        assertTrue(html, html.contains("<li><strong>First deal won</strong> &mdash; Won SALES-7, their first deal.</li>"));
        assertTrue(html, html.contains("<strong>Quota met &lt;script&gt;alert(1)&lt;/script&gt;</strong>"));
        assertTrue(html, html.contains("100 % in &lt;script&gt;alert(1)&lt;/script&gt;</li>"));
        assertFalse(html.contains("<script"));
        assertEquals(2, html.split("<li>", -1).length - 1);
    }
}
