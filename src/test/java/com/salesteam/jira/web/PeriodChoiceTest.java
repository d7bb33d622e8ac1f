package com.salesteam.jira.web;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ranking.LeaderboardPrivacy;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.service.PeriodServiceImpl;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.testing.MutableClock;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Test;
import org.mockito.Mockito;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.salesteam.jira.web.GadgetViewFixtures.regionDistrictAndElsewhere;
import static com.salesteam.jira.web.GadgetViewFixtures.renderGadget;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.when;

/**
 * Relative period choices resolved on the real period service with a clock that moves: a gadget saved on "last
 * week" or "this quarter" still names the right period after the week or the quarter has rolled over.
 */
public class PeriodChoiceTest {

    /** Friday of week 20, in FY2026-Q2 (the default calendar's year starts in January). */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-15T10:00:00Z"));
    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private PeriodService periods;

    @Before
    public void setUp() {
        SettingsRepository settings = Mockito.mock(SettingsRepository.class);
        when(settings.fiscalCalendar()).thenReturn(FiscalCalendar.DEFAULT);
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("boss", "Boss", false)));
        periods = new PeriodServiceImpl(settings, clock, currentUser);
    }

    @Test
    public void eachChoiceResolvesAgainstTodayAndFollowsTheClock() {
        assertEquals("2026-W19", PeriodChoice.LAST_WEEK.resolve(periods).key());
        assertEquals("2026-W20", PeriodChoice.THIS_WEEK.resolve(periods).key());
        assertEquals("FY2026-M04", PeriodChoice.LAST_MONTH.resolve(periods).key());
        assertEquals("FY2026-Q1", PeriodChoice.LAST_QUARTER.resolve(periods).key());
        assertEquals("FY2026-Q3", PeriodChoice.NEXT_QUARTER.resolve(periods).key());
        assertEquals("FY2025", PeriodChoice.LAST_YEAR.resolve(periods).key());

        clock.advance(Duration.ofDays(7));
        assertEquals("the week before the current one, a week later", "2026-W20",
                PeriodChoice.LAST_WEEK.resolve(periods).key());
        assertEquals("2026-W21", PeriodChoice.THIS_WEEK.resolve(periods).key());

        clock.advance(Duration.ofDays(40)); // 1 July 2026
        assertEquals("FY2026-Q3", PeriodChoice.THIS_QUARTER.resolve(periods).key());
        assertEquals("FY2026-Q2", PeriodChoice.LAST_QUARTER.resolve(periods).key());
        assertEquals("FY2026-M06", PeriodChoice.LAST_MONTH.resolve(periods).key());
    }

    @Test
    public void theLeaderboardsSavedChoiceNamesTheCurrentPeriodAfterARollover() {
        TeamService teams = Mockito.mock(TeamService.class);
        when(teams.list()).thenReturn(regionDistrictAndElsewhere());
        LeaderboardGadgetContextProvider provider = new LeaderboardGadgetContextProvider(currentUser, teams, periods,
                new PropertiesTranslator(Locale.ENGLISH), MemoryScorecardCache.empty(),
                GadgetViewFixtures.boardSettings(LeaderboardPrivacy.DEFAULT));

        assertEquals("2026-W19", optionOf(renderGadget("dashboard/leaderboard-gadget.vm", provider), "last-week"));
        assertEquals("FY2026-Q2", optionOf(renderGadget("dashboard/leaderboard-gadget.vm", provider), "this-quarter"));

        clock.advance(Duration.ofDays(47)); // 1 July 2026, week 27
        String html = renderGadget("dashboard/leaderboard-gadget.vm", provider);
        assertEquals("2026-W26", optionOf(html, "last-week"));
        assertEquals("FY2026-Q3", optionOf(html, "this-quarter"));
        assertEquals("FY2026-Q2", optionOf(html, "last-quarter"));
        assertEquals("the picker still offers eight choices", 8, count(html, "data-choice=\""));
    }

    @Test
    public void theOtherGadgetsPickersOfferTheSameChoices() {
        TeamService teams = Mockito.mock(TeamService.class);
        when(teams.list()).thenReturn(List.of());
        String forecast = renderGadget("dashboard/forecast-gadget.vm", new ForecastGadgetContextProvider(currentUser,
                teams, periods, new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE)));

        assertEquals("FY2025", optionOf(forecast, "last-year"));
        assertEquals("FY2026-M04", optionOf(forecast, "last-month"));
        assertEquals(1, count(forecast, "上年度（2025财年）"));
    }

    /** The period key of the option saved as {@code choice}. */
    private static String optionOf(String html, String choice) {
        Matcher option = Pattern.compile("<option value=\"([^\"]+)\" data-choice=\"" + choice + "\">").matcher(html);
        if (!option.find()) {
            throw new AssertionError("no option " + choice + " in " + html);
        }
        return option.group(1);
    }

    private static int count(String html, String text) {
        return html.split(Pattern.quote(text), -1).length - 1;
    }
}
