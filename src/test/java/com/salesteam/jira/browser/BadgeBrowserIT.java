package com.salesteam.jira.browser;

import com.salesteam.jira.sandbox.Sandbox;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Badges in headless Chromium against the sandbox (whose start awards the demo data's badges): icons with tooltips
 * in the Leaderboard gadget, for a manager and for a rep whose board hides amounts, and the profile panel with its
 * notification. Screenshots land in target/screenshots/.
 */
public class BadgeBrowserIT {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private static Sandbox sandbox;
    private WebDriver browser;

    @BeforeClass
    public static void startSandbox() throws Exception {
        Assume.assumeTrue("Chromium and chromedriver not installed (apt-get install chromium chromium-driver; .ci/run does)",
                CHROMIUM.canExecute() && CHROMEDRIVER.canExecute());
        sandbox = Sandbox.start(0, Files.createTempDirectory("badge-browser"), true, Clock.systemUTC());
    }

    @AfterClass
    public static void stopSandbox() throws Exception {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Before
    public void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        browser = new ChromeDriver(service, options);
    }

    @After
    public void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Acts as a demo user through the sandbox's login cookies. */
    private void logIn(String user, String language) {
        browser.get(sandbox.baseUrl() + "/login");
        browser.manage().addCookie(new Cookie("sandbox.user", user, "/jira"));
        browser.manage().addCookie(new Cookie("sandbox.lang", language, "/jira"));
    }

    private FluentWait<WebDriver> waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class);
    }

    private void screenshotOf(WebElement element, String name) throws Exception {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(element.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The EMEA Enterprise board by deals won (a count: the demo deals' EUR amounts are not the sandbox's USD). */
    private WebElement emeaBoard(String user) {
        logIn(user, "en");
        browser.manage().window().setSize(new Dimension(1280, 2400));
        browser.get(sandbox.baseUrl() + "/dashboard");
        WebElement gadget = browser.findElement(By.id("gadget-leaderboard-gadget"));
        new Select(gadget.findElement(By.className("salesteam-leaderboard-team"))).selectByVisibleText("EMEA Enterprise");
        new Select(gadget.findElement(By.className("salesteam-leaderboard-metric"))).selectByValue("deals-won");
        waiting().until(driver -> gadget.findElements(By.className("salesteam-leaderboard-row")).size() >= 5
                && !gadget.findElements(By.cssSelector(".salesteam-leaderboard-badges .salesteam-badge")).isEmpty());
        return gadget;
    }

    private String setLeaderboardPrivacy(String json) {
        logIn("admin", "en");
        browser.get(sandbox.baseUrl() + "/");
        Object result = ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'PUT', body: arguments[1], headers: {'Content-Type': 'application/json'}})"
                        + ".then(r => done(r.ok ? 'ok' : 'failed ' + r.status));",
                sandbox.baseUrl() + "/rest/salesteam/1.0/settings/leaderboard-privacy", json);
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
        logIn("li.wei", "zh_CN");
        browser.get(sandbox.baseUrl() + "/secure/ViewProfile.jspa?name=li.wei");

        WebElement panel = browser.findElement(By.id("salesteam-badges-panel"));
        assertTrue(panel.getText(), panel.getText().contains("销售徽章"));
        assertTrue(panel.getText(), panel.getText().contains("首单成交"));
        assertFalse(panel.findElements(By.className("salesteam-badge-newmark")).isEmpty());
        screenshotOf(panel, "badges-profile-panel-new");

        panel.findElement(By.className("salesteam-badges-seen")).click();
        waiting().until(driver -> driver.findElements(By.className("salesteam-badge-newmark")).isEmpty());

        browser.navigate().refresh();
        WebElement again = browser.findElement(By.id("salesteam-badges-panel"));
        assertTrue("seen stays seen", again.findElements(By.className("salesteam-badge-newmark")).isEmpty());
        assertFalse(again.findElements(By.className("salesteam-badge-item")).isEmpty());
        screenshotOf(again, "badges-profile-panel-seen");
    }
}
