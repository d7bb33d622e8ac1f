package com.salesteam.jira.web;

import com.atlassian.plugin.web.ContextProvider;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.ranking.LeaderboardPrivacy;
import com.salesteam.jira.service.LeaderboardSettingsCache;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.testing.VelocityHarness;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import static org.mockito.Mockito.when;

/**
 * What the dashboard gadget view tests share: a team tree whose top team's name carries a script (so every view
 * shows it escaped), the current periods, and rendering a gadget's view from its context provider as Jira does.
 */
final class GadgetViewFixtures {

    static final String XSS = "<script>alert(1)</script>";

    private GadgetViewFixtures() {
    }

    /** Region (vp) above District (boss, member bob), and Elsewhere (other) beside them. */
    static List<Team> regionDistrictAndElsewhere() {
        return List.of(
                new Team(1, "Region " + XSS, "", Optional.empty(), Optional.of("vp"), List.of("ann")),
                new Team(2, "District", "", Optional.of(1L), Optional.of("boss"), List.of("bob")),
                new Team(3, "Elsewhere", "", Optional.empty(), Optional.of("other"), List.of("carl")));
    }

    /** The current quarter, month, year and week are FY2026-Q2, FY2026-M05, FY2026 and 2026-W20. */
    static void stubCurrentPeriods(PeriodService periods) {
        when(periods.containing("week", "")).thenReturn(Period.parse("2026-W20", FiscalCalendar.DEFAULT).orElseThrow());
        when(periods.containing("quarter", "")).thenReturn(Period.parse("FY2026-Q2", FiscalCalendar.DEFAULT).orElseThrow());
        when(periods.containing("month", "")).thenReturn(Period.parse("FY2026-M05", FiscalCalendar.DEFAULT).orElseThrow());
        when(periods.containing("year", "")).thenReturn(Period.parse("FY2026", FiscalCalendar.DEFAULT).orElseThrow());
    }

    static String renderGadget(String template, ContextProvider provider) {
        return new VelocityHarness().render(template, provider.getContextMap(new HashMap<>()));
    }

    /** Leaderboard settings as a node has them cached: the default calendar, euros and {@code privacy}. */
    static LeaderboardSettingsCache boardSettings(LeaderboardPrivacy privacy) {
        SettingsRepository.LeaderboardSettings settings = new SettingsRepository.LeaderboardSettings(
                FiscalCalendar.DEFAULT, java.util.Currency.getInstance("EUR"), privacy);
        return new LeaderboardSettingsCache() {
            @Override
            public SettingsRepository.LeaderboardSettings settings() {
                return settings;
            }

            @Override
            public void forget() {
                // nothing cached to forget: the settings are fixed for the test
            }
        };
    }
}
