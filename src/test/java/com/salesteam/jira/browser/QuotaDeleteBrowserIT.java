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
import org.openqa.selenium.support.ui.Select;

import java.time.Clock;
import java.util.List;

import static com.salesteam.jira.browser.SandboxBrowser.screenshot;
import static com.salesteam.jira.browser.SandboxBrowser.waiting;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * An admin removes quotas in the quotas grid in headless Chromium: an emptied cell, then a whole row with its clear
 * button, each saved only after confirming. The demo gives every rep a deals-won quota in this quarter and the last.
 * A sandbox of its own, since the quotas are gone afterwards.
 */
public class QuotaDeleteBrowserIT {

    private static final String CELLS = "#salesteam-quota-grid tbody tr input.salesteam-quota-cell";

    @ClassRule
    public static final SandboxBrowser SANDBOX = new SandboxBrowser("sandbox-quota-delete-browser",
            Clock.systemUTC());

    private WebDriver browser;

    @Rule
    public final TestRule chromium = SANDBOX.chromiumForEachTest(opened -> browser = opened);

    private WebElement openDealsWonGrid(String language) {
        SANDBOX.logIn(browser, "admin", language);
        browser.get(SANDBOX.baseUrl() + "/plugins/servlet/salesteam/admin/quotas");
        WebElement grid = waiting(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.id("salesteam-quota-grid")));
        waiting(browser).until(driver -> "false".equals(grid.getAttribute("aria-busy")));
        new Select(browser.findElement(By.id("salesteam-quota-metric"))).selectByValue("deals-won");
        waiting(browser).until(driver -> "false".equals(grid.getAttribute("aria-busy")) && filled().size() >= 2);
        return grid;
    }

    /** The editable cells holding a quota, in grid order. */
    private List<WebElement> filled() {
        return browser.findElements(By.cssSelector(CELLS)).stream()
                .filter(cell -> cell.isEnabled() && !cell.getAttribute("value").isEmpty()).toList();
    }

    private Alert save() {
        browser.findElement(By.id("salesteam-quota-save")).click();
        return waiting(browser).until(ExpectedConditions.alertIsPresent());
    }

    @Test
    public void anEmptiedCellIsRemovedOnlyOnceTheAdminConfirms() throws Exception {
        openDealsWonGrid("en");
        int before = filled().size();
        WebElement cell = filled().get(0);
        String label = cell.getAttribute("aria-label");
        cell.clear();

        Alert asked = save();
        assertEquals("Remove the 1 quotas whose cells you emptied? Their removal is kept in the quota history.",
                asked.getText());
        asked.dismiss();
        assertFalse("nothing saved without a yes",
                browser.findElement(By.id("salesteam-quotas-message")).getText().startsWith("Saved"));

        save().accept();
        waiting(browser).until(driver -> driver.findElement(By.id("salesteam-quotas-message")).getText()
                .equals("Saved: 1 quotas created, changed or removed."));
        waiting(browser).until(driver -> filled().size() == before - 1);
        WebElement reloaded = browser.findElement(By.cssSelector(CELLS + "[aria-label='" + label + "']"));
        assertEquals("", reloaded.getAttribute("value"));
        screenshot(browser, "quotas-grid-removed");
    }

    @Test
    public void aRowIsClearedWithItsButtonAndItsQuotasGoAfterConfirming() throws Exception {
        WebElement grid = openDealsWonGrid("zh_CN");
        WebElement row = filled().get(filled().size() - 1).findElement(By.xpath("./ancestor::tr"));
        int inRow = (int) row.findElements(By.cssSelector("input.salesteam-quota-cell")).stream()
                .filter(cell -> !cell.getAttribute("value").isEmpty()).count();
        int before = filled().size();
        WebElement clear = row.findElement(By.cssSelector(".salesteam-quota-clear-row"));
        assertEquals("清空", clear.getText());
        assertTrue(clear.getAttribute("aria-label"), clear.getAttribute("aria-label").startsWith("清空 "));

        clear.click();

        assertTrue("cleared, not yet saved", row.findElements(By.cssSelector("input.salesteam-quota-cell")).stream()
                .allMatch(cell -> cell.getAttribute("value").isEmpty()));
        Alert asked = save();
        assertEquals("删除您清空了单元格的 " + inRow + " 个配额？删除记录会保留在配额历史中。", asked.getText());
        asked.accept();
        waiting(browser).until(driver -> driver.findElement(By.id("salesteam-quotas-message")).getText()
                .startsWith("已保存"));
        waiting(browser).until(driver -> "false".equals(grid.getAttribute("aria-busy"))
                && filled().size() == before - inRow);
        screenshot(browser, "quotas-grid-row-removed");
    }
}
