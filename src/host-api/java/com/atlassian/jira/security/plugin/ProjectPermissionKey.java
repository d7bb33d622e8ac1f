package com.atlassian.jira.security.plugin;

import java.util.Objects;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.security.plugin.ProjectPermissionKey}; see DESIGN.md. Verified against: jira-api ProjectPermissionKey.java source (6.x/7.x, code corpus); String constructor, permissionKey(), equals/hashCode/toString behaviour copied. Deprecated int constructor omitted. */
public final class ProjectPermissionKey {
    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = Objects.requireNonNull(permissionKey);
    }

    public String permissionKey() {
        return permissionKey;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        return permissionKey.equals(((ProjectPermissionKey) o).permissionKey);
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
