package com.salesteam.jira.browser;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Clock;

import static com.salesteam.jira.browser.SandboxBrowser.screenshot;
import static com.salesteam.jira.browser.SandboxBrowser.waiting;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The plan editor in headless Chromium: the tier basis is offered for retroactive tiers only, attainment by default,
 * the band columns say % of quota or amount as the basis says, and a plan of attainment tiers is stored and listed.
 * A sandbox of its own, since a plan is added.
 */
public class AttainmentTiersBrowserIT {

    @ClassRule
    public static final SandboxBrowser SANDBOX = new SandboxBrowser("sandbox-attainment-tiers-browser",
            Clock.systemUTC());

    private WebDriver browser;

    @Rule
    public final TestRule chromium = SANDBOX.chromiumForEachTest(opened -> browser = opened);

    private String fromHeader() {
        return browser.findElement(By.id("salesteam-commission-tier-from")).getText();
    }

    @Test
    public void theBasisPickerLabelsTheBandsAndAnAttainmentPlanIsSaved() throws Exception {
        SANDBOX.logIn(browser, "admin", "en");
        browser.get(SANDBOX.baseUrl() + "/plugins/servlet/salesteam/admin/commission");
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("salesteam-commission-plans")));
        WebElement basisGroup = browser.findElement(By.id("salesteam-commission-basis-group"));
        Select kind = new Select(browser.findElement(By.id("salesteam-commission-kind")));
        Select basis = new Select(browser.findElement(By.id("salesteam-commission-basis")));

        kind.selectByValue("marginal-tiers");
        assertFalse("marginal tiers always band the amount", basisGroup.isDisplayed());
        assertEquals("From (amount)", fromHeader());

        kind.selectByValue("retroactive-tiers");
        assertTrue(basisGroup.isDisplayed());
        assertEquals("attainment", basis.getFirstSelectedOption().getAttribute("value"));
        assertEquals("From (% of quota)", fromHeader());
        assertEquals("To (% of quota)", browser.findElement(By.cssSelector("[data-input='tiers[0].to']"))
                .getAttribute("aria-label"));
        basis.selectByValue("amount");
        assertEquals("From (amount)", fromHeader());
        basis.selectByValue("attainment");

        browser.findElement(By.id("salesteam-commission-name")).sendKeys("Quota <b>tiers</b>");
        browser.findElement(By.cssSelector("[data-input='tiers[0].to']")).sendKeys("100");
        browser.findElement(By.cssSelector("[data-input='tiers[0].rate']")).sendKeys("3");
        browser.findElement(By.id("salesteam-commission-add-tier")).click();
        assertEquals("a new row is labelled as the basis says", "From (% of quota)",
                browser.findElement(By.cssSelector("[data-input='tiers[1].from']")).getAttribute("aria-label"));
        browser.findElement(By.cssSelector("[data-input='tiers[1].from']")).sendKeys("100");
        browser.findElement(By.cssSelector("[data-input='tiers[1].rate']")).sendKeys("5");
        screenshot(browser, "commission-admin-attainment-tiers");
        browser.findElement(By.id("salesteam-commission-save")).click();

        waiting(browser).until(driver -> driver.findElement(By.id("salesteam-commission-plans")).getText()
                .contains("Quota <b>tiers</b>"));
        String plans = browser.findElement(By.id("salesteam-commission-plans")).getText();
        assertTrue(plans, plans.contains("Retroactive tiers of attainment"));
    }
}
