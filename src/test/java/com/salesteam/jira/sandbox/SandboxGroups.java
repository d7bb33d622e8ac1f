package com.salesteam.jira.sandbox;

import com.salesteam.jira.service.GroupDirectory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's pretend Jira groups of the demo users, for teams kept in sync with a group. One member of
 * {@value #EMEA_INSIDE_SALES} is deactivated, as happens in Jira, so the sync shows that he is not a member.
 */
public final class SandboxGroups implements GroupDirectory {

    public static final String EMEA_INSIDE_SALES = "emea-inside-sales";
    /** A deactivated user: still in the group, but not a member of any synced team. */
    static final String DEACTIVATED = "r.former";

    private final Map<String, List<String>> members = Map.of(
            EMEA_INSIDE_SALES, List.of("i.lewis", "zhou.jie", "m.lee", "b.walker", "c.hall", "wu.hao", DEACTIVATED),
            "sales-east-china", List.of("li.wei", "zhang.min", "liu.yang", "chen.jing", "yang.lei", "zhao.li",
                    "huang.qiang"),
            "jira-software-users", List.of("m.garcia", "wang.fang", "j.smith", "e.johnson", "l.brown", "o.davis"));
    private final Set<String> inactive = Set.of(DEACTIVATED);

    @Override
    public boolean exists(String groupName) {
        return members.containsKey(groupName);
    }

    @Override
    public Optional<List<String>> activeMemberKeys(String groupName) {
        return Optional.ofNullable(members.get(groupName)).map(keys -> keys.stream()
                .filter(key -> !inactive.contains(key))
                .toList());
    }
}
