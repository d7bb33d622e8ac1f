package com.salesteam.jira.service;

import org.junit.Test;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class ActingUserTest {

    private static final Caller BOSS = new Caller("boss", "Boss", false);
    private static final Caller VP = new Caller("vp", "VP", false);

    @Test
    public void theCallerIsSetOnlyWhileTheWorkRunsAndOnlyOnItsThread() throws Exception {
        ActingUser acting = new ActingUser();
        CurrentUser seen = acting.currentUser();

        Optional<Caller> inside = acting.as(BOSS, seen::caller);
        Optional<Caller> otherThread = acting.as(BOSS, () -> CompletableFuture.supplyAsync(seen::caller).join());

        assertEquals(Optional.of(BOSS), inside);
        assertEquals(Optional.empty(), otherThread);
        assertEquals(Optional.empty(), seen.caller());
    }

    @Test
    public void nestedWorkGivesTheOuterCallerBackAndAFailureClearsIt() {
        ActingUser acting = new ActingUser();

        Optional<Caller> afterInner = acting.as(BOSS, () -> {
            assertEquals(Optional.of(VP), acting.as(VP, acting.currentUser()::caller));
            return acting.currentUser().caller();
        });
        assertThrows(IllegalStateException.class, () -> acting.as(BOSS, () -> {
            throw new IllegalStateException("failed");
        }));

        assertEquals(Optional.of(BOSS), afterInner);
        assertEquals(Optional.empty(), acting.currentUser().caller());
    }
}
