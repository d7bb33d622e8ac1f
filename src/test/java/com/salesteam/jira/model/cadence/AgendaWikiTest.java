package com.salesteam.jira.model.cadence;

import org.junit.Test;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class AgendaWikiTest {

    private static BiFunction<String, Object[], String> texts(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/salesteam", locale);
        return (key, arguments) -> new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    private static MeetingAgenda agenda(String dealName, String item) {
        return new MeetingAgenda(List.of(new MeetingAgenda.Deal("S-2", dealName, 3, 30)),
                List.of(new MeetingAgenda.Deal("S-3", "Initech", 0, 15)),
                List.of(new MeetingAgenda.Kpi("Calls", new BigDecimal("40.0"), new BigDecimal("50"))),
                List.of(new MeetingAgenda.Action("S-9", "Ride-along")), List.of(item));
    }

    @Test
    public void sectionsAreHeadingsWithOneListItemPerLineInEnglish() {
        String wiki = AgendaWiki.render(agenda("Globex", "Call the CFO"), texts(Locale.ENGLISH));

        assertEquals("h3. Deals whose close date slipped\n"
                + "* S\\-2 Globex - close date moved 3 times\n"
                + "h3. Deals without an update\n"
                + "* S\\-3 Initech - not updated for 15 days\n"
                + "h3. KPIs below benchmark\n"
                + "* Calls: 40 against a benchmark of 50\n"
                + "h3. Open coaching actions\n"
                + "* S\\-9 Ride\\-along\n"
                + "h3. Action items from the last meeting\n"
                + "* Call the CFO", wiki);
    }

    @Test
    public void markupInDataStaysTextAndCannotStartANewLine() {
        String wiki = AgendaWiki.render(agenda("*[evil|http://x]* {html}<script>alert(1)</script>{html}",
                "fine\nh1. injected"), texts(Locale.ENGLISH));

        assertTrue(wiki, wiki.contains("\\*\\[evil\\|http://x\\]\\* \\{html\\}<script>alert(1)</script>\\{html\\}"));
        assertFalse(wiki.contains("\nh1."));
        assertTrue(wiki.contains("* fine h1. injected"));
    }

    @Test
    public void theAgendaIsWrittenInChineseWhenAskedAndAnEmptyOneSaysSo() {
        String wiki = AgendaWiki.render(agenda("Globex", "Call"), texts(Locale.SIMPLIFIED_CHINESE));

        assertTrue(wiki.startsWith("h3. 预计成交日期推迟的交易\n* S\\-2 Globex - 成交日期已推迟 3 次"));
        assertTrue(AgendaWiki.render(new MeetingAgenda(List.of(), List.of(), List.of(), List.of(), List.of()),
                texts(Locale.SIMPLIFIED_CHINESE)).startsWith("数据中没有需要讨论的内容"));
    }
}
