package com.salesteam.jira.model.cadence;

import org.junit.Test;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The Sales Meeting agenda as Jira wiki markup, in both languages, with data that tries to be markup. */
public class TeamAgendaWikiTest {

    private static final String EVIL = "*[evil|http://x]* {html}<script>alert(1)</script>{html}";

    private static BiFunction<String, Object[], String> texts(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/salesteam", locale);
        return (key, arguments) -> new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    private static TeamAgenda agenda(Optional<List<TeamAgenda.LeaderRow>> board) {
        return new TeamAgenda("EMEA " + EVIL, "May 2026",
                List.of(new TeamAgenda.ForecastFigure("€10,000.00", "€25,000.00", "€40,000.00", "€90,000.00")),
                board,
                List.of(new TeamAgenda.SlippedDeal("SALES-3", "Ann " + EVIL, LocalDate.of(2026, 7, 31), 3)),
                List.of(new TeamAgenda.ReviewsDue("Bob|x", 1, 2)),
                List.of(new TeamAgenda.RunningCompetition("Spring [sprint]", LocalDate.of(2026, 5, 31))));
    }

    private static final Optional<List<TeamAgenda.LeaderRow>> BOARD = Optional.of(List.of(
            new TeamAgenda.LeaderRow(1, "Ann " + EVIL, Optional.of("€9,000.00")),
            new TeamAgenda.LeaderRow(2, "Bob", Optional.of("€4,000.00"))));

    @Test
    public void everyPartIsRenderedAndEveryValueEscaped() {
        String wiki = TeamAgendaWiki.render(agenda(BOARD), texts(Locale.ENGLISH));

        assertTrue(wiki, wiki.startsWith("Agenda of the sales meeting of EMEA \\*\\[evil\\|http://x\\]\\* \\{html\\}"));
        assertTrue(wiki.contains("h3. Forecast\n* Closed €10,000.00, Commit €25,000.00, Best Case €40,000.00,"
                + " Open Pipeline €90,000.00"));
        assertTrue(wiki.contains("h3. Leaderboard\n* 1. Ann \\*\\[evil\\|http://x\\]\\* \\{html\\}<script>alert(1)"
                + "</script>\\{html\\} (€9,000.00)\n* 2. Bob (€4,000.00)"));
        assertTrue(wiki.contains("h3. Slipped deals\n* SALES\\-3 (Ann \\*\\[evil"));
        assertTrue(wiki.contains("now closing 2026\\-07\\-31, slipped 3 times"));
        assertTrue(wiki.contains("h3. Reviews due\n* Bob\\|x: 1 due, 2 overdue"));
        assertTrue(wiki.contains("h3. Competitions running\n* Spring \\[sprint\\], until 2026\\-05\\-31"));
        // no unescaped markup character from the data survives: no link, macro, table cell or emphasis
        assertFalse(wiki.contains(" *[evil"));
        assertFalse(wiki.replace("\\{", "").contains("{html}"));
        assertFalse(wiki.replace("\\|", "").contains("|"));
    }

    @Test
    public void theAgendaSpeaksChinese() {
        String wiki = TeamAgendaWiki.render(agenda(BOARD), texts(Locale.SIMPLIFIED_CHINESE));

        assertTrue(wiki, wiki.contains("h3. 预测\n* 已成交 €10,000.00，承诺 €25,000.00"));
        assertTrue(wiki.contains("h3. 排行榜\n* 第 1 名 Ann \\*\\[evil"));
        assertTrue(wiki.contains("h3. 延期交易"));
        assertTrue(wiki.contains("h3. 待完成的评估\n* Bob\\|x：待完成 1 个，逾期 2 个"));
        assertTrue(wiki.contains("h3. 进行中的竞赛"));
    }

    @Test
    public void aBoardNotSharedWithRepsIsSaidSoAndHiddenAmountsLeaveRanks() {
        String notShared = TeamAgendaWiki.render(agenda(Optional.empty()), texts(Locale.ENGLISH));
        assertTrue(notShared.contains("h3. Leaderboard\nLeaderboards are not shown to reps."));
        assertFalse(notShared.contains("€9,000.00"));

        String hidden = TeamAgendaWiki.render(agenda(Optional.of(List.of(
                new TeamAgenda.LeaderRow(1, "Ann", Optional.empty()),
                new TeamAgenda.LeaderRow(1, "Bob", Optional.empty())))), texts(Locale.ENGLISH));
        assertTrue(hidden.contains("h3. Leaderboard\n* 1. Ann\n* 1. Bob\n"));
    }

    @Test
    public void emptyPartsSayThereIsNothingToDiscuss() {
        TeamAgenda quiet = new TeamAgenda("APAC", "FY2026-Q2", List.of(), Optional.of(List.of()), List.of(), List.of(),
                List.of());
        String wiki = TeamAgendaWiki.render(quiet, texts(Locale.ENGLISH));

        assertEquals(5, wiki.split("_Nothing to discuss\\._", -1).length - 1);
    }
}
