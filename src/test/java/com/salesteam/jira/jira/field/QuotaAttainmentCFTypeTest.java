package com.salesteam.jira.jira.field;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.user.ApplicationUser;
import com.salesteam.jira.jira.deal.DealIssueReader;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.quota.Attainment;
import com.salesteam.jira.model.setup.DealBlueprint;
import com.salesteam.jira.service.AppSettings;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.RepAttainment;
import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The Quota Attainment field on a deal: from the cache only, for those who may see it, rendered by real Velocity. */
public class QuotaAttainmentCFTypeTest {

    private static final LocalDate CLOSE = LocalDate.of(2026, 5, 20);
    private static final Period QUARTER = Period.parse("FY2026-Q2", FiscalCalendar.DEFAULT).orElseThrow();

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CustomFieldManager customFieldManager;
    @Mock
    private AppSettings settings;
    @Mock
    private CurrentUser currentUser;
    @Mock
    private Issue issue;
    @Mock
    private IssueType dealType;
    @Mock
    private ApplicationUser owner;
    @Mock
    private CustomField expectedClose;
    @Mock
    private CustomField field;

    private final List<String> loads = new ArrayList<>();
    private MemoryAttainmentCache cache;
    private QuotaAttainmentCFType type;

    @Before
    public void setUp() {
        when(dealType.getName()).thenReturn(DealBlueprint.ISSUE_TYPE);
        when(issue.getIssueType()).thenReturn(dealType);
        when(owner.getKey()).thenReturn("ann");
        when(issue.getAssignee()).thenReturn(owner);
        when(customFieldManager.getCustomFieldObjectsByName(DealBlueprint.EXPECTED_CLOSE_FIELD))
                .thenReturn(List.of(expectedClose));
        when(issue.getCustomFieldValue(expectedClose))
                .thenReturn(Date.from(CLOSE.atStartOfDay(ZoneId.systemDefault()).toInstant()));
        cache = new MemoryAttainmentCache((rep, day) -> {
            loads.add(rep + "@" + day);
            return new RepAttainment(rep, "FY2026-Q2",
                    Optional.of(Attainment.of(150_000_00L, 108_750_00L, 60_000_00L, 30_000_00L, QUARTER, CLOSE)),
                    Optional.of("EUR"), Set.of(rep, "boss"));
        });
        type = new QuotaAttainmentCFType(new DealIssueReader(customFieldManager, settings), cache, currentUser,
                new PropertiesTranslator(Locale.ENGLISH));
    }

    private void viewer(String key, boolean admin) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(key, key, admin)));
    }

    @Test
    public void theOwnerTheirManagerAndAdminsSeeTheOwnersAttainmentInTheCloseDatesPeriod() {
        viewer("ann", false);
        RepAttainment value = type.getValueFromIssue(field, issue);
        assertEquals("FY2026-Q2", value.periodKey());
        assertEquals("72.5", type.getStringFromSingularObject(value));
        viewer("boss", false);
        assertEquals(value, type.getValueFromIssue(field, issue));
        viewer("admin", true);
        assertEquals(value, type.getValueFromIssue(field, issue));
        assertEquals("computed once, then read from the cache", List.of("ann@" + CLOSE), loads);
    }

    @Test
    public void othersNonDealsDealsWithoutOwnerOrCloseDateAndAnonymousViewersGetNothing() {
        viewer("bob", false);
        assertNull("a colleague", type.getValueFromIssue(field, issue));
        when(currentUser.caller()).thenReturn(Optional.empty());
        assertNull("anonymous", type.getValueFromIssue(field, issue));
        viewer("ann", false);
        when(issue.getCustomFieldValue(expectedClose)).thenReturn(null);
        assertNull("no expected close", type.getValueFromIssue(field, issue));
        when(issue.getAssignee()).thenReturn(null);
        assertNull("no owner", type.getValueFromIssue(field, issue));
        IssueType task = org.mockito.Mockito.mock(IssueType.class);
        when(task.getName()).thenReturn("Task");
        when(issue.getIssueType()).thenReturn(task);
        assertNull("not a deal", type.getValueFromIssue(field, issue));
        assertEquals("only the colleague's view needed the figure (to hide it)", List.of("ann@" + CLOSE), loads);
    }

    @Test
    public void aRepWithoutQuotaShowsNothing() {
        type = new QuotaAttainmentCFType(new DealIssueReader(customFieldManager, settings), MemoryAttainmentCache.empty(),
                currentUser, new PropertiesTranslator(Locale.ENGLISH));
        viewer("ann", false);
        assertNull(type.getValueFromIssue(field, issue));
    }

    @Test
    public void theViewShowsPercentAndDetailsInTheReadersLanguage() {
        viewer("ann", false);
        RepAttainment value = type.getValueFromIssue(field, issue);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            QuotaAttainmentCFType localized = new QuotaAttainmentCFType(new DealIssueReader(customFieldManager, settings),
                    cache, currentUser, new PropertiesTranslator(locale));
            Map<String, Object> context = new java.util.HashMap<>(localized.getVelocityParameters(issue, field, null));
            context.put("value", value);
            String html = new VelocityHarness().render("templates/field/quota-attainment-view.vm", context);
            if (locale == Locale.ENGLISH) {
                assertTrue(html, html.contains(">72.5 %</span>"));
                assertTrue(html, html.contains("€108,750.00 of €150,000.00 in FY2026-Q2 · gap €41,250.00"));
            } else {
                assertTrue(html, html.contains(">达成 72.5%</span>"));
            }
            assertTrue(html, html.contains("salesteam-attainment-on"));
        }
        String empty = new VelocityHarness().render("templates/field/quota-attainment-view.vm",
                new java.util.HashMap<>(type.getVelocityParameters(issue, field, null)));
        assertFalse(empty.contains("<span"));
    }
}
