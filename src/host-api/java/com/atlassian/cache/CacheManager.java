package com.atlassian.cache;

/** Mirror of atlassian-cache-api 6.x {@code com.atlassian.cache.CacheManager}; see DESIGN.md. Verified against: docs.atlassian.com atlassian-cache 2.11.0 CacheManager.html (extends CacheFactory). Only flushCaches mirrored; getManagedCache(s)/shutdown left out. */
public interface CacheManager extends CacheFactory {
    void flushCaches();
}
