package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/** Mirror of sal-api 6.x {@code com.atlassian.sal.api.user.UserKey}; see DESIGN.md. Verified against: decompiled sal-api (CFR 0.152, code corpus) UserKey; real value behaviour kept (constructor, getStringValue, toString, equals/hashCode, fromLong). */
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String userkey;

    public UserKey(String userkey) {
        Objects.requireNonNull(userkey, "userkey");
        this.userkey = userkey;
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public String toString() {
        return getStringValue();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        return userkey.equals(((UserKey) o).userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    public static UserKey fromLong(long userId) {
        return new UserKey(String.valueOf(userId));
    }
}
