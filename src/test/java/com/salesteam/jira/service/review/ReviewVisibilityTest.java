package com.salesteam.jira.service.review;

import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.TeamLookup;
import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class ReviewVisibilityTest {

    private final TeamLookup teams = mock(TeamLookup.class);

    private Optional<Caller> viewer(Caller caller, String person) {
        CurrentUser currentUser = () -> Optional.ofNullable(caller);
        when(teams.hierarchy()).thenReturn(new TeamHierarchy(List.of(
                new Team(1, "Region", "", Optional.empty(), Optional.of("director"), List.of()),
                new Team(2, "East", "", Optional.of(1L), Optional.of("boss"), List.of("rep")),
                new Team(3, "West", "", Optional.empty(), Optional.of("westboss"), List.of("westrep")))));
        return new ReviewVisibility(currentUser, teams).viewerOf(person);
    }

    @Test
    public void theRepTheirManagersAndAdminsSeeAndNobodyElse() {
        Caller rep = new Caller("rep", "Rep", false);
        assertEquals(Optional.of(rep), viewer(rep, "rep"));
        assertEquals(Optional.of(new Caller("boss", "Boss", false)), viewer(new Caller("boss", "Boss", false), "rep"));
        assertEquals(Optional.of(new Caller("director", "D", false)), viewer(new Caller("director", "D", false), "rep"));
        assertEquals(Optional.of(new Caller("admin", "A", true)), viewer(new Caller("admin", "A", true), "rep"));
        assertEquals(Optional.empty(), viewer(new Caller("westboss", "W", false), "rep"));
        assertEquals(Optional.empty(), viewer(new Caller("westrep", "W", false), "rep"));
        assertEquals(Optional.empty(), viewer(null, "rep"));
    }

    @Test
    public void onesOwnRecordsNeedNoTeamRead() {
        TeamLookup untouched = mock(TeamLookup.class);
        new ReviewVisibility(() -> Optional.of(new Caller("rep", "Rep", false)), untouched).viewerOf("rep");
        verify(untouched, never()).hierarchy();
    }
}
