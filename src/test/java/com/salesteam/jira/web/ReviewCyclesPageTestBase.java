package com.salesteam.jira.web;

import com.salesteam.jira.service.cadence.OneOnOneService;
import com.salesteam.jira.service.cadence.ReviewCycleService;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Rule;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.Locale;

/** The Review cycles page (team cycles and 1:1 schedules) rendered by real Velocity from its page's context. */
public abstract class ReviewCyclesPageTestBase {

    protected static final String XSS = "<script>alert(1)</script>";

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    protected ReviewCycleService cycles;
    @Mock
    protected OneOnOneService oneOnOnes;

    private final VelocityHarness velocity = new VelocityHarness();

    protected String render(Locale locale) {
        return velocity.render(ReviewCyclesPage.TEMPLATE,
                new ReviewCyclesPage(cycles, new PropertiesTranslator(locale), oneOnOnes).context());
    }
}
