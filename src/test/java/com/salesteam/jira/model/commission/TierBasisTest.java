package com.salesteam.jira.model.commission;

import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class TierBasisTest {

    @Test
    public void keysReadBackAndUnknownOnesAreRefused() {
        assertEquals("attainment", TierBasis.ATTAINMENT.key());
        assertEquals(Optional.of(TierBasis.AMOUNT), TierBasis.fromKey("amount"));
        assertEquals(Optional.of(TierBasis.ATTAINMENT), TierBasis.fromKey("attainment"));
        assertEquals(Optional.empty(), TierBasis.fromKey("ATTAINMENT"));
        assertEquals(Optional.empty(), TierBasis.fromKey(""));
    }
}
