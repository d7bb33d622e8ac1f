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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Clock;

import static com.salesteam.jira.browser.SandboxBrowser.recordTimers;
import static com.salesteam.jira.browser.SandboxBrowser.runFiveMinuteTimers;
import static com.salesteam.jira.browser.SandboxBrowser.screenshot;
import static com.salesteam.jira.browser.SandboxBrowser.screenshotOf;
import static com.salesteam.jira.browser.SandboxBrowser.waiting;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The Coaching &amp; Reviews gadget in headless Chromium against the sandbox, whose demo review cycles ran at start:
 * what a manager, a rep and a Chinese-speaking manager see, a team name that is markup, and the five-minute reload.
 * Screenshots land in target/screenshots/.
 */
public class CoachingGadgetBrowserIT {

    private static final String MARKUP = "<img src=x onerror=\"document.title='pwned'\"> Coaching";

    @ClassRule
    public static final SandboxBrowser SANDBOX = new SandboxBrowser("sandbox-coaching", Clock.systemUTC());

    private WebDriver browser;

    @Rule
    public final TestRule chromium = SANDBOX.chromiumForEachTest(opened -> browser = opened);

    private WebElement openGadget(String user, String language) {
        SANDBOX.logIn(browser, user, language);
        browser.manage().window().setSize(new Dimension(1280, 3000));
        browser.get(SANDBOX.baseUrl() + "/dashboard");
        return browser.findElement(By.id("gadget-coaching-gadget"));
    }

    private static WebElement row(WebElement gadget, String rep) {
        return gadget.findElement(By.cssSelector("tr[data-rep='" + rep + "']"));
    }

    @Test
    public void aManagerSeesReviewsActionsLastMeetingsAndOnboardingOfTheirTeam() throws Exception {
        WebElement gadget = openGadget("m.garcia", "en");
        new Select(gadget.findElement(By.className("salesteam-coaching-team"))).selectByVisibleText("EMEA Enterprise");
        waiting(browser).until(driver -> gadget.findElements(By.className("salesteam-coaching-row")).size() == 7);

        int due = Integer.parseInt(gadget.findElement(By.className("salesteam-coaching-due")).getText());
        int overdue = Integer.parseInt(gadget.findElement(By.className("salesteam-coaching-overdue")).getText());
        assertEquals("seven reps' reviews this month, Liam's signed off", 6, due + overdue);
        assertEquals("EMEA Enterprise", gadget.findElement(By.className("salesteam-coaching-caption")).getText());
        String emma = row(gadget, "e.johnson").getText();
        assertTrue(emma, emma.startsWith("Emma Johnson") && emma.contains(" 3 ") && emma.contains("4 days ago")
                && emma.contains("No plan"));
        assertTrue(row(gadget, "l.brown").getText().contains("None open"));
        assertFalse("21 days since the 1:1 is late",
                row(gadget, "l.brown").findElements(By.className("salesteam-coaching-cell-late")).isEmpty());
        assertTrue(row(gadget, "j.clark").getText().contains("2 of 5 tasks (40 %)"));
        assertTrue(row(gadget, "n.wilson").getText().contains("Never"));
        screenshotOf(gadget, "coaching-gadget-manager");
    }

    @Test
    public void aRepIsToldTheyCoachNoTeam() throws Exception {
        WebElement gadget = openGadget("e.johnson", "en");

        WebElement empty = gadget.findElement(By.className("salesteam-coaching-noteam"));
        assertTrue(empty.isDisplayed());
        assertTrue(gadget.findElements(By.className("salesteam-coaching-team")).isEmpty());
        screenshotOf(gadget, "coaching-gadget-rep");
    }

    @Test
    public void aChineseManagerSeesTheQuarterlyReviewsInChinese() throws Exception {
        WebElement gadget = openGadget("wang.fang", "zh_CN");
        waiting(browser).until(driver -> gadget.findElements(By.className("salesteam-coaching-row")).size() == 7);

        assertTrue(gadget.getText().contains("到期评估"));
        String liWei = row(gadget, "li.wei").getText();
        assertTrue(liWei, liWei.startsWith("李伟") && liWei.contains("9 天前"));
        assertTrue(row(gadget, "huang.qiang").getText().contains("已完成 4/4 项任务（100%）"));
        screenshotOf(gadget, "coaching-gadget-zh");
    }

