package com.salesteam.jira.rest.entities;

import java.util.List;

/** A team as the REST API returns it. */
public class TeamJson {

    private final long id;
    private final String name;
    private final String description;
    private final Long parentId;
    private final PersonJson manager;
    private final List<PersonJson> members;
    private final String groupName;

    public TeamJson(long id, String name, String description, Long parentId, PersonJson manager,
                    List<PersonJson> members, String groupName) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.parentId = parentId;
        this.manager = manager;
        this.members = List.copyOf(members);
        this.groupName = groupName;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    /** Null for a top-level team. */
    public Long getParentId() {
        return parentId;
    }

    /** Null when the team has no manager. */
    public PersonJson getManager() {
        return manager;
    }

    public List<PersonJson> getMembers() {
        return members;
    }

    /** The Jira group the members are kept in sync with; null when they are kept by hand. */
    public String getGroupName() {
        return groupName;
    }
}
