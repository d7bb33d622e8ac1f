package com.salesteam.jira.store.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.salesteam.jira.store.MemberKeysColumn;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Model version 6: the team row's member keys (a MEMBER_KEYS column), so the team tree is read in one statement.
 * Fills it for the existing teams from their member rows: the teams and every membership in one statement each, then
 * one update per team whose column differs, in one transaction. Nothing is renamed or dropped; the member rows stay.
 */
public class V6TeamMemberKeysUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("6");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(TeamEntity.class, TeamMemberEntity.class);
        ao.executeInTransaction(() -> {
            Map<Long, List<String>> members = new HashMap<>();
            ao.stream(TeamMemberEntity.class, Query.select(),
                    row -> members.computeIfAbsent(row.getTeamId(), id -> new ArrayList<>()).add(row.getUserKey()));
            for (TeamEntity team : ao.find(TeamEntity.class)) {
                String column = MemberKeysColumn.of(members.getOrDefault((long) team.getID(), List.of()));
                // an empty text and null both read as no members (Oracle stores the one as the other)
                if (!Objects.equals(nullToEmpty(team.getMemberKeys()), column)) {
                    team.setMemberKeys(column);
                    team.save();
                }
            }
            return null;
        });
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
