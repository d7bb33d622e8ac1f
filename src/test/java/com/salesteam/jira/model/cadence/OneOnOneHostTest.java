package com.salesteam.jira.model.cadence;

import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class OneOnOneHostTest {

    private static final TeamHierarchy TEAMS = new TeamHierarchy(List.of(
            new Team(1, "Region", "", Optional.empty(), Optional.of("vp"), List.of("lead")),
            new Team(2, "District", "", Optional.of(1L), Optional.of("boss"), List.of("ann", "boss")),
            new Team(3, "Leaderless", "", Optional.of(1L), Optional.empty(), List.of("cy")),
            new Team(4, "Other", "", Optional.empty(), Optional.of("other"), List.of("ann")),
            new Team(5, "Orphans", "", Optional.empty(), Optional.empty(), List.of("dee"))));

    @Test
    public void theManagerOfTheRepsTeamWithTheLowestIdHoldsTheirOneOnOne() {
        assertEquals(Optional.of("boss"), OneOnOneHost.of("ann", TEAMS));
    }

    @Test
    public void aManagerInTheirOwnTeamMeetsTheManagerAboveAndATeamWithoutOneLooksUp() {
        assertEquals(Optional.of("vp"), OneOnOneHost.of("boss", TEAMS));
        assertEquals(Optional.of("vp"), OneOnOneHost.of("cy", TEAMS));
    }

    @Test
    public void nobodyHoldsTheOneOnOneOfARepWithoutAManagerAnywhere() {
        assertEquals(Optional.empty(), OneOnOneHost.of("dee", TEAMS));
        assertEquals(Optional.empty(), OneOnOneHost.of("stranger", TEAMS));
        assertEquals(Optional.empty(), OneOnOneHost.of("vp", TEAMS));
    }
}
