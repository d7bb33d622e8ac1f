package com.salesteam.jira.service.commission;

import com.salesteam.jira.store.CommissionRepository;

/** What {@link CommissionCache} keeps, read from the store: the setup in four statements, a rep's frozen lines in one. */
public class CommissionLoader {

    private final CommissionRepository repository;

    public CommissionLoader(CommissionRepository repository) {
        this.repository = repository;
    }

    public CommissionSetup setup() {
        return new CommissionSetup(repository.plans(), repository.assignments(), repository.closedPeriods());
    }

    public CommissionRepository.Frozen frozen(String repKey) {
        return repository.frozen(repKey);
    }
}
