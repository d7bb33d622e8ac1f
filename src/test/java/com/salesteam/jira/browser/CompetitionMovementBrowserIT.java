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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static com.salesteam.jira.browser.SandboxBrowser.screenshotOf;
import static com.salesteam.jira.browser.SandboxBrowser.waiting;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The Competition Standings gadget's movement since yesterday in headless Chromium against the sandbox: the running
 * "Deals won sprint" has an arrow on every row (except on the first day of the month, when there is no yesterday),
 * the frozen "Revenue race" none. Screenshots land in target/screenshots/.
 */
public class CompetitionMovementBrowserIT {

    @ClassRule
    public static final SandboxBrowser SANDBOX = new SandboxBrowser("sandbox-competition-movement", Clock.systemUTC());

    private WebDriver browser;

    @Rule
    public final TestRule chromium = SANDBOX.chromiumForEachTest(opened -> browser = opened);

    private WebElement openGadget(String user, String language) {
        SANDBOX.logIn(browser, user, language);
        browser.manage().window().setSize(new Dimension(1280, 3200));
        browser.get(SANDBOX.baseUrl() + "/dashboard");
        return browser.findElement(By.id("gadget-competition-gadget"));
    }

    private static List<WebElement> rows(WebElement gadget) {
        return gadget.findElements(By.className("salesteam-competition-row"));
    }

    @Test
    public void aRunningCompetitionShowsEachRowsMovementAndAFrozenOneNone() throws Exception {
        WebElement gadget = openGadget("m.garcia", "en");
        waiting(browser).until(driver -> !gadget.findElement(By.className("salesteam-competition-state")).getText()
                .isEmpty());
        WebElement empty = gadget.findElement(By.className("salesteam-competition-empty"));
        boolean firstDay = LocalDate.now(ZoneOffset.UTC).getDayOfMonth() == 1;
        if (!empty.isDisplayed() && !firstDay) {
            List<WebElement> rows = rows(gadget);
            assertTrue(rows.size() > 1);
            for (WebElement row : rows) {
                WebElement arrow = row.findElement(By.className("salesteam-competition-move"));
                String label = arrow.getAttribute("aria-label");
                assertTrue(label, label.matches("Up \\d+ since yesterday|Down \\d+ since yesterday|Same rank as yesterday"
                        + "|Not ranked yesterday"));
                assertTrue(arrow.getText(), List.of("▲", "▼", "–").contains(arrow.getText()));
            }
            assertEquals("shown", gadget
                    .findElement(By.className("salesteam-competition-gadget")).getAttribute("data-movement"));
            screenshotOf(gadget, "competition-gadget-movement");
        }

        Select picker = new Select(gadget.findElement(By.className("salesteam-competition-pick")));
        picker.getOptions().stream().filter(option -> option.getText().startsWith("Revenue race")).findFirst()
                .orElseThrow(() -> new AssertionError("no Revenue race to pick")).click();
        waiting(browser).until(driver -> gadget.findElement(By.className("salesteam-competition-final")).isDisplayed()
                && !rows(gadget).isEmpty());
        assertTrue("final standings do not move", gadget.findElements(By.className("salesteam-competition-move"))
                .isEmpty());
        assertEquals("none", gadget.findElement(By.className("salesteam-competition-gadget")).getAttribute("data-movement"));
    }
}
