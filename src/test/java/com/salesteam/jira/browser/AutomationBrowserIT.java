package com.salesteam.jira.browser;

import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static com.salesteam.jira.browser.SandboxBrowser.screenshot;
import static com.salesteam.jira.browser.SandboxBrowser.waiting;
import static org.junit.Assert.assertTrue;

/** The automation admin page in headless Chromium: the demo run's audit list, "run now", a refused setting. */
public class AutomationBrowserIT {

    // a Thursday morning: the demo run falls outside everyone's quiet hours
    @ClassRule
    public static final SandboxBrowser SANDBOX = new SandboxBrowser("sandbox-automation-browser",
            Clock.fixed(Instant.parse("2026-05-14T10:00:00Z"), ZoneOffset.UTC));

    private WebDriver browser;

    @Rule
    public final TestRule chromium = SANDBOX.chromiumForEachTest(opened -> browser = opened);

    @Before
    public void logInAsAdmin() {
        SANDBOX.logIn(browser, "admin", "en");
    }

    @Test
    public void theAdminSeesTheDemoRunAndRunsAJobNow() throws Exception {
        browser.get(SANDBOX.baseUrl() + "/plugins/servlet/salesteam/admin/automation");
        WebElement jobs = browser.findElement(By.id("salesteam-automation-jobs"));
        assertTrue(jobs.getText().contains("Stale-deal follow-up"));
        assertTrue(jobs.getText().contains("by the schedule"));
        WebElement audit = browser.findElement(By.cssSelector("table.salesteam-automation-actions[data-job='stale-deals']"));
        assertTrue(audit.getText().contains("Commented"));
        screenshot(browser, "automation-admin");

        browser.findElement(By.cssSelector(".salesteam-automation-run[data-job='slip-alerts']")).click();
        waiting(browser).until(driver -> driver.findElement(By.id("salesteam-automation-message")).getText()
                .contains("The run was started"));
        browser.navigate().refresh();
        waiting(browser).until(driver -> driver.findElement(By.cssSelector("tr[data-job='slip-alerts'] .salesteam-automation-last"))
                .getText().contains("by an administrator"));
    }

    @Test
    public void aBadQuietHourIsMarkedAndNotSaved() throws Exception {
        browser.get(SANDBOX.baseUrl() + "/plugins/servlet/salesteam/admin/automation");
        WebElement start = browser.findElement(By.id("salesteam-automation-quietstart"));
        start.clear();
        start.sendKeys("<b>late</b>");
        browser.findElement(By.cssSelector("#salesteam-automation-settings button[type=submit]")).click();
        waiting(browser).until(driver -> !driver.findElement(By.cssSelector("[data-field='quietStart']")).getText().isEmpty());
        assertTrue(browser.findElement(By.cssSelector("[data-field='quietStart']")).getText().contains("<b>late</b>"));
        screenshot(browser, "automation-settings-refused");
        browser.navigate().refresh();
        assertTrue("22:00".equals(browser.findElement(By.id("salesteam-automation-quietstart")).getAttribute("value")));
    }
}
