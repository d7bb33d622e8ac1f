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
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/**
 * In headless Chromium against the sandbox: a configured gadget reloaded (the sandbox keeps a gadget's preferences in
 * localStorage, as Jira keeps them per dashboard item) keeps its period, saved as a relative choice ("last quarter",
 * "last week") rather than the period's key; and the leaderboard privacy form of the Teams admin page shows the
 * company-wide board to reps. Screenshots land in target/screenshots/.
 */
public class BoardFixBrowserIT {

    @ClassRule
    public static final SandboxBrowser SANDBOX = new SandboxBrowser("boardfix-browser", Clock.systemUTC());

    private WebDriver browser;

    @Rule
    public final TestRule chromium = SANDBOX.chromiumForEachTest(opened -> browser = opened);

    private WebElement leaderboard() {
        browser.get(SANDBOX.baseUrl() + "/dashboard");
        return browser.findElement(By.id("gadget-leaderboard-gadget"));
    }

    private static Select period(WebElement gadget) {
        return new Select(gadget.findElement(By.className("salesteam-leaderboard-period")));
    }

    private static String chosen(WebElement gadget) {
        return period(gadget).getFirstSelectedOption().getAttribute("data-choice");
    }

    private static void choose(WebElement gadget, String choice) {
        gadget.findElement(By.cssSelector(".salesteam-leaderboard-period option[data-choice='" + choice + "']")).click();
    }

    private static List<String> rankedUsers(WebElement gadget) {
        return gadget.findElements(By.className("salesteam-leaderboard-row")).stream()
                .map(row -> row.getAttribute("data-user")).toList();
    }

