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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.Assert.assertTrue;

/** The automation admin page in headless Chromium: the demo run's audit list, "run now", a refused setting. */
public class AutomationBrowserIT {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private static Sandbox sandbox;
    private WebDriver browser;

    @BeforeClass
    public static void startSandbox() throws Exception {
        Assume.assumeTrue("Chromium and chromedriver not installed (apt-get install chromium chromium-driver; .ci/run does)",
                CHROMIUM.canExecute() && CHROMEDRIVER.canExecute());
        // a Thursday morning: the demo run falls outside everyone's quiet hours
        sandbox = Sandbox.start(0, Files.createTempDirectory("sandbox-automation-browser"), true,
                Clock.fixed(Instant.parse("2026-05-14T10:00:00Z"), ZoneOffset.UTC));
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
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
        browser.get(sandbox.baseUrl() + "/login");
        browser.manage().addCookie(new Cookie("sandbox.user", "admin", "/jira"));
        browser.manage().addCookie(new Cookie("sandbox.lang", "en", "/jira"));
    }

    @After
    public void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    public void theAdminSeesTheDemoRunAndRunsAJobNow() throws Exception {
        browser.get(sandbox.baseUrl() + "/plugins/servlet/salesteam/admin/automation");
        WebElement jobs = browser.findElement(By.id("salesteam-automation-jobs"));
        assertTrue(jobs.getText().contains("Stale-deal follow-up"));
        assertTrue(jobs.getText().contains("by the schedule"));
        WebElement audit = browser.findElement(By.cssSelector("table.salesteam-automation-actions[data-job='stale-deals']"));
        assertTrue(audit.getText().contains("Commented"));
        screenshot("automation-admin");

        browser.findElement(By.cssSelector(".salesteam-automation-run[data-job='slip-alerts']")).click();
        waiting().until(driver -> driver.findElement(By.id("salesteam-automation-message")).getText()
                .contains("The run was started"));
        browser.navigate().refresh();
        waiting().until(driver -> driver.findElement(By.cssSelector("tr[data-job='slip-alerts'] .salesteam-automation-last"))
                .getText().contains("by an administrator"));
    }

    @Test
    public void aBadQuietHourIsMarkedAndNotSaved() throws Exception {
        browser.get(sandbox.baseUrl() + "/plugins/servlet/salesteam/admin/automation");
        WebElement start = browser.findElement(By.id("salesteam-automation-quietstart"));
        start.clear();
        start.sendKeys("<b>late</b>");
        browser.findElement(By.cssSelector("#salesteam-automation-settings button[type=submit]")).click();
        waiting().until(driver -> !driver.findElement(By.cssSelector("[data-field='quietStart']")).getText().isEmpty());
        assertTrue(browser.findElement(By.cssSelector("[data-field='quietStart']")).getText().contains("<b>late</b>"));
        screenshot("automation-settings-refused");
        browser.navigate().refresh();
        assertTrue("22:00".equals(browser.findElement(By.id("salesteam-automation-quietstart")).getAttribute("value")));
    }
}
