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
import static com.salesteam.jira.browser.SandboxBrowser.screenshot;
import static com.salesteam.jira.browser.SandboxBrowser.screenshotOf;
import static com.salesteam.jira.browser.SandboxBrowser.waiting;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * What a person sees in headless Chromium (Debian's chromium and chromium-driver) against the sandbox.
 * Screenshots land in target/screenshots/.
 */
public class SandboxBrowserIT {

    @ClassRule
    public static final SandboxBrowser SANDBOX = new SandboxBrowser("sandbox-browser", Clock.systemUTC());

    private WebDriver browser;

    @Rule
    public final TestRule chromium = SANDBOX.chromiumForEachTest(opened -> browser = opened);

    /** Acts as a demo user; the sandbox's login page, where the browser is left, is checked to list the users. */
    private void logIn(String user, String language) {
        SANDBOX.logIn(browser, user, language);
        assertTrue(new Select(browser.findElement(By.id("sandbox-user"))).getOptions().size() > 20);
    }

    private void openTeamsAdmin() {
        browser.get(SANDBOX.baseUrl() + "/plugins/servlet/salesteam/admin/teams");
        assertTrue("the admin page shows its form: " + browser.getCurrentUrl() + "\n" + browser.getPageSource(),
                !browser.findElements(By.id("salesteam-team-form")).isEmpty());
    }

    @Test
    public void adminCreatesATeamAndItsNameStaysText() throws Exception {
        logIn("admin", "en");
        openTeamsAdmin();
        assertTrue(browser.findElement(By.id("salesteam-teams-table")).getText().contains("EMEA Enterprise"));

        browser.findElement(By.id("salesteam-team-name")).sendKeys("<img src=x onerror=alert(1)> Nordics");
        browser.findElement(By.id("salesteam-team-manager")).sendKeys("j.smith");
        browser.findElement(By.id("salesteam-team-members")).sendKeys("e.johnson\nli.wei");
        browser.findElement(By.cssSelector("#salesteam-team-form button[type=submit]")).click();

        waiting(browser).until(driver -> driver.findElement(By.id("salesteam-teams-table")).getText().contains("Nordics"));
        WebElement table = browser.findElement(By.id("salesteam-teams-table"));
        assertTrue("the name shows as text", table.getText().contains("<img src=x onerror=alert(1)> Nordics"));
        assertTrue("no element was injected", table.findElements(By.tagName("img")).isEmpty());
        screenshot(browser, "teams-admin-created");
    }

    @Test
    public void anEmptyNameIsExplainedAtTheField() throws Exception {
        logIn("admin", "zh_CN");
        openTeamsAdmin();

        browser.findElement(By.cssSelector("#salesteam-team-form button[type=submit]")).click();

        WebElement error = browser.findElement(By.cssSelector(".salesteam-field-error[data-field=name]"));
        waiting(browser).until(driver -> !error.getText().isEmpty());
        assertEquals("请输入团队名称。", error.getText());
        screenshot(browser, "teams-admin-field-error-zh");
    }

    @Test
    public void adminPreviewsThenSetsUpADealProject() throws Exception {
        logIn("admin", "en");
        browser.get(SANDBOX.baseUrl() + "/plugins/servlet/salesteam/admin/setup");
        assertFalse("the setup page shows its form: " + browser.getCurrentUrl() + "\n" + browser.getPageSource(),
                browser.findElements(By.id("salesteam-setup-form")).isEmpty());
        new Select(browser.findElement(By.id("salesteam-setup-project"))).selectByValue("SALES");
        WebElement apply = browser.findElement(By.id("salesteam-setup-apply"));
        assertFalse("nothing to set up before a preview", apply.isEnabled());

        browser.findElement(By.id("salesteam-setup-preview")).click();
        WebElement steps = browser.findElement(By.id("salesteam-setup-steps"));
        waiting(browser).until(driver -> steps.isDisplayed() && steps.getText().contains("Deal Amount"));
        assertTrue(steps.getText().contains("Will be created"));
        assertTrue(browser.findElement(By.id("salesteam-setup-message")).getText().contains("Nothing has changed yet"));
        screenshot(browser, "setup-preview");

        waiting(browser).until(driver -> apply.isEnabled());
        apply.click();
        waiting(browser).until(driver -> driver.findElement(By.id("salesteam-setup-message")).getText().startsWith("Done"));
        assertTrue(steps.getText().contains("Created"));
        assertFalse("a run is not repeated from the same page", apply.isEnabled());

        browser.findElement(By.id("salesteam-setup-preview")).click();
        waiting(browser).until(driver -> driver.findElement(By.id("salesteam-setup-message")).getText().contains("fully set up"));
        screenshot(browser, "setup-done");
    }

    @Test
    public void adminEditsAYearOfQuotasInTheGridAndABadCellIsPointedOut() throws Exception {
        logIn("admin", "en");
        browser.get(SANDBOX.baseUrl() + "/plugins/servlet/salesteam/admin/quotas");
        if (browser.findElements(By.id("salesteam-quota-grid")).isEmpty()) {
            // once seen under load: the page as served, to tell a slow load from a wrong page
            browser.navigate().refresh();
        }
        assertFalse("the quotas page shows its grid: " + browser.getCurrentUrl() + "\n" + browser.getPageSource(),
                browser.findElements(By.id("salesteam-quota-grid")).isEmpty());
        WebElement grid = browser.findElement(By.id("salesteam-quota-grid"));
        waiting(browser).until(driver -> "false".equals(grid.getAttribute("aria-busy")));
        assertEquals(5, grid.findElements(By.cssSelector("thead th")).size());
        new Select(browser.findElement(By.id("salesteam-quota-metric"))).selectByValue("deals-won");
        waiting(browser).until(driver -> "false".equals(grid.getAttribute("aria-busy"))
                && !driver.findElements(By.cssSelector("tbody tr:nth-child(2) input.salesteam-quota-cell")).isEmpty());
        WebElement cell = grid.findElement(By.cssSelector("tbody tr:nth-child(2) td:nth-child(2) input"));
        cell.clear();
        cell.sendKeys("-3");
        browser.findElement(By.id("salesteam-quota-save")).click();
        waiting(browser).until(driver -> cell.getAttribute("class").contains("salesteam-quota-cell-error"));
        assertTrue(browser.findElement(By.id("salesteam-quota-errors")).getText().contains("Enter a whole number"));
        screenshot(browser, "quotas-grid-error");

        cell.clear();
        cell.sendKeys("17");
        browser.findElement(By.id("salesteam-quota-save")).click();
        waiting(browser).until(driver -> driver.findElement(By.id("salesteam-quotas-message")).getText().startsWith("Saved"));
        waiting(browser).until(driver -> "false".equals(grid.getAttribute("aria-busy")));
        waiting(browser).until(driver -> "17".equals(driver.findElement(
                By.cssSelector("#salesteam-quota-grid tbody tr:nth-child(2) td:nth-child(2) input")).getAttribute("value")));
        screenshot(browser, "quotas-grid-saved");

        chooseSharing("team-without-amounts");
        browser.get(SANDBOX.baseUrl() + "/rest/salesteam/1.0/settings/attainment-visibility");
        assertTrue(browser.getPageSource(), browser.getPageSource().contains("\"showTeamToReps\":true")
                && browser.getPageSource().contains("\"hideAmounts\":true"));
        browser.get(SANDBOX.baseUrl() + "/plugins/servlet/salesteam/admin/quotas");
        assertTrue(browser.findElement(By.id("salesteam-quota-sharing-team-without-amounts")).isSelected());
        chooseSharing("own-row");
    }

    /** Saves what reps see on the quotas page, as an admin would. */
    private void chooseSharing(String choice) {
        browser.findElement(By.id("salesteam-quota-sharing-" + choice)).click();
        browser.findElement(By.id("salesteam-quota-sharing-save")).click();
        waiting(browser).until(driver -> driver.findElement(By.id("salesteam-quotas-message")).getText().startsWith("Saved."));
    }

    @Test
    public void aRepSeesNoAdminPageAndOnlyTheirOwnForecast() throws Exception {
        logIn("li.wei", "zh_CN");
        browser.get(SANDBOX.baseUrl() + "/plugins/servlet/salesteam/admin/teams");
        assertFalse(browser.getPageSource().contains("salesteam-team-form"));

        browser.get(SANDBOX.baseUrl() + "/dashboard");
        WebElement gadget = browser.findElement(By.id("gadget-forecast-gadget"));
        Select scope = new Select(gadget.findElement(By.className("salesteam-forecast-scope")));
        assertEquals(1, scope.getOptions().size());
        waiting(browser).until(driver -> gadget.findElement(By.className("salesteam-forecast-caption")).getText().contains("李伟"));
        assertTrue(gadget.findElement(By.className("salesteam-forecast-figures")).getText().contains("CNY"));
        assertTrue(browser.findElement(By.id("sandbox-caller")).getText().contains("李伟"));
        assertFalse("a rep has no team calls to read or make",
                gadget.findElement(By.className("salesteam-forecast-calls")).isDisplayed());
        screenshot(browser, "forecast-gadget-rep-zh");
    }

    @Test
    public void aManagerSeesTheTeamForecastAndFunnelAndThePeriodPickerChangesThem() throws Exception {
        logIn("m.garcia", "en");
        browser.get(SANDBOX.baseUrl() + "/dashboard");
        WebElement gadget = browser.findElement(By.id("gadget-forecast-gadget"));
        Select scope = new Select(gadget.findElement(By.className("salesteam-forecast-scope")));
        scope.selectByVisibleText("EMEA Enterprise");
        WebElement caption = gadget.findElement(By.className("salesteam-forecast-caption"));
        waiting(browser).until(driver -> caption.getText().startsWith("EMEA Enterprise"));
        WebElement calls = gadget.findElement(By.className("salesteam-forecast-calls"));
        waiting(browser).until(driver -> calls.isDisplayed());
        WebElement form = calls.findElement(By.className("salesteam-forecast-call-form"));
        form.findElement(By.name("amount")).sendKeys("abc");
        form.findElement(By.tagName("button")).click();
        waiting(browser).until(driver -> !form.findElement(By.className("salesteam-forecast-call-error")).getText().isEmpty());
        assertTrue(form.getText().contains("Enter the amount as digits"));

        form.findElement(By.name("amount")).clear();
        form.findElement(By.name("amount")).sendKeys("EUR 250000");
        form.findElement(By.name("note")).sendKeys("<img src=x onerror=alert(1)>");
        form.findElement(By.tagName("button")).click();
        waiting(browser).until(driver -> calls.findElements(By.tagName("li")).size() == 1);
        assertTrue(calls.getText(), calls.getText().contains("Commit: €250,000.00 (by Maria Garcia on "));
        assertTrue("the note stays text", calls.findElements(By.tagName("img")).isEmpty());
        String firstFigures = gadget.findElement(By.className("salesteam-forecast-figures")).getText();
        assertTrue(firstFigures, firstFigures.contains("EUR"));
        assertFalse("the funnel has stages", gadget.findElements(By.className("salesteam-funnel-stage")).isEmpty());
        screenshot(browser, "forecast-gadget-manager");

        Select period = new Select(gadget.findElement(By.className("salesteam-forecast-period")));
        String before = caption.getText();
        period.selectByIndex(1);
        waiting(browser).until(driver -> !caption.getText().equals(before));
        // the option reads "Last quarter (Q1 FY2026)": the caption names the period in the brackets
        String option = period.getFirstSelectedOption().getText();
        assertTrue(caption.getText(), caption.getText().contains(option.substring(option.indexOf('(') + 1,
                option.lastIndexOf(')'))));
    }

    // --- Quota Attainment gadget ---

    private WebElement openAttainmentGadget(String user, String language) {
        logIn(user, language);
        browser.get(SANDBOX.baseUrl() + "/dashboard");
        return browser.findElement(By.id("gadget-quota-attainment-gadget"));
    }

    private String rowsText(WebElement gadget) {
        return gadget.findElement(By.cssSelector(".salesteam-attainment-table tbody")).getText();
    }

    @Test
    public void aManagerSeesAttainmentBarsWithPaceAndThePeriodPickerChangesTheFigures() throws Exception {
        WebElement gadget = openAttainmentGadget("m.garcia", "en");
        new Select(gadget.findElement(By.className("salesteam-attainment-team"))).selectByVisibleText("EMEA Enterprise");
        waiting(browser).until(driver -> gadget.findElement(By.className("salesteam-attainment-caption")).getText()
                .startsWith("EMEA Enterprise") && gadget.findElements(By.cssSelector("tbody tr")).size() == 7);

        assertEquals("every member has a bar", 7, gadget.findElements(By.cssSelector("tbody .salesteam-attainment-track")).size());
        assertEquals("and a pace marker", 7, gadget.findElements(By.cssSelector("tbody .salesteam-attainment-pace")).size());
        String rows = rowsText(gadget);
        assertTrue(rows, rows.contains("Emma Johnson") && rows.contains("%") && rows.contains("€"));
        assertTrue("the team's total row", gadget.findElement(By.className("salesteam-attainment-total")).getText()
                .contains("EMEA Enterprise · Team total"));
        assertTrue("some demo reps are behind pace", rows.contains("Behind pace"));
        screenshot(browser, "attainment-gadget-manager");

        Select period = new Select(gadget.findElement(By.className("salesteam-attainment-period")));
        period.selectByIndex(1);
        waiting(browser).until(driver -> !rowsText(gadget).equals(rows) && !rowsText(gadget).isEmpty());
        assertTrue(gadget.findElement(By.className("salesteam-attainment-caption")).getText()
                .contains(period.getFirstSelectedOption().getText()));
        assertTrue("the previous quarter is over: its pace marker stands at 100 % of quota",
                gadget.findElement(By.cssSelector("tbody .salesteam-attainment-pace")).getAttribute("style")
                        .contains("left: 66.6"));

        new Select(gadget.findElement(By.className("salesteam-attainment-metric"))).selectByValue("deals-won");
        waiting(browser).until(driver -> !rowsText(gadget).contains("€") && !rowsText(gadget).isEmpty());
    }

    @Test
    public void aManagerReadsTheGadgetInChinese() throws Exception {
        WebElement gadget = openAttainmentGadget("wang.fang", "zh_CN");
        waiting(browser).until(driver -> gadget.findElements(By.cssSelector("tbody tr")).size() == 7);
        assertTrue(rowsText(gadget), rowsText(gadget).contains("李伟"));
        assertTrue(gadget.findElement(By.className("salesteam-attainment-total")).getText().contains("团队合计"));
        assertTrue(gadget.getText().contains("配额达成") || browser.findElement(By.cssSelector(
                "#gadget-quota-attainment-gadget h2")).getText().equals("配额达成"));
        screenshot(browser, "attainment-gadget-manager-zh");
    }

    @Test
    public void aRepSeesOnlyTheirOwnRowWhileTheTeamIsNotShared() throws Exception {
        WebElement gadget = openAttainmentGadget("l.brown", "en");
        Select team = new Select(gadget.findElement(By.className("salesteam-attainment-team")));
        assertEquals("the rep's own team only", 1, team.getOptions().size());
        waiting(browser).until(driver -> gadget.findElements(By.cssSelector("tbody tr")).size() == 1);

        WebElement row = gadget.findElement(By.cssSelector("tbody tr"));
        assertEquals("l.brown", row.getAttribute("data-subject"));
        assertTrue(row.getText().contains("Liam Brown"));
        assertTrue("no team total", gadget.findElements(By.className("salesteam-attainment-total")).isEmpty());
        WebElement note = gadget.findElement(By.className("salesteam-attainment-shared"));
        assertTrue(note.isDisplayed());
        assertEquals("Your team’s other figures are not shared with reps.", note.getText());
        screenshot(browser, "attainment-gadget-rep");
    }

    @Test
    public void aPeriodWithoutQuotasSaysWhatToDo() throws Exception {
        WebElement gadget = openAttainmentGadget("m.garcia", "en");
        waiting(browser).until(driver -> !gadget.findElements(By.cssSelector("tbody tr")).isEmpty());
        Select period = new Select(gadget.findElement(By.className("salesteam-attainment-period")));
        period.selectByIndex(2);

        WebElement empty = gadget.findElement(By.className("salesteam-attainment-empty"));
        waiting(browser).until(driver -> empty.isDisplayed());
        assertEquals("No quotas are set for this period. Set quotas on the Quotas admin page or import a CSV.",
                empty.getText());
        assertFalse(gadget.findElement(By.className("salesteam-attainment-table")).isDisplayed());
        screenshot(browser, "attainment-gadget-no-quotas");
    }

    // --- Leaderboard gadget ---

    private WebElement openLeaderboardGadget(String user, String language) {
        logIn(user, language);
        // tall enough that the last gadget, with all its rows, is inside the window the screenshots capture
        browser.manage().window().setSize(new Dimension(1280, 2400));
        browser.get(SANDBOX.baseUrl() + "/dashboard");
        return browser.findElement(By.id("gadget-leaderboard-gadget"));
    }

    private String leaderboardText(WebElement gadget) {
        return gadget.findElement(By.className("salesteam-leaderboard-rows")).getText();
    }

    /** Sets the leaderboard privacy over the admin REST API as the admin, and returns what was set before. */
    private String setLeaderboardPrivacy(String json) {
        logIn("admin", "en");
        browser.get(SANDBOX.baseUrl() + "/");
        Object before = ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1], url = arguments[0], body = arguments[1];"
                        + "fetch(url).then(r => r.text()).then(old => fetch(url, {method: 'PUT', body: body,"
                        + " headers: {'Content-Type': 'application/json'}}).then(r => done(r.ok ? old : 'failed ' + r.status)));",
                SANDBOX.baseUrl() + "/rest/salesteam/1.0/settings/leaderboard-privacy", json);
        assertFalse(String.valueOf(before), String.valueOf(before).startsWith("failed"));
        return (String) before;
    }

    @Test
    public void aManagerSeesRankedRowsWithBarsAndThePeriodPickerChangesTheRanking() throws Exception {
        WebElement gadget = openLeaderboardGadget("m.garcia", "en");
        new Select(gadget.findElement(By.className("salesteam-leaderboard-team"))).selectByVisibleText("EMEA Enterprise");
        // the default board, revenue won, counts the sandbox's default currency, euros like EMEA's demo deals
        waiting(browser).until(driver -> gadget.findElements(By.className("salesteam-leaderboard-row")).size() >= 5);
        assertFalse(gadget.findElement(By.className("salesteam-leaderboard-empty")).isDisplayed());
        List<WebElement> rows = gadget.findElements(By.className("salesteam-leaderboard-row"));
        assertTrue(leaderboardText(gadget), rows.get(0).findElement(By.className("salesteam-leaderboard-value"))
                .getText().matches("€[1-9][0-9,]*\\.[0-9]{2}"));
        assertEquals("1", rows.get(0).getAttribute("data-rank"));
        int previous = 0;
        for (WebElement row : rows) {
            int rank = Integer.parseInt(row.getAttribute("data-rank"));
            assertTrue("ranked in order", rank >= previous);
            previous = rank;
            assertFalse("initials", row.findElement(By.className("salesteam-leaderboard-avatar")).getText().isEmpty());
            assertTrue("a figure, not hidden", row.findElement(By.className("salesteam-leaderboard-value")).getText()
                    .startsWith("€"));
            String label = row.findElement(By.className("salesteam-leaderboard-move")).getAttribute("aria-label");
            assertTrue(label, label.contains("previous period"));
        }
        screenshotOf(gadget, "leaderboard-gadget-manager");
        assertTrue("the leader's bar is full", rows.get(0).findElement(By.className("salesteam-leaderboard-bar"))
                .getAttribute("style").contains("width: 100%"));
        assertEquals("every rep has a bar", rows.size(),
                gadget.findElements(By.cssSelector(".salesteam-leaderboard-track:not(.salesteam-leaderboard-nobar)")).size());

        // the quarter before: every demo rep won deals in both quarters, at random amounts, so the order differs
        List<String> thisQuarter = rankedUsers(gadget);
        new Select(gadget.findElement(By.className("salesteam-leaderboard-period"))).selectByIndex(1);
        waiting(browser).until(driver -> rankedUsers(gadget).size() == thisQuarter.size()
                && !rankedUsers(gadget).equals(thisQuarter));
        assertNotEquals(thisQuarter, rankedUsers(gadget));

        new Select(gadget.findElement(By.className("salesteam-leaderboard-top"))).selectByValue("5");
        waiting(browser).until(driver -> gadget.findElements(By.className("salesteam-leaderboard-row")).size() == 5);
    }

    /** The people of the board's rows, in their order. */
    private static List<String> rankedUsers(WebElement gadget) {
        return gadget.findElements(By.className("salesteam-leaderboard-row")).stream()
                .map(row -> row.getAttribute("data-user")).toList();
    }

    @Test
    public void theLeaderboardReloadsItselfEveryFiveMinutes() throws Exception {
        recordTimers(browser);
        WebElement gadget = openLeaderboardGadget("m.garcia", "en");
        new Select(gadget.findElement(By.className("salesteam-leaderboard-metric"))).selectByValue("deals-won");
        waiting(browser).until(driver -> !gadget.findElements(By.className("salesteam-leaderboard-row")).isEmpty());
        WebElement first = gadget.findElement(By.className("salesteam-leaderboard-row"));

        Object timers = runFiveMinuteTimers(browser, "/leaderboard-gadget.js");
        assertEquals("one five-minute timer", 1L, timers);
        waiting(browser).until(ExpectedConditions.stalenessOf(first));
        waiting(browser).until(driver -> !gadget.findElements(By.className("salesteam-leaderboard-row")).isEmpty());
    }

    @Test
    public void aRepSeesThatLeaderboardsAreNotSharedWithTheDefaultPrivacy() throws Exception {
        WebElement gadget = openLeaderboardGadget("l.brown", "en");
        assertEquals("the rep's own team only", 1,
                new Select(gadget.findElement(By.className("salesteam-leaderboard-team"))).getOptions().size());
        WebElement empty = gadget.findElement(By.className("salesteam-leaderboard-empty"));
        waiting(browser).until(driver -> empty.isDisplayed());
        assertTrue(empty.getText(), empty.getText().startsWith("Your admin has not shared leaderboards with reps."));
        assertFalse(gadget.findElement(By.className("salesteam-leaderboard-rows")).isDisplayed());
        screenshotOf(gadget, "leaderboard-gadget-rep");
    }

    @Test
    public void aRepSeesTheirOwnRowHighlightedAndOthersAmountsHiddenOnceShared() throws Exception {
        String before = setLeaderboardPrivacy("{\"showToReps\":true,\"hideAmountsFromReps\":true,\"excluded\":[]}");
        try {
            WebElement gadget = openLeaderboardGadget("li.wei", "zh_CN");
            // by name: another test puts li.wei on a second team, which may come first
            new Select(gadget.findElement(By.className("salesteam-leaderboard-team"))).selectByVisibleText("华东区销售");
            new Select(gadget.findElement(By.className("salesteam-leaderboard-metric"))).selectByValue("deals-won");
            waiting(browser).until(driver -> !gadget.findElements(By.className("salesteam-leaderboard-self")).isEmpty()
                    && gadget.findElements(By.className("salesteam-leaderboard-row")).size() == 7
                    && !leaderboardText(gadget).contains("€"));
            WebElement own = gadget.findElement(By.className("salesteam-leaderboard-self"));
            assertEquals("li.wei", own.getAttribute("data-user"));
            assertFalse("the rep sees their own amount", own.getText().contains("已隐藏"));
            assertTrue("and not the others'", leaderboardText(gadget).contains("已隐藏"));
            assertTrue(gadget.findElement(By.className("salesteam-leaderboard-note")).getText()
                    .contains("其他销售代表的金额不向销售代表共享"));
            screenshotOf(gadget, "leaderboard-gadget-rep-shared-zh");

            // the last of the team's seven reps, shown the top 5, finds their own row below them
            List<WebElement> rows = gadget.findElements(By.className("salesteam-leaderboard-row"));
            assertEquals(7, rows.size());
            String last = rows.get(6).getAttribute("data-user");
            WebElement theirs = openLeaderboardGadget(last, "en");
            new Select(theirs.findElement(By.className("salesteam-leaderboard-team"))).selectByVisibleText("华东区销售");
            new Select(theirs.findElement(By.className("salesteam-leaderboard-metric"))).selectByValue("deals-won");
            new Select(theirs.findElement(By.className("salesteam-leaderboard-top"))).selectByValue("5");
            waiting(browser).until(driver -> theirs.findElements(By.className("salesteam-leaderboard-row")).size() == 6
                    && !leaderboardText(theirs).contains("€"));
            assertFalse(theirs.findElements(By.className("salesteam-leaderboard-gap")).isEmpty());
            WebElement below = theirs.findElements(By.className("salesteam-leaderboard-row")).get(5);
            assertEquals(last, below.getAttribute("data-user"));
            assertTrue(below.getAttribute("class").contains("salesteam-leaderboard-self"));
            assertTrue(below.getText(), below.getText().contains("you"));
            screenshotOf(theirs, "leaderboard-gadget-rep-own-row");
        } finally {
            setLeaderboardPrivacy(before);
        }
    }

    // --- Commission pages ---

    @Test
    public void aDemoRepReadsTheirCommissionStatementLineByLine() throws Exception {
        logIn("e.johnson", "en");
        browser.get(SANDBOX.baseUrl() + "/plugins/servlet/salesteam/commission/statement");

        WebElement lines = browser.findElement(By.id("salesteam-statement-lines"));
        assertFalse("the demo plan credits this quarter's won deals", lines.findElements(By.cssSelector("tbody tr")).isEmpty());
        assertTrue(lines.getText(), lines.getText().contains("at 4 %"));
        assertTrue(browser.findElement(By.id("salesteam-statement-plan")).getText().contains("EMEA marginal"));
        assertTrue(browser.findElement(By.id("salesteam-statement-net")).getText().endsWith("EUR"));
        assertTrue(browser.findElement(By.id("salesteam-statement-csv")).getAttribute("href").contains("/csv?period="));
        screenshot(browser, "commission-statement");
    }

    @Test
    public void overlappingTiersAreExplainedAtTheirFields() throws Exception {
        logIn("admin", "en");
        browser.get(SANDBOX.baseUrl() + "/plugins/servlet/salesteam/admin/commission");
        // once seen without its plans table in a full build: the page as served says why if it happens again
        assertTrue("the commission page lists its plans: " + browser.getCurrentUrl() + "\n" + browser.getPageSource(),
                !browser.findElements(By.id("salesteam-commission-plans")).isEmpty());
        assertTrue(browser.findElement(By.id("salesteam-commission-plans")).getText().contains("EMEA marginal"));

        browser.findElement(By.id("salesteam-commission-name")).sendKeys("<b>Overlap</b>");
        browser.findElement(By.cssSelector("[data-input='tiers[0].to']")).sendKeys("100000");
        browser.findElement(By.cssSelector("[data-input='tiers[0].rate']")).sendKeys("150");
        browser.findElement(By.id("salesteam-commission-add-tier")).click();
        browser.findElement(By.cssSelector("[data-input='tiers[1].from']")).sendKeys("50000");
        browser.findElement(By.cssSelector("[data-input='tiers[1].rate']")).sendKeys("6");
        browser.findElement(By.id("salesteam-commission-save")).click();

        WebElement rate = browser.findElement(By.cssSelector(".salesteam-field-error[data-field='tiers[0].rate']"));
        waiting(browser).until(driver -> !rate.getText().isEmpty());
        assertTrue(rate.getText(), rate.getText().startsWith("150 % is not a rate"));
        assertTrue(browser.findElement(By.cssSelector(".salesteam-field-error[data-field='tiers[1].from']")).getText()
                .contains("must not overlap"));
        screenshot(browser, "commission-admin-tier-errors");
    }
}
