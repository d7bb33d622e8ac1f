package com.atlassian.cache;

/** Mirror of atlassian-cache-api 6.x {@code com.atlassian.cache.CacheSettings}; see DESIGN.md. Verified against: decompiled atlassian-cache-api (CFR 0.152, code corpus) CacheSettings. */
public interface CacheSettings {
    Long getExpireAfterAccess();

    long getExpireAfterAccess(long defaultValue);

    Long getExpireAfterWrite();

    long getExpireAfterWrite(long defaultValue);

    Boolean getFlushable();

    boolean getFlushable(boolean defaultValue);

    Boolean getLocal();

    boolean getLocal(boolean defaultValue);

    Integer getMaxEntries();

    int getMaxEntries(int defaultValue);

    Boolean getReplicateAsynchronously();

    boolean getReplicateAsynchronously(boolean defaultValue);

    Boolean getReplicateViaCopy();

    boolean getReplicateViaCopy(boolean defaultValue);

    Boolean getStatisticsEnabled();

    boolean getStatisticsEnabled(boolean defaultValue);

    CacheSettings override(CacheSettings overrides);
}
