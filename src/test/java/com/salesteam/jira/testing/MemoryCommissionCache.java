package com.salesteam.jira.testing;

import com.salesteam.jira.service.commission.CommissionCache;
import com.salesteam.jira.service.commission.CommissionLoader;
import com.salesteam.jira.service.commission.CommissionSetup;
import com.salesteam.jira.store.CommissionRepository;

import java.util.HashMap;
import java.util.Map;

/** The commission cache of one node, for tests and the sandbox: it forgets as the cluster cache does. */
public final class MemoryCommissionCache implements CommissionCache {

    private final CommissionLoader loader;
    private final Map<String, CommissionRepository.Frozen> frozen = new HashMap<>();
    private CommissionSetup setup;

    public MemoryCommissionCache(CommissionLoader loader) {
        this.loader = loader;
    }

    @Override
    public synchronized CommissionSetup setup() {
        if (setup == null) {
            setup = loader.setup();
        }
        return setup;
    }

    @Override
    public synchronized CommissionRepository.Frozen frozen(String repKey) {
        return frozen.computeIfAbsent(repKey, loader::frozen);
    }

    @Override
    public synchronized void forgetAll() {
        setup = null;
        frozen.clear();
    }
}
