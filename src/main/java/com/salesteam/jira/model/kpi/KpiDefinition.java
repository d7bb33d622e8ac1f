package com.salesteam.jira.model.kpi;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A KPI: its key (lowercase letters, digits and hyphens, 2 to 40, never changed as entries refer to it), its names in
 * English and Simplified Chinese, unit, source, direction, a benchmark per role (the expected value per month,
 * exact, never negative) and whether it is in use. A retired KPI is deactivated, not deleted, so its history stays.
 */
public record KpiDefinition(String key, String nameEn, String nameZh, KpiUnit unit, KpiSource source,
                            KpiDirection direction, Map<KpiRole, BigDecimal> benchmarks, boolean active) {

    public static final int MAX_NAME_LENGTH = 80;
    /** Benchmarks and logged values keep at most this many decimals, as stored. */
    public static final int SCALE = 2;
    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{2,40}");

    public KpiDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(direction, "direction");
        if (!isValidKey(key)) {
            throw new IllegalArgumentException("not a KPI key: " + key);
        }
        if (nameEn.isBlank() || nameZh.isBlank() || nameEn.length() > MAX_NAME_LENGTH || nameZh.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a KPI has both names, of 1 to " + MAX_NAME_LENGTH + " characters");
        }
        EnumMap<KpiRole, BigDecimal> copy = new EnumMap<>(KpiRole.class);
        for (KpiRole role : KpiRole.values()) {
            BigDecimal benchmark = Objects.requireNonNull(benchmarks.get(role), "benchmark of " + role);
            if (benchmark.signum() < 0 || benchmark.stripTrailingZeros().scale() > SCALE) {
                throw new IllegalArgumentException("a benchmark is at least 0 with at most " + SCALE + " decimals");
            }
            copy.put(role, benchmark.setScale(SCALE));
        }
        benchmarks = Map.copyOf(copy);
    }

    public static boolean isValidKey(String key) {
        return KEY.matcher(key).matches();
    }

    public BigDecimal benchmark(KpiRole role) {
        return benchmarks.get(role);
    }

    /** The name in the reader's language: Chinese for any Chinese locale, English otherwise. */
    public String name(Locale locale) {
        return locale.getLanguage().equals(Locale.CHINESE.getLanguage()) ? nameZh : nameEn;
    }

    /** An exact value as people read and type it, without trailing zeros: "12", "2.5". */
    public static String plainText(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    public boolean manual() {
        return source instanceof KpiSource.Manual;
    }

    public KpiDefinition withActive(boolean isActive) {
        return new KpiDefinition(key, nameEn, nameZh, unit, source, direction, benchmarks, isActive);
    }

    /** The activity KPIs every installation starts with: calls, meetings and e-mails, logged per day. */
    public static List<KpiDefinition> standardActivities() {
        return List.of(
                manualCount("calls", "Calls", "电话", "200", "40"),
                manualCount("meetings", "Meetings", "会议", "20", "10"),
                manualCount("emails", "E-mails", "电子邮件", "300", "100"));
    }

    private static KpiDefinition manualCount(String key, String nameEn, String nameZh, String rep, String manager) {
        return new KpiDefinition(key, nameEn, nameZh, KpiUnit.COUNT, new KpiSource.Manual(),
                KpiDirection.HIGHER_IS_BETTER,
                Map.of(KpiRole.REP, new BigDecimal(rep), KpiRole.MANAGER, new BigDecimal(manager)), true);
    }
}
