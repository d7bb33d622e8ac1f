package com.salesteam.jira.rest.entities;

import java.util.ArrayList;
import java.util.List;

/** The body of a team create or update: what a client may set. */
public class TeamInputJson {

    private String name;
    private String description;
    private Long parentId;
    private String managerKey;
    private List<String> members = new ArrayList<>();
    private String groupName;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getManagerKey() {
        return managerKey;
    }

    public void setManagerKey(String managerKey) {
        this.managerKey = managerKey;
    }

    public List<String> getMembers() {
        return members;
    }

    public void setMembers(List<String> members) {
        this.members = members;
    }

    /** The Jira group whose active users are the members; null or blank for members kept by hand. */
    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }
}
