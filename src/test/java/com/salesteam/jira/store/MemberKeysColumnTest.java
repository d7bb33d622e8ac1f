package com.salesteam.jira.store;

import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class MemberKeysColumnTest {

    @Test
    public void keysAreSortedOneALineAndReadBack() {
        String column = MemberKeysColumn.of(List.of("zoe", "bob", "JIRAUSER10100", "ann"));

        assertEquals("JIRAUSER10100\nann\nbob\nzoe", column);
        assertEquals(List.of("JIRAUSER10100", "ann", "bob", "zoe"), MemberKeysColumn.read(column));
    }

    @Test
    public void noMembersIsAnEmptyTextAndReadsBackAsNone() {
        assertEquals("", MemberKeysColumn.of(List.of()));
        assertEquals(List.of(), MemberKeysColumn.read(""));
        assertEquals("a row the upgrade has not filled yet", List.of(), MemberKeysColumn.read(null));
    }

    @Test
    public void keysWithSpacesAndOtherCharactersSurvive() {
        List<String> keys = List.of("a b", "ümit", "x@example.com", "mary,jane");

        assertEquals(List.of("a b", "mary,jane", "x@example.com", "ümit"),
                MemberKeysColumn.read(MemberKeysColumn.of(keys)));
    }

    @Test
    public void aKeyWithALineBreakIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MemberKeysColumn.of(List.of("ann", "bob\ncarl")));
    }
}
