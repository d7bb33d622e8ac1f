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
}
