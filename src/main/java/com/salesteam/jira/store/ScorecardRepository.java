package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.Scorecard;
import com.salesteam.jira.model.kpi.ScorecardWeight;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The KPI scorecard of each role: its weighted lines. */
public class ScorecardRepository {

    private final ActiveObjects ao;

    public ScorecardRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Every role's scorecard (empty for a role without lines), from one statement. */
    public Map<KpiRole, Scorecard> scorecards() {
        Map<KpiRole, List<Line>> lines = new EnumMap<>(KpiRole.class);
        ao.stream(ScoreWeightEntity.class, Query.select(), row -> lines
                .computeIfAbsent(KpiRole.valueOf(row.getRoleKey()), role -> new ArrayList<>())
                .add(new Line(row.getID(), row.getLineNo(), new ScorecardWeight(row.getKpiKey(),
                        value(row.getWeightHundredths()), row.getCapHundredths() == 0 ? Optional.empty()
                        : Optional.of(value(row.getCapHundredths()))))));
        Map<KpiRole, Scorecard> scorecards = new EnumMap<>(KpiRole.class);
        for (KpiRole role : KpiRole.values()) {
            List<Line> all = lines.getOrDefault(role, List.of());
            // two saves at once (a double submit) can both write their lines: the latest save's lines start at the
            // highest first line, as one save writes its lines in one batch
            int latest = all.stream().filter(line -> line.number() == 0).mapToInt(Line::id).max().orElse(0);
            List<Line> found = all.stream().filter(line -> line.id() >= latest)
                    .sorted(Comparator.comparingInt(Line::number)).toList();
            scorecards.put(role, new Scorecard(role, found.stream().map(Line::weight).toList()));
        }
        return scorecards;
    }

    /** Replaces the lines of each given role (other roles keep theirs), all in one transaction. */
    public void replace(Collection<Scorecard> scorecards) {
        ao.executeInTransaction(() -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Scorecard scorecard : scorecards) {
                ao.deleteWithSQL(ScoreWeightEntity.class, "ROLE_KEY = ?", scorecard.role().name());
                for (int i = 0; i < scorecard.weights().size(); i++) {
                    ScorecardWeight weight = scorecard.weights().get(i);
                    Map<String, Object> row = new HashMap<>();
                    row.put("ROLE_KEY", scorecard.role().name());
                    row.put("LINE_NO", i);
                    row.put("KPI_KEY", weight.kpiKey());
                    row.put("WEIGHT_HUNDREDTHS", hundredths(weight.weight()));
                    row.put("CAP_HUNDREDTHS", weight.cap().map(ScorecardRepository::hundredths).orElse(0L));
                    rows.add(row);
                }
            }
            if (!rows.isEmpty()) {
                ao.create(ScoreWeightEntity.class, rows);
            }
            return null;
        });
    }

    private record Line(int id, int number, ScorecardWeight weight) {
    }

    private static long hundredths(BigDecimal value) {
        return value.movePointRight(KpiDefinition.SCALE).longValueExact();
    }

    private static BigDecimal value(long hundredths) {
        return BigDecimal.valueOf(hundredths, KpiDefinition.SCALE);
    }
}
