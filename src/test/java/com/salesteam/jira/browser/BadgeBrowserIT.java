package com.salesteam.jira.browser;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Clock;
import java.util.List;

import static com.salesteam.jira.browser.SandboxBrowser.screenshotOf;
import static com.salesteam.jira.browser.SandboxBrowser.waiting;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Badges in headless Chromium against the sandbox (whose start awards the demo data's badges): icons with tooltips
 * in the Leaderboard gadget, for a manager and for a rep whose board hides amounts, and the profile panel with its
 * notification. Screenshots land in target/screenshots/.
 */
public class BadgeBrowserIT {

    @ClassRule
    public static final SandboxBrowser SANDBOX = new SandboxBrowser("badge-browser", Clock.systemUTC());

    private WebDriver browser;

    @Rule
    public final TestRule chromium = SANDBOX.chromiumForEachTest(opened -> browser = opened);

    /** The EMEA Enterprise board by deals won (counts, so no euro sign once it has replaced the revenue board). */
    private WebElement emeaBoard(String user) {
        SANDBOX.logIn(browser, user, "en");
        browser.manage().window().setSize(new Dimension(1280, 2400));
        browser.get(SANDBOX.baseUrl() + "/dashboard");
        WebElement gadget = browser.findElement(By.id("gadget-leaderboard-gadget"));
        new Select(gadget.findElement(By.className("salesteam-leaderboard-team"))).selectByVisibleText("EMEA Enterprise");
        new Select(gadget.findElement(By.className("salesteam-leaderboard-metric"))).selectByValue("deals-won");
        waiting(browser).until(driver -> gadget.findElements(By.className("salesteam-leaderboard-row")).size() >= 5
                && !gadget.findElement(By.className("salesteam-leaderboard-rows")).getText().contains("€")
                && !gadget.findElements(By.cssSelector(".salesteam-leaderboard-badges .salesteam-badge")).isEmpty());
        return gadget;
    }

    private String setLeaderboardPrivacy(String json) {
        SANDBOX.logIn(browser, "admin", "en");
        browser.get(SANDBOX.baseUrl() + "/");
        Object result = ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'PUT', body: arguments[1], headers: {'Content-Type': 'application/json'}})"
                        + ".then(r => done(r.ok ? 'ok' : 'failed ' + r.status));",
                SANDBOX.baseUrl() + "/rest/salesteam/1.0/settings/leaderboard-privacy", json);
        return String.valueOf(result);
    }

    @Test
    public void aManagerSeesBadgeIconsWithTheirNameAndReasonAsTooltip() throws Exception {
        WebElement gadget = emeaBoard("m.garcia");

        List<WebElement> icons = gadget.findElements(By.cssSelector(".salesteam-leaderboard-badges .salesteam-badge"));
        boolean firstDeal = false;
        for (WebElement icon : icons) {
            String tooltip = icon.getAttribute("title");
            assertTrue(tooltip, tooltip.contains(": "));
            assertEquals(tooltip, icon.getAttribute("aria-label"));
            assertTrue("a visible icon", icon.getSize().getWidth() >= 16);
            firstDeal |= tooltip.startsWith("First deal won: Won SALES-");
        }
        assertTrue("every demo rep won a deal", firstDeal);
        String glyph = (String) ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(arguments[0], '::before').content;", icons.get(0));
        assertFalse("the kind's glyph is drawn: " + glyph, glyph == null || glyph.equals("none") || glyph.isEmpty());
        screenshotOf(gadget, "badges-leaderboard-manager");
    }

    @Test
    public void aRepOnABoardWithHiddenAmountsSeesBadgesThatRevealNone() throws Exception {
        assertEquals("ok", setLeaderboardPrivacy("{\"showToReps\":true,\"hideAmountsFromReps\":true,\"excluded\":[]}"));
        try {
            WebElement gadget = emeaBoard("e.johnson");

            assertFalse("other reps' values are hidden",
                    gadget.findElements(By.className("salesteam-leaderboard-hidden")).isEmpty());
            for (WebElement icon : gadget.findElements(By.cssSelector(".salesteam-leaderboard-badges .salesteam-badge"))) {
                String tooltip = icon.getAttribute("title");
                assertFalse("no amount in a badge: " + tooltip, tooltip.matches(".*(€|\\$|\\d[\\d,]*\\.\\d\\d).*"));
            }
            screenshotOf(gadget, "badges-leaderboard-rep-amounts-hidden");
        } finally {
            assertEquals("ok", setLeaderboardPrivacy("{\"showToReps\":false,\"hideAmountsFromReps\":true,\"excluded\":[]}"));
        }
    }

    @Test
    public void thePersonSeesNewBadgesOnTheirProfileAndMarksThemSeen() throws Exception {
        SANDBOX.logIn(browser, "li.wei", "zh_CN");
        browser.get(SANDBOX.baseUrl() + "/secure/ViewProfile.jspa?name=li.wei");

        WebElement panel = browser.findElement(By.id("salesteam-badges-panel"));
        assertTrue(panel.getText(), panel.getText().contains("销售徽章"));
        assertTrue(panel.getText(), panel.getText().contains("首单成交"));
        assertFalse(panel.findElements(By.className("salesteam-badge-newmark")).isEmpty());
        screenshotOf(panel, "badges-profile-panel-new");

        panel.findElement(By.className("salesteam-badges-seen")).click();
        waiting(browser).until(driver -> driver.findElements(By.className("salesteam-badge-newmark")).isEmpty());

        browser.navigate().refresh();
        WebElement again = browser.findElement(By.id("salesteam-badges-panel"));
        assertTrue("seen stays seen", again.findElements(By.className("salesteam-badge-newmark")).isEmpty());
        assertFalse(again.findElements(By.className("salesteam-badge-item")).isEmpty());
        screenshotOf(again, "badges-profile-panel-seen");
    }
}
