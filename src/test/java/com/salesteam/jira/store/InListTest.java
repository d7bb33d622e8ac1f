package com.salesteam.jira.store;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class InListTest {

    @Test
    public void upToAThousandValuesAreOneListAndMoreAreListsJoinedByOr() {
        assertEquals("OWNER_KEY IN (?, ?)", InList.of("OWNER_KEY", 2));
        String twoLists = InList.of("OWNER_KEY", 1_001);
        assertTrue(twoLists, twoLists.startsWith("(OWNER_KEY IN (?") && twoLists.endsWith(" OR OWNER_KEY IN (?))"));
        assertEquals(1_001, twoLists.chars().filter(c -> c == '?').count());
    }

    @Test
    public void chunksKeepEveryValueInOrderInListsOfAtMostTheSize() {
        java.util.List<Integer> values = java.util.stream.IntStream.range(0, 2_500).boxed().toList();
        java.util.List<java.util.List<Integer>> chunks = InList.chunks(values, InList.MAX_VALUES);
        assertEquals(java.util.List.of(1_000, 1_000, 500), chunks.stream().map(java.util.List::size).toList());
        assertEquals(values, chunks.stream().flatMap(java.util.List::stream).toList());
        assertEquals(java.util.List.of(), InList.chunks(java.util.List.of(), 10));
    }

    @Test
    public void valuesThatFitBesideTheOtherParametersStayOneListAndMoreAreListsOfAThousand() {
        java.util.List<Integer> fits = java.util.stream.IntStream.range(0, InList.MAX_PARAMETERS - 4).boxed().toList();
        assertEquals(java.util.List.of(fits), InList.perStatement(fits, 4));
        java.util.List<java.util.List<Integer>> split = InList.perStatement(fits, 5);
        assertEquals(java.util.List.of(1_000, 996), split.stream().map(java.util.List::size).toList());
        assertEquals(fits, split.stream().flatMap(java.util.List::stream).toList());
        assertEquals(java.util.List.of(), InList.perStatement(java.util.List.of(), 1));
    }
}
