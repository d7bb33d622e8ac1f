package com.salesteam.jira.browser;

import com.salesteam.jira.sandbox.Sandbox;
import org.junit.Assume;
import org.junit.rules.ExternalResource;
import org.junit.rules.TestRule;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The sandbox one browser test class runs against, as a {@code @ClassRule} (each class gets its own, because tests
 * change its settings), and headless Chromium for it: Debian's chromium and chromium-driver, so nothing is downloaded.
 * The class is skipped where they are not installed. Screenshots land in target/screenshots/.
 */
public final class SandboxBrowser extends ExternalResource {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final String directoryPrefix;
    private final Clock clock;
    private Sandbox sandbox;

    public SandboxBrowser(String directoryPrefix, Clock clock) {
        this.directoryPrefix = directoryPrefix;
        this.clock = clock;
    }

    @Override
    protected void before() throws Throwable {
        Assume.assumeTrue("Chromium and chromedriver not installed (apt-get install chromium chromium-driver; .ci/run does)",
                CHROMIUM.canExecute() && CHROMEDRIVER.canExecute());
        sandbox = Sandbox.start(0, Files.createTempDirectory(directoryPrefix), true, clock);
    }

    @Override
    protected void after() {
        if (sandbox != null) {
            try {
                sandbox.close();
            } catch (Exception e) {
                throw new IllegalStateException("the sandbox did not stop", e);
            }
        }
    }

    public String baseUrl() {
        return sandbox.baseUrl();
    }

    /**
     * A {@code @Rule} that opens a fresh Chromium before each test, hands it to the test class, and quits it after the
     * test.
     */
    public TestRule chromiumForEachTest(Consumer<WebDriver> useBrowser) {
        return new ExternalResource() {
            private WebDriver browser;

            @Override
            protected void before() {
                browser = openChromium();
                useBrowser.accept(browser);
            }

            @Override
            protected void after() {
                if (browser != null) {
                    browser.quit();
                }
            }
        };
    }

    private static WebDriver openChromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900");
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
    }

    /**
     * Acts as a demo user by setting the sandbox's login cookies directly (the login form is sandbox tooling, not the
     * app); leaves the browser on the login page.
     */
    public void logIn(WebDriver browser, String user, String language) {
        browser.get(baseUrl() + "/login");
        browser.manage().addCookie(new Cookie("sandbox.user", user, "/jira"));
        browser.manage().addCookie(new Cookie("sandbox.lang", language, "/jira"));
    }

    /** Waits through page reloads, during which elements found before go stale. */
    public static FluentWait<WebDriver> waiting(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class);
    }

    /** Saves the browser window as target/screenshots/NAME.png. */
    public static void screenshot(WebDriver browser, String name) throws IOException {
        save((TakesScreenshot) browser, name);
    }

    /** Saves one element alone, e.g. a gadget lower than the window, as target/screenshots/NAME.png. */
    public static void screenshotOf(WebElement element, String name) throws IOException {
        save(element, name);
    }

    private static void save(TakesScreenshot subject, String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(subject.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Records the timers the next pages set, so that a test can run a gadget's five-minute reload now instead of
     * waiting for it ({@link #runFiveMinuteTimers}).
     */
    public static void recordTimers(WebDriver browser) {
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.recordedIntervals = []; var setIntervalBefore = window.setInterval;"
                        + "window.setInterval = function (callback, delay) {"
                        + " window.recordedIntervals.push({callback: callback, delay: delay, stack: String(new Error().stack)});"
                        + " return setIntervalBefore.apply(window, arguments); };"));
    }

    /**
     * Runs the recorded five-minute timers set from the given gadget script (found in the stack when the timer was
     * set: other dashboard items reload every five minutes too, through the same kit), and returns how many ran.
     */
    public static Object runFiveMinuteTimers(WebDriver browser, String gadgetScript) {
        return ((JavascriptExecutor) browser).executeScript(
                "var script = arguments[0];"
                        + "var due = window.recordedIntervals.filter(function (t) { return t.delay === 300000"
                        + " && t.stack.indexOf(script) >= 0; });"
                        + "due.forEach(function (t) { t.callback(); }); return due.length;", gadgetScript);
    }
}
