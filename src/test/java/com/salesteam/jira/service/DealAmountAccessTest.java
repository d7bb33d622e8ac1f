package com.salesteam.jira.service;

import com.salesteam.jira.store.DealLedger;
import org.junit.Test;

import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

public class DealAmountAccessTest {

    private final DealLedger ledger = mock(DealLedger.class);
    private final ProjectBrowsing browsing = mock(ProjectBrowsing.class);
    private final DealAmountAccess access = new DealAmountAccess(browsing, ledger);
    private final Caller ann = new Caller("ann", "Ann", false);

    @Test
    public void whoBrowsesEveryProjectSeesEveryDealWithoutAQuery() {
        when(browsing.projectsHiddenFrom("ann")).thenReturn(Set.of());

        assertTrue(access.seesEveryDeal(ann));
        verifyNoInteractions(ledger);
    }

    @Test
    public void aHiddenProjectMattersOnlyWhenItHoldsDeals() {
        when(browsing.projectsHiddenFrom("ann")).thenReturn(Set.of(7L));
        when(ledger.anyDealIn(Set.of(7L))).thenReturn(false);
        assertTrue(access.seesEveryDeal(ann));

        when(ledger.anyDealIn(Set.of(7L))).thenReturn(true);
        assertFalse(access.seesEveryDeal(ann));
        try {
            access.requireEveryDeal(ann);
            fail("refused");
        } catch (ServiceException e) {
            assertEquals(ServiceException.Reason.FORBIDDEN, e.reason());
            assertEquals("salesteam.error.deals.unbrowsable", e.messageKey());
        }
    }

    @Test
    public void listedDealsAreCheckedOneByOneAndOnlyForWhoMissesAProject() {
        when(browsing.projectsHiddenFrom("ann")).thenReturn(Set.of(7L));
        access.requireListedDeals(ann, Set.of(1L, 2L), Set.of(1L, 2L, 3L));
        try {
            access.requireListedDeals(ann, Set.of(1L, 2L), Set.of(1L));
            fail("refused");
        } catch (ServiceException e) {
            assertEquals(ServiceException.Reason.FORBIDDEN, e.reason());
            assertEquals("salesteam.error.deals.listed.unbrowsable", e.messageKey());
        }

        // browsing every project, a deal missing from the batch was deleted: nothing to hide
        when(browsing.projectsHiddenFrom("ann")).thenReturn(Set.of());
        access.requireListedDeals(ann, Set.of(1L, 2L), Set.of(1L));
        verifyNoInteractions(ledger);
    }
}
