package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

/** Mirror of atlassian-cache-api 6.x {@code com.atlassian.cache.CacheSettingsBuilder}; see DESIGN.md. Verified against: decompiled atlassian-cache-api (CFR 0.152, code corpus) CacheSettingsBuilder; real builder behaviour kept. */
public class CacheSettingsBuilder {
    private Long expireAfterAccess;
    private Long expireAfterWrite;
    private Boolean flushable;
    private Boolean local;
    private Integer maxEntries;
    private Boolean replicateAsynchronously;
    private Boolean replicateViaCopy;
    private Boolean statisticsEnabled;

    public CacheSettingsBuilder() {
    }

    public CacheSettingsBuilder(CacheSettings settings) {
        this.expireAfterAccess = settings.getExpireAfterAccess();
        this.expireAfterWrite = settings.getExpireAfterWrite();
        this.flushable = settings.getFlushable();
        this.local = settings.getLocal();
        this.maxEntries = settings.getMaxEntries();
        this.replicateAsynchronously = settings.getReplicateAsynchronously();
        this.replicateViaCopy = settings.getReplicateViaCopy();
        this.statisticsEnabled = settings.getStatisticsEnabled();
    }

    public CacheSettings build() {
        return new DefaultCacheSettings(expireAfterAccess, expireAfterWrite, flushable, local, maxEntries,
                replicateAsynchronously, replicateViaCopy, statisticsEnabled);
    }

    public CacheSettingsBuilder expireAfterAccess(long expireAfter, TimeUnit timeUnit) {
        this.expireAfterAccess = timeUnit.toMillis(expireAfter);
        return this;
    }

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        this.expireAfterWrite = timeUnit.toMillis(expireAfter);
        return this;
    }

    public CacheSettingsBuilder flushable() {
        this.flushable = true;
        return this;
    }

    public CacheSettingsBuilder unflushable() {
        this.flushable = false;
        return this;
    }

    public CacheSettingsBuilder maxEntries(int maxEntries) {
        if (0 >= maxEntries) {
            throw new IllegalArgumentException("maxEntries must be greater than zero, passed: " + maxEntries);
        }
        this.maxEntries = maxEntries;
        return this;
    }

    public CacheSettingsBuilder replicateAsynchronously() {
        this.replicateAsynchronously = true;
        return this;
    }

    public CacheSettingsBuilder replicateSynchronously() {
        this.replicateAsynchronously = false;
        return this;
    }

    public CacheSettingsBuilder replicateViaCopy() {
        this.replicateViaCopy = true;
        return this;
    }

    public CacheSettingsBuilder replicateViaInvalidation() {
        this.replicateViaCopy = false;
        return this;
    }

    public CacheSettingsBuilder local() {
        this.local = true;
        return this;
    }

    public CacheSettingsBuilder remote() {
        this.local = false;
        return this;
    }

    public CacheSettingsBuilder statisticsEnabled() {
        this.statisticsEnabled = true;
        return this;
    }

    public CacheSettingsBuilder statisticsDisabled() {
        this.statisticsEnabled = false;
        return this;
    }
}
