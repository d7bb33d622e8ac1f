package com.salesteam.jira.model.cadence;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Renders a team's Sales Meeting agenda as Jira wiki markup for the issue's description, one heading per part,
 * headings and phrases from {@code text} (an i18n lookup) so the agenda is in the language asked for. Every part
 * is shown, saying so when it has nothing; every value from data is escaped ({@link AgendaWiki#escape}), so a team
 * or deal named with wiki markup stays text.
 */
public final class TeamAgendaWiki {

    private TeamAgendaWiki() {
    }

    public static String render(TeamAgenda agenda, BiFunction<String, Object[], String> text) {
        StringBuilder wiki = new StringBuilder();
        wiki.append(escape(text.apply("salesteam.meeting.agenda.intro",
                new Object[]{agenda.teamName(), agenda.periodLabel()}))).append('\n');

        heading(wiki, text.apply("salesteam.meeting.agenda.forecast", new Object[0]));
        if (agenda.forecast().isEmpty()) {
            none(wiki, text);
        }
        agenda.forecast().forEach(figure -> item(wiki, escape(text.apply("salesteam.meeting.agenda.forecast.line",
                new Object[]{figure.closed(), figure.commit(), figure.bestCase(), figure.pipeline()}))));

        heading(wiki, text.apply("salesteam.meeting.agenda.leaderboard", new Object[0]));
        if (agenda.leaderboard().isEmpty()) {
            line(wiki, escape(text.apply("salesteam.meeting.agenda.leaderboard.notshared", new Object[0])));
        } else if (agenda.leaderboard().get().isEmpty()) {
            none(wiki, text);
        } else {
            List<TeamAgenda.LeaderRow> rows = agenda.leaderboard().get();
            rows.forEach(row -> item(wiki, escape(row.value()
                    .map(value -> text.apply("salesteam.meeting.agenda.leaderboard.line",
                            new Object[]{row.rank(), row.name(), value}))
                    .orElseGet(() -> text.apply("salesteam.meeting.agenda.leaderboard.rank",
                            new Object[]{row.rank(), row.name()})))));
        }

        heading(wiki, text.apply("salesteam.meeting.agenda.slipped", new Object[0]));
        if (agenda.slipped().isEmpty()) {
            none(wiki, text);
        }
        agenda.slipped().forEach(deal -> item(wiki, escape(text.apply("salesteam.meeting.agenda.slipped.line",
                new Object[]{deal.issueKey(), deal.ownerName(), deal.expectedClose().toString(), deal.slipCount()}))));

        heading(wiki, text.apply("salesteam.meeting.agenda.reviews", new Object[0]));
        if (agenda.reviews().isEmpty()) {
            none(wiki, text);
        }
        agenda.reviews().forEach(review -> item(wiki, escape(text.apply("salesteam.meeting.agenda.reviews.line",
                new Object[]{review.repName(), review.due(), review.overdue()}))));

        heading(wiki, text.apply("salesteam.meeting.agenda.competitions", new Object[0]));
        if (agenda.competitions().isEmpty()) {
            none(wiki, text);
        }
        agenda.competitions().forEach(competition -> item(wiki, escape(text.apply(
                "salesteam.meeting.agenda.competitions.line",
                new Object[]{competition.name(), competition.end().toString()}))));
        return wiki.toString().strip();
    }

    /** Escapes the whole phrase: the translation's own words hold no markup, the values in it must not add any. */
    private static String escape(String value) {
        return AgendaWiki.escape(value);
    }

    private static void heading(StringBuilder wiki, String title) {
        wiki.append('\n').append("h3. ").append(escape(title)).append('\n');
    }

    private static void none(StringBuilder wiki, BiFunction<String, Object[], String> text) {
        line(wiki, "_" + escape(text.apply("salesteam.meeting.agenda.none", new Object[0])) + "_");
    }

    private static void line(StringBuilder wiki, String line) {
        wiki.append(line).append('\n');
    }

    private static void item(StringBuilder wiki, String line) {
        wiki.append("* ").append(line).append('\n');
    }
}
