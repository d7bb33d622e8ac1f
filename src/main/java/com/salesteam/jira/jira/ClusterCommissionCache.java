package com.salesteam.jira.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.salesteam.jira.service.commission.CommissionCache;
import com.salesteam.jira.service.commission.CommissionLoader;
import com.salesteam.jira.service.commission.CommissionSetup;
import com.salesteam.jira.store.CommissionRepository;


/**
 * The commission cache on Jira's cluster cache, replicated by invalidation like {@link ClusterScorecardCache}: the
 * setup is one entry, each rep's frozen lines another; an admin's change removes them all on every node.
 */
public class ClusterCommissionCache implements CommissionCache {

    static final String SETUP = ClusterCommissionCache.class.getName() + ".setup";
    static final String FROZEN = ClusterCommissionCache.class.getName() + ".frozen";
    static final int MAX_REPS = 2_000;
    static final long EXPIRY_MINUTES = 30;
    private static final String SETUP_KEY = "setup";

    private final Cache<String, CommissionSetup> setup;
    private final Cache<String, CommissionRepository.Frozen> frozen;

    public ClusterCommissionCache(CacheManager cacheManager, CommissionLoader loader) {
        this.setup = cacheManager.getCache(SETUP, key -> loader.setup(),
                ClusterCaches.invalidatedAcrossNodes(EXPIRY_MINUTES, 1));
        this.frozen = cacheManager.getCache(FROZEN, loader::frozen,
                ClusterCaches.invalidatedAcrossNodes(EXPIRY_MINUTES, MAX_REPS));
    }

    @Override
    public CommissionSetup setup() {
        return setup.get(SETUP_KEY);
    }

    @Override
    public CommissionRepository.Frozen frozen(String repKey) {
        return frozen.get(repKey);
    }

    @Override
    public void forgetAll() {
        setup.removeAll();
        frozen.removeAll();
    }
}
