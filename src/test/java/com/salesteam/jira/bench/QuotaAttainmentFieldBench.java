package com.salesteam.jira.bench;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.user.ApplicationUser;
import com.salesteam.jira.jira.deal.DealIssueReader;
import com.salesteam.jira.jira.goal.GoalIssueReader;
import com.salesteam.jira.jira.review.ReviewIssueReader;
import com.salesteam.jira.jira.field.QuotaAttainmentCFType;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.quota.Attainment;
import com.salesteam.jira.model.setup.DealBlueprint;
import com.salesteam.jira.service.AppSettings;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.RepAttainment;
import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Issue 4's target: the Quota Attainment field costs at most 0.1 ms per issue view with a warm cache. */
public class QuotaAttainmentFieldBench {

    private static final int ISSUES = 1_000;
    private static final int VIEWS = 100_000;

    @Test
    public void hundredThousandIssueViewsWithAWarmCache() {
        CustomFieldManager fields = mock(CustomFieldManager.class);
        CustomField expectedClose = mock(CustomField.class);
        when(fields.getCustomFieldObjectsByName(DealBlueprint.EXPECTED_CLOSE_FIELD)).thenReturn(List.of(expectedClose));
        IssueType dealType = mock(IssueType.class);
        when(dealType.getName()).thenReturn(DealBlueprint.ISSUE_TYPE);
        Period quarter = Period.parse("FY2026-Q2", FiscalCalendar.DEFAULT).orElseThrow();
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < ISSUES; i++) {
            Issue issue = mock(Issue.class);
            ApplicationUser owner = mock(ApplicationUser.class);
            when(owner.getKey()).thenReturn("rep" + (i % 100));
            when(issue.getAssignee()).thenReturn(owner);
            when(issue.getIssueType()).thenReturn(dealType);
            LocalDate close = LocalDate.of(2026, 4, 1).plusDays(i % 90);
            when(issue.getCustomFieldValue(expectedClose))
                    .thenReturn(Date.from(close.atStartOfDay(ZoneId.systemDefault()).toInstant()));
            issues.add(issue);
        }
        MemoryAttainmentCache cache = new MemoryAttainmentCache((rep, day) -> new RepAttainment(rep, quarter.key(),
                Optional.of(Attainment.of(100, 50, 10, 5, quarter, day)), Optional.of("EUR"), Set.of(rep, "boss")));
        QuotaAttainmentCFType type = new QuotaAttainmentCFType(new DealIssueReader(fields, mock(AppSettings.class)),
                new GoalIssueReader(fields), new ReviewIssueReader(fields), cache, () -> Optional.of(new Caller("boss", "Boss", false)), new PropertiesTranslator(Locale.ENGLISH), new com.salesteam.jira.service.DealAmountAccess(userKey -> java.util.Set.of(), org.mockito.Mockito.mock(com.salesteam.jira.store.DealLedger.class)));
        CustomField field = mock(CustomField.class);
        issues.forEach(issue -> assertNotNull(type.getValueFromIssue(field, issue)));

        long started = System.nanoTime();
        for (int view = 0; view < VIEWS; view++) {
            type.getValueFromIssue(field, issues.get(view % ISSUES));
        }
        double perView = (System.nanoTime() - started) / 1e6 / VIEWS;
        System.out.printf("%n[bench] Quota Attainment field, %,d views of %,d deals, warm cache: %.4f ms per view%n",
                VIEWS, ISSUES, perView);
        assertTrue("at most 0.1 ms per view", perView <= 0.1);
    }
}
