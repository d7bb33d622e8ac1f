package com.salesteam.jira.model.cadence;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import java.util.function.BiFunction;

/**
 * Renders an agenda as Jira wiki markup for the meeting's description. Headings and phrases come from
 * {@code text} (an i18n lookup: key and arguments), so the agenda is written in the language asked for; every value
 * taken from data is escaped so that a deal named "*[evil|http://x]*" stays text and cannot add links, macros or
 * list items.
 */
public final class AgendaWiki {

    private static final String SPECIAL = "\\*_?-+^~{}[]|!#";
    private static final Pattern BLOCK_MARKER = Pattern.compile("^(\\s*(?:h[1-6]|bq))\\.",
            Pattern.CASE_INSENSITIVE);

    private AgendaWiki() {
    }

    public static String render(MeetingAgenda agenda, BiFunction<String, Object[], String> text) {
        StringBuilder wiki = new StringBuilder();
        if (agenda.isEmpty()) {
            return text.apply("salesteam.agenda.empty", new Object[0]);
        }
        if (!agenda.slipped().isEmpty()) {
            heading(wiki, text.apply("salesteam.agenda.slipped", new Object[0]));
            agenda.slipped().forEach(deal -> item(wiki, escape(deal.issueKey()) + " " + escape(deal.summary()) + " - "
                    + text.apply("salesteam.agenda.slips", new Object[]{deal.slipCount()})));
        }
        if (!agenda.stale().isEmpty()) {
            heading(wiki, text.apply("salesteam.agenda.stale", new Object[0]));
            agenda.stale().forEach(deal -> item(wiki, escape(deal.issueKey()) + " " + escape(deal.summary()) + " - "
                    + text.apply("salesteam.agenda.idle", new Object[]{deal.daysSinceUpdate()})));
        }
        if (!agenda.belowBenchmark().isEmpty()) {
            heading(wiki, text.apply("salesteam.agenda.kpis", new Object[0]));
            agenda.belowBenchmark().forEach(kpi -> item(wiki, escape(kpi.name()) + ": " + text.apply(
                    "salesteam.agenda.kpi", new Object[]{plain(kpi.actual()), plain(kpi.benchmark())})));
        }
        if (!agenda.openActions().isEmpty()) {
            heading(wiki, text.apply("salesteam.agenda.actions", new Object[0]));
            agenda.openActions().forEach(action -> item(wiki, escape(action.issueKey()) + " "
                    + escape(action.summary())));
        }
        if (!agenda.lastActionItems().isEmpty()) {
            heading(wiki, text.apply("salesteam.agenda.lastitems", new Object[0]));
            agenda.lastActionItems().forEach(item -> item(wiki, escape(item)));
        }
        return wiki.toString().strip();
    }

    /**
     * Data as wiki text: markup characters escaped with a backslash, line breaks folded into spaces, and a heading or
     * quote marker at the start ("h1." to "h6.", "bq.", where the value may begin a line) broken by an invisible
     * word joiner before its dot, since Jira's backslash does not escape letters or dots ("#", "*", "-" are escaped).
     */
    public static String escape(String value) {
        String folded = BLOCK_MARKER.matcher(value.replaceAll("\\R", " ")).replaceFirst("$1\u2060.");
        StringBuilder out = new StringBuilder(folded.length() + 8);
        for (char c : folded.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String plain(BigDecimal value) {
        return escape(value.stripTrailingZeros().toPlainString());
    }

    private static void heading(StringBuilder wiki, String title) {
        wiki.append("h3. ").append(escape(title)).append('\n');
    }

    private static void item(StringBuilder wiki, String line) {
        wiki.append("* ").append(line).append('\n');
    }
}
