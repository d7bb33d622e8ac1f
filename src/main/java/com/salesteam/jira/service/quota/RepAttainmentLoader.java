package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamRepository;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what the attainment cache keeps of one rep, in four statements: the calendar, the teams (one), the rep's
 * quotas and the rep's day sums. Not a use case of its own: no caller check, the cache's reader decides.
 */
public class RepAttainmentLoader {

    private final QuotaRepository quotas;
    private final DealLedger ledger;
    private final TeamRepository teams;
    private final SettingsRepository settings;
    private final Clock clock;

    public RepAttainmentLoader(QuotaRepository quotas, DealLedger ledger, TeamRepository teams,
                               SettingsRepository settings, Clock clock) {
        this.quotas = quotas;
        this.ledger = ledger;
        this.teams = teams;
        this.settings = settings;
        this.clock = clock;
    }

    public RepFigures load(String repKey) {
        Map<String, Map<QuotaMetric, Quota>> byPeriod = new HashMap<>();
        // the figures answer deals and goals, whose metrics are deal metrics: a KPI's quota has no figures here
        quotas.allOf(new QuotaSubject.Rep(repKey)).forEach(quota -> {
            if (quota.metric() instanceof QuotaMetric metric) {
                byPeriod.computeIfAbsent(quota.periodKey(), period -> new EnumMap<>(QuotaMetric.class)).put(metric, quota);
            }
        });
        return new RepFigures(repKey, settings.fiscalCalendar(), byPeriod, ledger.daysOf(repKey), viewers(repKey),
                clock);
    }

    /** The rep and every manager of a team the rep is in, or of a team above it. */
    private Set<String> viewers(String repKey) {
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        Set<String> viewers = new HashSet<>();
        viewers.add(repKey);
        for (Team team : hierarchy.all()) {
            if (team.memberKeys().contains(repKey)) {
                Optional<Team> cursor = Optional.of(team);
                Set<Long> seen = new HashSet<>();
                while (cursor.isPresent() && seen.add(cursor.get().id())) {
                    cursor.get().managerKey().ifPresent(viewers::add);
                    cursor = cursor.get().parentId().flatMap(hierarchy::team);
                }
            }
        }
        return viewers;
    }
}
