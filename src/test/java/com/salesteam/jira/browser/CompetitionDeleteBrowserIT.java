package com.salesteam.jira.browser;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Clock;
import java.util.List;

import static com.salesteam.jira.browser.SandboxBrowser.screenshot;
import static com.salesteam.jira.browser.SandboxBrowser.waiting;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * An admin deletes the sandbox's finished competition ("Revenue race", frozen at start) from the Competitions page in
 * headless Chromium: confirm first, then the JSON DELETE, then the page's notice. A sandbox of its own, since the
 * competition is gone afterwards.
 */
public class CompetitionDeleteBrowserIT {

    private static final String FINISHED_DELETE = "#salesteam-competitions-finished .salesteam-competition-delete-finished";

    @ClassRule
    public static final SandboxBrowser SANDBOX = new SandboxBrowser("sandbox-competition-delete-browser",
            Clock.systemUTC());

    private WebDriver browser;

    @Rule
    public final TestRule chromium = SANDBOX.chromiumForEachTest(opened -> browser = opened);

    private void openPage(String user, String language) {
        SANDBOX.logIn(browser, user, language);
        browser.get(SANDBOX.baseUrl() + "/plugins/servlet/salesteam/competitions");
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("salesteam-competitions-finished")));
    }

    private Alert clickDelete(WebElement button) {
        button.click();
        return waiting(browser).until(ExpectedConditions.alertIsPresent());
    }

    @Test
    public void aManagerGetsNoDeleteButtonAndAnAdminDeletesAFinishedCompetitionAfterConfirming() throws Exception {
        openPage("m.garcia", "en");
        assertTrue("the finished one is listed", browser.findElement(By.id("salesteam-competitions-finished"))
                .getText().contains("Revenue race"));
        assertTrue("no delete for a manager", browser.findElements(By.cssSelector(".salesteam-competition-delete-finished")).isEmpty());

        openPage("admin", "zh_CN");
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(FINISHED_DELETE)));
        List<WebElement> buttons = browser.findElements(By.cssSelector(FINISHED_DELETE));
        assertEquals("one finished competition, one button", 1, buttons.size());
        assertEquals("删除", buttons.get(0).getText());
        assertTrue("only finished ones", browser.findElements(By.cssSelector(
                "#salesteam-competitions-running .salesteam-competition-delete-finished")).isEmpty());

        Alert asked = clickDelete(buttons.get(0));
        assertEquals("删除已结束的竞赛“Revenue race”及其记录的获奖者？此操作无法撤销。", asked.getText());
        asked.dismiss();
        assertTrue("nothing deleted without a yes", browser.findElement(By.id("salesteam-competitions-finished"))
                .getText().contains("Revenue race"));

        openPage("admin", "en");
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(FINISHED_DELETE)));
        Alert confirm = clickDelete(browser.findElement(By.cssSelector(FINISHED_DELETE)));
        assertTrue(confirm.getText(), confirm.getText().startsWith("Delete the finished competition “Revenue race”"));
        confirm.accept();
        waiting(browser).until(ExpectedConditions.urlContains("deleted=1"));
        assertEquals("Competition deleted.", browser.findElement(By.id("salesteam-competition-message")).getText());
        assertTrue("gone from the page", browser.findElements(By.cssSelector(FINISHED_DELETE)).isEmpty());
        assertTrue(browser.findElements(By.id("salesteam-competitions-finished")).isEmpty()
                || !browser.findElement(By.id("salesteam-competitions-finished")).getText().contains("Revenue race"));
        screenshot(browser, "competition-deleted-by-admin");
    }
}
