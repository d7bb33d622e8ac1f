package com.atlassian.cache;

import java.io.Serializable;

/** Mirror of atlassian-cache-api 6.x {@code com.atlassian.cache.DefaultCacheSettings} (package-private, what CacheSettingsBuilder.build() returns); see DESIGN.md. Verified against: decompiled atlassian-cache-api (CFR 0.152, code corpus) DefaultCacheSettings; real value behaviour kept. */
class DefaultCacheSettings implements CacheSettings, Serializable {
    private static final long serialVersionUID = 1L;

    private final Long expireAfterAccess;
    private final Long expireAfterWrite;
    private final Boolean flushable;
    private final Boolean local;
    private final Integer maxEntries;
    private final Boolean replicateAsynchronously;
    private final Boolean replicateViaCopy;
    private final Boolean statisticsEnabled;

    DefaultCacheSettings(Long expireAfterAccess, Long expireAfterWrite, Boolean flushable, Boolean local,
            Integer maxEntries, Boolean replicateAsynchronously, Boolean replicateViaCopy, Boolean statisticsEnabled) {
        this.expireAfterAccess = expireAfterAccess;
        this.expireAfterWrite = expireAfterWrite;
        this.flushable = flushable;
        this.local = local;
        this.maxEntries = maxEntries;
        this.replicateAsynchronously = replicateAsynchronously;
        this.replicateViaCopy = replicateViaCopy;
        this.statisticsEnabled = statisticsEnabled;
    }

    @Override
    public CacheSettings override(CacheSettings o) {
        return new DefaultCacheSettings(
                or(o.getExpireAfterAccess(), expireAfterAccess),
                or(o.getExpireAfterWrite(), expireAfterWrite),
                or(o.getFlushable(), flushable),
                or(o.getLocal(), local),
                or(o.getMaxEntries(), maxEntries),
                or(o.getReplicateAsynchronously(), replicateAsynchronously),
                or(o.getReplicateViaCopy(), replicateViaCopy),
                or(o.getStatisticsEnabled(), statisticsEnabled));
    }

    @Override
    public Long getExpireAfterAccess() {
        return expireAfterAccess;
    }

    @Override
    public long getExpireAfterAccess(long defaultValue) {
        return expireAfterAccess == null ? defaultValue : expireAfterAccess;
    }

    @Override
    public Long getExpireAfterWrite() {
        return expireAfterWrite;
    }

    @Override
    public long getExpireAfterWrite(long defaultValue) {
        return expireAfterWrite == null ? defaultValue : expireAfterWrite;
    }

    @Override
    public Boolean getFlushable() {
        return flushable;
    }

    @Override
    public boolean getFlushable(boolean defaultValue) {
        return flushable == null ? defaultValue : flushable;
    }

    @Override
    public Boolean getLocal() {
        return local;
    }

    @Override
    public boolean getLocal(boolean defaultValue) {
        return local == null ? defaultValue : local;
    }

    @Override
    public Integer getMaxEntries() {
        return maxEntries;
    }

    @Override
    public int getMaxEntries(int defaultValue) {
        return maxEntries == null ? defaultValue : maxEntries;
    }

    @Override
    public Boolean getReplicateAsynchronously() {
        return replicateAsynchronously;
    }

    @Override
    public boolean getReplicateAsynchronously(boolean defaultValue) {
        return replicateAsynchronously == null ? defaultValue : replicateAsynchronously;
    }

    @Override
    public Boolean getReplicateViaCopy() {
        return replicateViaCopy;
    }

    @Override
    public boolean getReplicateViaCopy(boolean defaultValue) {
        return replicateViaCopy == null ? defaultValue : replicateViaCopy;
    }

    @Override
    public Boolean getStatisticsEnabled() {
        return statisticsEnabled;
    }

    @Override
    public boolean getStatisticsEnabled(boolean defaultValue) {
        return statisticsEnabled == null ? defaultValue : statisticsEnabled;
    }

    private static <T> T or(T value, T def) {
        return value != null ? value : def;
    }
}
