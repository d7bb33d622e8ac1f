package com.salesteam.jira.service;

import com.salesteam.jira.model.quota.Attainment;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A rep's attainment in one period (of revenue on a deal, of the goal's metric on a Sales Goal), as the Quota
 * Attainment field shows it; no currency for a count, with who may see it: the rep
 * and the managers of the rep's teams (and those above). Admins see every one.
 */
public record RepAttainment(String repKey, String periodKey, Optional<Attainment> attainment,
                            Optional<String> currency, Set<String> viewers) {

    public RepAttainment {
        Objects.requireNonNull(repKey, "repKey");
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(currency, "currency");
        viewers = Set.copyOf(viewers);
    }

    public boolean visibleTo(String userKey, boolean admin) {
        return admin || viewers.contains(userKey);
    }
}
