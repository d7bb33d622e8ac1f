package com.salesteam.jira.browser;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Clock;
import java.util.List;

import static com.salesteam.jira.browser.SandboxBrowser.screenshotOf;
import static com.salesteam.jira.browser.SandboxBrowser.waiting;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The Leaderboard gadget's metric picker offers the KPI Scorecard and each measured KPI, in both languages, and
 * picking one ranks the team by it (headless Chromium against the sandbox; screenshots in target/screenshots/).
 */
public class LeaderboardKpiBrowserIT {

    @ClassRule
    public static final SandboxBrowser SANDBOX = new SandboxBrowser("leaderboard-kpi-browser", Clock.systemUTC());

    private WebDriver browser;

    @Rule
    public final TestRule chromium = SANDBOX.chromiumForEachTest(opened -> browser = opened);

    private WebElement gadget(String user, String language) {
        SANDBOX.logIn(browser, user, language);
        browser.manage().window().setSize(new Dimension(1280, 2000));
        browser.get(SANDBOX.baseUrl() + "/dashboard");
        WebElement gadget = browser.findElement(By.id("gadget-leaderboard-gadget"));
        new Select(gadget.findElement(By.className("salesteam-leaderboard-team"))).selectByVisibleText("EMEA Enterprise");
        return gadget;
    }

    private static List<String> rowUsers(WebElement gadget) {
        return gadget.findElements(By.className("salesteam-leaderboard-row")).stream()
                .map(row -> row.getAttribute("data-user")).toList();
    }

    @Test
    public void aManagerPicksTheScorecardAndThenAKpi() throws Exception {
        WebElement gadget = gadget("m.garcia", "en");
        Select metric = new Select(gadget.findElement(By.className("salesteam-leaderboard-metric")));
        List<String> offered = metric.getOptions().stream().map(option -> option.getText()).toList();
        assertTrue(offered.toString(), offered.contains("KPI Scorecard"));
        assertTrue(offered.toString(), offered.contains("KPI: Deals won"));
        assertTrue(offered.toString(), offered.contains("KPI: Calls"));

        metric.selectByValue("scorecard");
        // the default board (revenue won, in euros) has rows too: wait for the scores that replace it
        waiting(browser).until(driver -> gadget.findElements(By.className("salesteam-leaderboard-row")).size() >= 5
                && gadget.findElement(By.className("salesteam-leaderboard-value")).getText().matches("\\d+(\\.\\d+)?"));
        assertTrue("values are scores: " + gadget.getText(), gadget.findElement(By.className("salesteam-leaderboard-value"))
                .getText().matches("\\d+(\\.\\d+)?"));
        List<String> byScorecard = rowUsers(gadget);
        screenshotOf(gadget, "leaderboard-scorecard-manager");

        metric.selectByValue("kpi:deals-won");
        waiting(browser).until(driver -> !rowUsers(gadget).isEmpty()
                && gadget.findElement(By.className("salesteam-leaderboard-value")).getText().matches("\\d+"));
        assertEquals("the same reps, ranked by the KPI", byScorecard.size(), rowUsers(gadget).size());
        screenshotOf(gadget, "leaderboard-kpi-deals-won-manager");
    }

    @Test
    public void thePickerSpeaksChinese() throws Exception {
        WebElement gadget = gadget("m.garcia", "zh_CN");
        List<String> offered = new Select(gadget.findElement(By.className("salesteam-leaderboard-metric"))).getOptions()
                .stream().map(option -> option.getText()).toList();
        assertTrue(offered.toString(), offered.contains("KPI 计分卡"));
        assertTrue(offered.toString(), offered.contains("KPI 指标：电话"));
        assertTrue(offered.toString(), offered.contains("KPI 指标：赢单数"));
    }
}
