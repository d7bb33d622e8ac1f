package com.salesteam.jira.browser;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Clock;

import static com.salesteam.jira.browser.SandboxBrowser.screenshot;
import static com.salesteam.jira.browser.SandboxBrowser.waiting;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The 1:1 section of the Review cycles page in headless Chromium against the sandbox: a manager schedules a rep's
 * 1:1s, is told which field is wrong, and finds the schedule saved after a reload. Screenshots in target/screenshots/.
 */
public class OneOnOneBrowserIT {

    @ClassRule
    public static final SandboxBrowser SANDBOX = new SandboxBrowser("sandbox-oneonone-browser", Clock.systemUTC());

    private WebDriver browser;

    @Rule
    public final TestRule chromium = SANDBOX.chromiumForEachTest(opened -> browser = opened);

    private WebElement row(String rep) {
        return browser.findElement(By.cssSelector("#salesteam-oneonones-table tr[data-rep='" + rep + "']"));
    }

    @Test
    public void aManagerSchedulesARepsOneOnOnesAndSeesABadProjectKeyNamed() throws Exception {
        SANDBOX.logIn(browser, "m.garcia", "en");
        browser.get(SANDBOX.baseUrl() + "/plugins/servlet/salesteam/review-cycles");
        WebElement liam = row("l.brown");
        assertTrue(liam.getText().startsWith("Liam Brown"));
        assertEquals("Not scheduled", liam.findElement(By.className("salesteam-oneonone-status")).getText());
        assertEquals("Scheduled", row("o.davis").findElement(By.className("salesteam-oneonone-status")).getText());

        new Select(liam.findElement(By.name("frequency"))).selectByValue("biweekly");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-12-01';",
                liam.findElement(By.name("firstMeeting")));
        liam.findElement(By.name("projectKey")).sendKeys("not a key");
        liam.findElement(By.className("salesteam-oneonone-save")).click();
        WebElement projectError = liam.findElement(By.cssSelector(".salesteam-field-error[data-field='projectKey']"));
        waiting(browser).until(driver -> !projectError.getText().isEmpty());
        assertEquals("Enter a Jira project key such as SALES.", projectError.getText());
        assertEquals("Not scheduled", liam.findElement(By.className("salesteam-oneonone-status")).getText());

        WebElement project = liam.findElement(By.name("projectKey"));
        project.clear();
        project.sendKeys("SALES");
        liam.findElement(By.className("salesteam-oneonone-save")).click();
        waiting(browser).until(driver -> "Scheduled".equals(liam.findElement(
                By.className("salesteam-oneonone-status")).getText()));
        assertTrue(projectError.getText().isEmpty());
        assertEquals("The 1:1 schedule is saved.", browser.findElement(By.id("salesteam-oneonones-message")).getText());
        screenshot(browser, "oneonone-schedules");

        browser.navigate().refresh();
        WebElement saved = row("l.brown");
        assertEquals("2026-12-01", saved.findElement(By.name("firstMeeting")).getAttribute("value"));
        assertEquals("biweekly", new Select(saved.findElement(By.name("frequency"))).getFirstSelectedOption()
                .getAttribute("value"));
    }
}