    @Test
    public void aTeamNamedWithMarkupShowsItAsTextAndATeamWithoutRepsSaysSo() throws Exception {
        SANDBOX.logIn(browser, "admin", "en");
        browser.get(SANDBOX.baseUrl() + "/");
        Object status = ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', body: JSON.stringify({name: arguments[1],"
                        + " description: '', managerKey: 'admin', members: ['admin']}),"
                        + " headers: {'Content-Type': 'application/json'}}).then(r => done(r.status));",
                SANDBOX.baseUrl() + "/rest/salesteam/1.0/teams", MARKUP);
        assertEquals(201L, status);

        WebElement gadget = openGadget("admin", "en");
        new Select(gadget.findElement(By.className("salesteam-coaching-team"))).selectByVisibleText(MARKUP);
        WebElement empty = gadget.findElement(By.className("salesteam-coaching-empty"));
        waiting(browser).until(driver -> empty.isDisplayed());

        assertEquals("This team has no reps yet.", empty.getText());
        assertEquals(MARKUP, gadget.findElement(By.className("salesteam-coaching-caption")).getAttribute("textContent"));
        assertTrue(gadget.findElements(By.tagName("img")).isEmpty());
        assertFalse("pwned".equals(browser.getTitle()));
        assertFalse(gadget.findElement(By.className("salesteam-coaching-table")).isDisplayed());
        screenshotOf(gadget, "coaching-gadget-markup-team");
    }

    @Test
    public void theFiveMinuteReloadFetchesTheFiguresAgain() {
        recordTimers(browser);
        WebElement gadget = openGadget("m.garcia", "en");
        waiting(browser).until(driver -> !gadget.findElements(By.className("salesteam-coaching-row")).isEmpty());
        WebElement first = gadget.findElement(By.className("salesteam-coaching-row"));

        Object timers = runFiveMinuteTimers(browser, "/coaching-gadget.js");
        assertEquals("one five-minute timer", 1L, timers);
        waiting(browser).until(ExpectedConditions.stalenessOf(first));
        waiting(browser).until(driver -> !gadget.findElements(By.className("salesteam-coaching-row")).isEmpty());
    }

    @Test
    public void aManagerSetsUpTheInsideSalesCycleAndSeesABadProjectKeyNamed() throws Exception {
        SANDBOX.logIn(browser, "j.smith", "en");
        browser.get(SANDBOX.baseUrl() + "/plugins/servlet/salesteam/review-cycles");
        WebElement row = browser.findElement(By.cssSelector("#salesteam-cycles-table .salesteam-cycle-row"));
        assertEquals("EMEA Inside Sales", row.findElement(By.tagName("td")).getText());
        assertEquals("Off", row.findElement(By.className("salesteam-cycle-status")).getText());

        new Select(row.findElement(By.name("cadence"))).selectByValue("quarterly");
        WebElement dueDay = row.findElement(By.name("dueDay"));
        dueDay.clear();
        dueDay.sendKeys("45");
        row.findElement(By.name("projectKey")).sendKeys("not a key");
        row.findElement(By.className("salesteam-cycle-save")).click();
        WebElement projectError = row.findElement(By.cssSelector(".salesteam-field-error[data-field='projectKey']"));
        waiting(browser).until(driver -> !projectError.getText().isEmpty());
        assertEquals("Enter the key of the Jira project the reviews are created in, such as SALES.",
                projectError.getText());
        assertEquals("Off", row.findElement(By.className("salesteam-cycle-status")).getText());

        WebElement project = row.findElement(By.name("projectKey"));
        project.clear();
        project.sendKeys("SALES");
        row.findElement(By.className("salesteam-cycle-save")).click();
        waiting(browser).until(driver -> "On".equals(row.findElement(By.className("salesteam-cycle-status")).getText()));
        assertTrue(projectError.getText().isEmpty());
        assertEquals("The review cycle is saved.", browser.findElement(By.id("salesteam-cycles-message")).getText());
        screenshot(browser, "review-cycles-page");

        browser.navigate().refresh();
        WebElement saved = browser.findElement(By.cssSelector("#salesteam-cycles-table .salesteam-cycle-row"));
        assertEquals("45", saved.findElement(By.name("dueDay")).getAttribute("value"));
        assertEquals("quarterly", new Select(saved.findElement(By.name("cadence"))).getFirstSelectedOption()
                .getAttribute("value"));
    }
}
