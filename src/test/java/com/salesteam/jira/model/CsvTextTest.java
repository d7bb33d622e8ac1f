package com.salesteam.jira.model;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class CsvTextTest {

    @Test
    public void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        List<List<String>> records = CsvText.read("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\n");

        assertEquals(List.of(List.of("a", "b,c", "say \"hi\""), List.of("two\nlines", "x")), records);
    }

    @Test
    public void keepsBlankLinesSoReportsCanNameFileLines() {
        List<List<String>> records = CsvText.read("h\n\nv\n");

        assertEquals(List.of(List.of("h"), List.of(""), List.of("v")), records);
    }

    @Test
    public void aLastRecordWithoutLineBreakIsKeptAndEmptyTrailingFieldCounts() {
        assertEquals(List.of(List.of("a", "")), CsvText.read("a,"));
        assertEquals(List.of(), CsvText.read(""));
    }

    @Test
    public void writesFieldsThatReadBackTheSame() {
        String value = "Wang, \"Lei\"\nEast";

        String written = CsvText.field(value, false);

        assertEquals(List.of(List.of(value)), CsvText.read(written));
    }

    @Test
    public void defusesFormulasInTextButNotInNumbers() {
        assertEquals("'=HYPERLINK(\"x\")", CsvText.field("=HYPERLINK(\"x\")", false).replace("\"\"", "\"").replaceAll("^\"|\"$", ""));
        assertEquals("'@SUM(A1)", CsvText.field("@SUM(A1)", false));
        assertEquals("-1500.00", CsvText.field("-1500.00", true));
        assertEquals("plain", CsvText.field("plain", false));
    }
}
