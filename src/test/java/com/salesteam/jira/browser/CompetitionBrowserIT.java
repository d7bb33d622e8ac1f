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
import java.util.List;

import static com.salesteam.jira.browser.SandboxBrowser.recordTimers;
import static com.salesteam.jira.browser.SandboxBrowser.runFiveMinuteTimers;
import static com.salesteam.jira.browser.SandboxBrowser.screenshotOf;
import static com.salesteam.jira.browser.SandboxBrowser.waiting;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The Competition Standings gadget in headless Chromium against the sandbox and its demo competitions ("Deals won
 * sprint" running this month, "Revenue race" finished last month and frozen when the sandbox started), set up by
 * {@link SandboxBrowser}. Screenshots land in target/screenshots/.
 */
public class CompetitionBrowserIT {

    @ClassRule
    public static final SandboxBrowser SANDBOX = new SandboxBrowser("sandbox-competition-browser", Clock.systemUTC());

    private WebDriver browser;

    @Rule
    public final TestRule chromium = SANDBOX.chromiumForEachTest(opened -> browser = opened);

    private WebElement openGadget(String user, String language) {
        SANDBOX.logIn(browser, user, language);
        // tall enough that every gadget, with all its rows, is inside the window
        browser.manage().window().setSize(new Dimension(1280, 3200));
        browser.get(SANDBOX.baseUrl() + "/dashboard");
        return browser.findElement(By.id("gadget-competition-gadget"));
    }

    private List<WebElement> rows(WebElement gadget) {
        return gadget.findElements(By.className("salesteam-competition-row"));
    }

    private void pick(WebElement gadget, String name) {
        Select picker = new Select(gadget.findElement(By.className("salesteam-competition-pick")));
        picker.getOptions().stream().filter(option -> option.getText().startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " to pick")).click();
    }

    @Test
    public void aManagerSeesTheRunningCompetitionRankedWithBarsAndDaysLeft() throws Exception {
        WebElement gadget = openGadget("m.garcia", "en");

        assertTrue(new Select(gadget.findElement(By.className("salesteam-competition-pick"))).getFirstSelectedOption()
                .getText().startsWith("Deals won sprint"));
        waiting(browser).until(driver -> !gadget.findElement(By.className("salesteam-competition-state")).getText().isEmpty());
        String state = gadget.findElement(By.className("salesteam-competition-state")).getText();
        assertTrue(state, state.matches("\\d+ days left|Last day"));
        WebElement empty = gadget.findElement(By.className("salesteam-competition-empty"));
        if (empty.isDisplayed()) {
            // early in a month nobody may have won a deal yet: the gadget says so instead of ranking zeros
            assertEquals("No one has scored yet.", empty.getText());
        } else {
            List<WebElement> rows = rows(gadget);
            assertTrue("EMEA Enterprise with its sub-team: " + rows.size(), rows.size() >= 10);
            assertEquals("1", rows.get(0).getAttribute("data-rank"));
            assertFalse(rows.get(0).findElement(By.className("salesteam-competition-avatar")).getText().isEmpty());
            assertTrue("the leader's bar is full", rows.get(0).findElement(By.className("salesteam-competition-bar"))
                    .getAttribute("style").contains("width: 100%"));
            assertTrue("counts for the manager", rows.get(0).findElement(By.className("salesteam-competition-value"))
                    .getText().matches("\\d+"));
        }
        assertTrue("no winner before the end", gadget.findElements(By.className("salesteam-competition-winner")).isEmpty());
        assertTrue(gadget.findElement(By.className("salesteam-competition-history")).getAttribute("href")
                .endsWith("/jira/plugins/servlet/salesteam/competitions"));
        screenshotOf(gadget, "competition-gadget-manager");
    }

    @Test
    public void aFinishedCompetitionShowsItsFrozenWinners() throws Exception {
        WebElement gadget = openGadget("m.garcia", "en");
        pick(gadget, "Revenue race");

        waiting(browser).until(driver -> gadget.findElement(By.className("salesteam-competition-final")).isDisplayed()
                && !rows(gadget).isEmpty());
        assertEquals("Finished", gadget.findElement(By.className("salesteam-competition-state")).getText());
        assertEquals("Final standings", gadget.findElement(By.className("salesteam-competition-final")).getText());
        List<WebElement> winners = gadget.findElements(By.className("salesteam-competition-winner"));
        assertTrue("first and second place win", winners.size() >= 2);
        assertEquals("1", winners.get(0).getAttribute("data-rank"));
        assertTrue(winners.get(0).getText(), winners.get(0).getText().contains("Weekend in Lisbon"));
        assertTrue(winners.get(0).findElement(By.className("salesteam-competition-cup")).getAttribute("aria-label")
                .startsWith("Winner"));
        assertTrue("euros for the manager", winners.get(0).findElement(By.className("salesteam-competition-value"))
                .getText().contains("€"));
        assertTrue("the rest did not win", rows(gadget).size() > winners.size());
        screenshotOf(gadget, "competition-gadget-finished");
    }

    @Test
    public void aRepSeesTheirOwnAmountAndNoneOfTheHiddenOnesInChinese() throws Exception {
        WebElement gadget = openGadget("e.johnson", "zh_CN");
        pick(gadget, "Revenue race");

        waiting(browser).until(driver -> gadget.findElement(By.className("salesteam-competition-final")).isDisplayed()
                && !rows(gadget).isEmpty());
        assertEquals("最终排名", gadget.findElement(By.className("salesteam-competition-final")).getText());
        assertEquals("其他参与者的金额不共享，仅显示其名次。",
                gadget.findElement(By.className("salesteam-competition-note")).getText());
        for (WebElement row : rows(gadget)) {
            String value = row.findElement(By.className("salesteam-competition-value")).getText();
            if ("e.johnson".equals(row.getAttribute("data-user"))) {
                assertTrue("her own row is highlighted", row.getAttribute("class").contains("salesteam-competition-self"));
                assertTrue("her own amount: " + value, value.contains("€"));
            } else {
                assertEquals("no one else's amount", "已隐藏", value);
                assertTrue("no bar for a hidden amount", row.findElements(By.className("salesteam-competition-bar")).isEmpty());
            }
        }
        screenshotOf(gadget, "competition-gadget-rep");
    }

    @Test
    public void rowsShowTheirBadgesAndTheTopPickerKeepsTheViewersOwnPlaceApart() throws Exception {
        WebElement gadget = openGadget("m.garcia", "en");
        pick(gadget, "Revenue race");
        new Select(gadget.findElement(By.className("salesteam-competition-top"))).selectByValue("25");
        waiting(browser).until(driver -> rows(gadget).size() > 10);
        List<WebElement> badges = gadget.findElements(By.cssSelector(".salesteam-competition-badges .salesteam-badge"));
        assertFalse("the demo reps' badges", badges.isEmpty());
        for (WebElement badge : badges) {
            String tooltip = badge.getAttribute("title");
            assertTrue(tooltip, tooltip.contains(": "));
            assertEquals(tooltip, badge.getAttribute("aria-label"));
        }
        assertTrue("a first deal names its issue to a manager who may browse it", badges.stream()
                .map(badge -> badge.getAttribute("title")).anyMatch(title -> title.matches("First deal won: Won SALES-\\d+.*")));
        assertTrue("no movement arrow: a competition has no earlier standings",
                gadget.findElements(By.cssSelector("[class*='-move']")).isEmpty());
        screenshotOf(gadget, "competition-gadget-badges");
        WebElement lastRow = rows(gadget).get(rows(gadget).size() - 1);
        String last = lastRow.getAttribute("data-user");
        String lastRank = lastRow.getAttribute("data-rank");

        WebElement theirs = openGadget(last, "en");
        pick(theirs, "Revenue race");
        new Select(theirs.findElement(By.className("salesteam-competition-top"))).selectByValue("5");
        waiting(browser).until(driver -> rows(theirs).size() == 6);
        assertEquals(1, theirs.findElements(By.className("salesteam-competition-gap")).size());
        WebElement own = rows(theirs).get(5);
        assertEquals(last, own.getAttribute("data-user"));
        assertTrue(own.getAttribute("class").contains("salesteam-competition-self"));
        assertEquals("their place, not the sixth row", lastRank, own.getAttribute("data-rank"));
        screenshotOf(theirs, "competition-gadget-own-place");
    }

    @Test
    public void theStandingsReloadThemselvesEveryFiveMinutes() throws Exception {
        recordTimers(browser);
        WebElement gadget = openGadget("m.garcia", "en");
        pick(gadget, "Revenue race");
        waiting(browser).until(driver -> !rows(gadget).isEmpty());
        WebElement first = rows(gadget).get(0);

        Object timers = runFiveMinuteTimers(browser, "/competition-gadget.js");
        assertEquals("one five-minute timer", 1L, timers);
        waiting(browser).until(ExpectedConditions.stalenessOf(first));
        waiting(browser).until(driver -> !rows(gadget).isEmpty());
    }

    private static String row(int rank, String user, String value) {
        return "{\"rank\":" + rank + ",\"userKey\":\"" + user + "\",\"name\":\"" + user + "\",\"value\":\"" + value
                + "\",\"formatted\":\"" + value + "\",\"percent\":null,\"percentFormatted\":null,\"winner\":false,"
                + "\"prize\":\"\",\"self\":false,\"movement\":null,\"badges\":[]}";
    }

    /** Draws the given standings in the gadget: its requests for standings answer with them. */
    private void drawStandings(WebElement gadget, String first, String second) {
        String board = "{\"state\":\"running\",\"daysLeft\":3,\"frozen\":false,\"scoring\":\"absolute\","
                + "\"lowerIsBetter\":true,\"hiddenAmounts\":false,\"withoutTarget\":0,\"withoutValue\":1,"
                + "\"own\":null,\"rows\":[" + row(1, "ann", first) + "," + row(2, "bob", second) + "]}";
        ((JavascriptExecutor) browser).executeScript("var board = arguments[0]; var real = window.fetch;"
                + "window.fetch = function (url, options) {"
                + "  return String(url).indexOf('/rest/salesteam/1.0/competitions/') >= 0"
                + "    ? Promise.resolve(new Response(board, {status: 200, headers: {'Content-Type': 'application/json'}}))"
                + "    : real(url, options);"
                + "};"
                + "arguments[1].dispatchEvent(new Event('change'));",
                board, gadget.findElement(By.className("salesteam-competition-top")));
        // read in the page, so that rows redrawn meanwhile are never stale
        waiting(browser).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var values = arguments[0].querySelectorAll('.salesteam-competition-row .salesteam-competition-value');"
                        + "return values.length === 2 && values[0].textContent === arguments[1]"
                        + " && values[1].textContent === arguments[2];", gadget, first, second)));
    }

    private static String width(WebElement row) {
        return row.findElement(By.className("salesteam-competition-bar")).getAttribute("style");
    }

    @Test
    public void lowerBeingBetterTheBarsAreTheLeadersValueAgainstEachRowsAndNothingLoggedIsSaid() throws Exception {
        WebElement gadget = openGadget("m.garcia", "en");
        waiting(browser).until(driver -> !gadget.findElement(By.className("salesteam-competition-state")).getText().isEmpty());

        drawStandings(gadget, "2.00", "4.00");
        List<WebElement> rows = rows(gadget);
        assertTrue(width(rows.get(0)), width(rows.get(0)).contains("width: 100%"));
        assertTrue("twice the leader's value: half the bar, " + width(rows.get(1)),
                width(rows.get(1)).contains("width: 50%"));
        assertEquals("1 participants have logged nothing yet and are not ranked.",
                gadget.findElement(By.className("salesteam-competition-note")).getText());

        drawStandings(gadget, "0.00", "3.00");
        rows = rows(gadget);
        assertTrue("a leader at zero still has its bar: " + width(rows.get(0)), width(rows.get(0)).contains("width: 100%"));
        assertTrue(width(rows.get(1)), width(rows.get(1)).contains("width: 0%"));
        assertFalse("zeros are scores, not 'no one has scored'",
                gadget.findElement(By.className("salesteam-competition-empty")).isDisplayed());
        screenshotOf(gadget, "competition-gadget-lower-is-better");
    }
}