    private String saved() {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(
                "return window.localStorage.getItem('sandbox.gadget.leaderboard-gadget');"));
    }

    @Test
    public void aLeaderboardSetToARelativePeriodKeepsItsChoiceAfterAReload() throws Exception {
        SANDBOX.logIn(browser, "m.garcia", "en");
        browser.manage().window().setSize(new Dimension(1280, 2400));
        WebElement gadget = leaderboard();
        new Select(gadget.findElement(By.className("salesteam-leaderboard-team"))).selectByVisibleText("EMEA Enterprise");
        waiting(browser).until(driver -> rankedUsers(gadget).size() >= 5);
        assertEquals("this quarter first", "this-quarter", chosen(gadget));
        List<String> thisQuarter = rankedUsers(gadget);

        choose(gadget, "last-quarter");
        waiting(browser).until(driver -> rankedUsers(gadget).size() == thisQuarter.size()
                && !rankedUsers(gadget).equals(thisQuarter));
        List<String> lastQuarter = rankedUsers(gadget);
        assertTrue(saved(), saved().contains("\"period\":\"last-quarter\""));
        assertFalse("no period key is saved: " + saved(), saved().contains("FY"));

        WebElement reloaded = leaderboard();
        waiting(browser).until(driver -> rankedUsers(reloaded).size() == lastQuarter.size());
        assertEquals("last-quarter", chosen(reloaded));
        assertEquals("the reloaded board ranks last quarter again", lastQuarter, rankedUsers(reloaded));
        assertEquals("the team is kept too", "EMEA Enterprise", new Select(reloaded.findElement(
                By.className("salesteam-leaderboard-team"))).getFirstSelectedOption().getText());
        assertTrue(period(reloaded).getFirstSelectedOption().getText().startsWith("Last quarter ("));
        assertNotEquals(thisQuarter, rankedUsers(reloaded));
        screenshotOf(reloaded, "leaderboard-gadget-last-quarter-reloaded");

        choose(reloaded, "last-week");
        waiting(browser).until(driver -> saved().contains("\"period\":\"last-week\""));
        WebElement again = leaderboard();
        waiting(browser).until(driver -> "last-week".equals(chosen(again)));
        assertEquals("last-week", chosen(again));
    }

    @Test
    public void aPeriodKeySavedBeforeChoicesWereKeptStillSelectsItsOption() {
        SANDBOX.logIn(browser, "m.garcia", "en");
        browser.get(SANDBOX.baseUrl() + "/dashboard");
        String lastQuarterKey = period(browser.findElement(By.id("gadget-leaderboard-gadget"))).getOptions().stream()
                .filter(option -> "last-quarter".equals(option.getAttribute("data-choice"))).findFirst().orElseThrow()
                .getAttribute("value");
        ((JavascriptExecutor) browser).executeScript("window.localStorage.setItem('sandbox.gadget.leaderboard-gadget',"
                + " JSON.stringify({period: arguments[0]}));", lastQuarterKey);

        WebElement gadget = leaderboard();

        waiting(browser).until(driver -> "last-quarter".equals(chosen(gadget)));
    }

    private Object fetchAs(String user, String method, String path, String json) {
        SANDBOX.logIn(browser, user, "en");
        browser.get(SANDBOX.baseUrl() + "/");
        return ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: arguments[1], body: arguments[2],"
                        + " headers: {'Content-Type': 'application/json', 'Accept': 'application/json'}})"
                        + ".then(r => r.text().then(t => done(r.status + ' ' + t)));",
                SANDBOX.baseUrl() + path, method, json);
    }

    @Test
    public void theAdminShowsTheCompanyBoardToRepsOnTheTeamsPage() throws Exception {
        String privacy = "/rest/salesteam/1.0/settings/leaderboard-privacy";
        String company = "/rest/salesteam/1.0/leaderboard?metric=deals-won";
        assertTrue(String.valueOf(fetchAs("e.johnson", "GET", company, null)).startsWith("403 "));
        try {
            SANDBOX.logIn(browser, "admin", "en");
            browser.manage().window().setSize(new Dimension(1280, 2000));
            browser.get(SANDBOX.baseUrl() + "/plugins/servlet/salesteam/admin/teams");
            WebElement form = browser.findElement(By.id("salesteam-board-privacy"));
            waiting(browser).until(driver -> form.isDisplayed());
            WebElement companyBox = form.findElement(By.name("companyBoardToReps"));
            assertFalse("off by default", companyBox.isSelected());
            assertTrue("amounts hidden by default", form.findElement(By.name("hideAmountsFromReps")).isSelected());
            companyBox.click();
            // someone is left out through REST after the page loaded (from the same page, which stays open): saving
            // the form must not put them back
            assertTrue(String.valueOf(((JavascriptExecutor) browser).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0], {method: 'PUT', body: arguments[1], headers: {'Content-Type':"
                            + " 'application/json', 'Accept': 'application/json'}}).then(r => done(r.status));",
                    SANDBOX.baseUrl() + privacy,
                    "{\"showToReps\":false,\"hideAmountsFromReps\":true,\"excluded\":[\"left.out\"]}")).equals("200"));
            form.findElement(By.id("salesteam-board-privacy-save")).click();
            waiting(browser).until(driver -> driver.findElement(By.id("salesteam-teams-message")).getText()
                    .equals("Leaderboard privacy saved."));
            screenshotOf(form, "teams-admin-leaderboard-privacy");

            String saved = String.valueOf(fetchAs("admin", "GET", privacy, null));
            assertTrue(saved, saved.contains("\"companyBoardToReps\":true"));
            assertTrue(saved, saved.contains("\"hideAmountsFromReps\":true"));
            assertTrue("the later exclusion is kept: " + saved, saved.contains("\"excluded\":[\"left.out\"]"));
            String rep = String.valueOf(fetchAs("e.johnson", "GET", company, null));
            assertTrue(rep, rep.startsWith("200 ") && rep.contains("\"scope\":\"all\"")
                    && rep.contains("\"hiddenAmounts\":true"));
        } finally {
            fetchAs("admin", "PUT", privacy,
                    "{\"showToReps\":false,\"hideAmountsFromReps\":true,\"companyBoardToReps\":false,\"excluded\":[]}");
        }
    }
}
