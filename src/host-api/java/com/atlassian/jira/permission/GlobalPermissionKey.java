package com.atlassian.jira.permission;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.permission.GlobalPermissionKey}; see DESIGN.md. Verified against: jira-api GlobalPermissionKey.java source (code corpus) and docs.atlassian.com/jira/latest GlobalPermissionKey.html (7.x; USE deprecated since 7.0). Real key values and of()/getKey()/equals/hashCode behaviour. */
public final class GlobalPermissionKey {
    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");
    public static final GlobalPermissionKey SYSTEM_ADMIN = new GlobalPermissionKey("SYSTEM_ADMIN");
    /** Deprecated in Jira since 7.0 (use ApplicationAuthorizationService); kept because it was requested. */
    @Deprecated
    public static final GlobalPermissionKey USE = new GlobalPermissionKey("USE");
    public static final GlobalPermissionKey USER_PICKER = new GlobalPermissionKey("USER_PICKER");
    public static final GlobalPermissionKey CREATE_SHARED_OBJECTS = new GlobalPermissionKey("CREATE_SHARED_OBJECTS");
    public static final GlobalPermissionKey MANAGE_GROUP_FILTER_SUBSCRIPTIONS = new GlobalPermissionKey("MANAGE_GROUP_FILTER_SUBSCRIPTIONS");
    public static final GlobalPermissionKey BULK_CHANGE = new GlobalPermissionKey("BULK_CHANGE");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    @Override
    public String toString() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        return key.equals(((GlobalPermissionKey) o).key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    public static GlobalPermissionKey of(String key) {
        return new GlobalPermissionKey(key);
    }
}
