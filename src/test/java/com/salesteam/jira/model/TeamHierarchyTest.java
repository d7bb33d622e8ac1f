package com.salesteam.jira.model;

import org.junit.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class TeamHierarchyTest {

    private static Team team(long id, Long parent, String manager, String... members) {
        return new Team(id, "T" + id, "", Optional.ofNullable(parent), Optional.ofNullable(manager), List.of(members));
    }

    private final TeamHierarchy hierarchy = new TeamHierarchy(List.of(
            team(1, null, "vp", "ann"),
            team(2, 1L, "emea", "bob", "carl"),
            team(3, 2L, "dach", "dora", "bob"),
            team(4, null, "apac", "eve")));

    @Test
    public void rollUpTakesEveryNestedMemberOnce() {
        assertEquals(Set.of("ann", "bob", "carl", "dora"), hierarchy.rollUpMembers(1));
        assertEquals(Set.of("bob", "carl", "dora"), hierarchy.rollUpMembers(2));
        assertEquals(Set.of("eve"), hierarchy.rollUpMembers(4));
        assertEquals(Set.of(), hierarchy.rollUpMembers(99));
    }

    @Test
    public void managersManageEverythingBelowThemAndNothingBeside() {
        assertTrue(hierarchy.manages("vp", 3));
        assertTrue(hierarchy.manages("emea", 3));
        assertFalse(hierarchy.manages("dach", 2));
        assertFalse(hierarchy.manages("apac", 1));

        assertTrue(hierarchy.managesPerson("vp", "dora"));
        assertTrue(hierarchy.managesPerson("dach", "bob"));
        assertFalse(hierarchy.managesPerson("apac", "bob"));
        assertFalse(hierarchy.managesPerson("dach", "carl"));
    }

    @Test
    public void subtreeListsTheTeamFirstThenItsDescendants() {
        assertEquals(List.of(1L, 2L, 3L), hierarchy.subtree(1).stream().map(Team::id).toList());
        assertEquals(List.of(2L), hierarchy.childrenOf(1).stream().map(Team::id).toList());
    }

    @Test
    public void theManagerAboveIsTheNearestManagerUpwardsWhoIsNotThePerson() {
        assertEquals(Optional.of("dach"), hierarchy.managerAbove("dora", hierarchy.team(3).orElseThrow()));
        assertEquals("a manager's own manager", Optional.of("emea"),
                hierarchy.managerAbove("dach", hierarchy.team(3).orElseThrow()));
        assertEquals(Optional.of("vp"), hierarchy.managerAbove("emea", hierarchy.team(2).orElseThrow()));
        assertEquals("no one above the top manager", Optional.empty(),
                hierarchy.managerAbove("vp", hierarchy.team(1).orElseThrow()));
    }
}
