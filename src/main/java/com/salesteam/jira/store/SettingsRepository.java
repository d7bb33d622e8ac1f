package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.quota.AttainmentSharing;
import com.salesteam.jira.model.ranking.LeaderboardPrivacy;
import net.java.ao.Query;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * App-wide settings as key/value rows. Read on every request rather than cached, so that every cluster
 * node sees a change at once; it is one indexed statement. Leaderboards alone read {@link #leaderboardSettings()}
 * through a cluster cache, which the services saving the calendar or the privacy forget on every node.
 */
public class SettingsRepository {

    static final String FISCAL_YEAR_START = "fiscal.yearStartMonth";
    static final String TIME_ZONE = "fiscal.timeZone";
    static final String WEEK_START = "fiscal.weekStart";
    static final String DEFAULT_CURRENCY = "deal.defaultCurrency";
    static final Currency FALLBACK_CURRENCY = Currency.getInstance("USD");
    static final String SHOW_TEAM_ATTAINMENT = "attainment.showTeamToReps";
    static final String HIDE_TEAM_AMOUNTS = "attainment.hideAmountsFromReps";

    private final ActiveObjects ao;

    public SettingsRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The configured calendar, or {@link FiscalCalendar#DEFAULT} for anything not (validly) set. */
    public FiscalCalendar fiscalCalendar() {
        return calendar(values(FISCAL_YEAR_START, TIME_ZONE, WEEK_START));
    }

    private static FiscalCalendar calendar(Map<String, String> values) {
        FiscalCalendar fallback = FiscalCalendar.DEFAULT;
        Month start = parse(values.get(FISCAL_YEAR_START), Month::valueOf).orElse(fallback.fiscalYearStart());
        ZoneId zone = parse(values.get(TIME_ZONE), ZoneId::of).orElse(fallback.zone());
        DayOfWeek weekStart = parse(values.get(WEEK_START), DayOfWeek::valueOf).orElse(fallback.weekStart());
        return FiscalCalendar.of(start, zone, weekStart);
    }

    public void saveFiscalCalendar(FiscalCalendar calendar) {
        putAll(Map.of(FISCAL_YEAR_START, calendar.fiscalYearStart().name(), TIME_ZONE, calendar.zone().getId(),
                WEEK_START, calendar.weekStart().name()));
    }

    /** The currency of a deal whose amount names none (USD until an admin chooses). */
    public Currency defaultCurrency() {
        return currency(values(DEFAULT_CURRENCY));
    }

    /** The calendar and the default currency in one statement, for imports and scorecards that need both. */
    public CalendarAndCurrency calendarAndCurrency() {
        Map<String, String> values = values(FISCAL_YEAR_START, TIME_ZONE, WEEK_START, DEFAULT_CURRENCY);
        return new CalendarAndCurrency(calendar(values), currency(values));
    }

    public record CalendarAndCurrency(FiscalCalendar calendar, Currency currency) {
    }

    private static Currency currency(Map<String, String> values) {
        return parse(values.get(DEFAULT_CURRENCY), Currency::getInstance).orElse(FALLBACK_CURRENCY);
    }

    public void saveDefaultCurrency(Currency currency) {
        putAll(Map.of(DEFAULT_CURRENCY, currency.getCurrencyCode()));
    }

    /** True when the fiscal calendar has been stored (the first upgrade task stores the default). */
    public boolean hasFiscalCalendar() {
        return values(FISCAL_YEAR_START).containsKey(FISCAL_YEAR_START);
    }

    /** The stored values of these keys (absent ones left out), in one statement. */
    Map<String, String> values(String... keys) {
        StringBuilder placeholders = new StringBuilder();
        for (int i = 0; i < keys.length; i++) {
            placeholders.append(i == 0 ? "?" : ", ?");
        }
        AppSettingEntity[] rows = ao.find(AppSettingEntity.class,
                Query.select().where("SETTING_KEY IN (" + placeholders + ")", (Object[]) keys));
        Map<String, String> values = new HashMap<>();
        for (AppSettingEntity row : rows) {
            if (row.getSettingValue() != null) {
                values.put(row.getSettingKey(), row.getSettingValue());
            }
        }
        return values;
    }

    /** Stores every value, creating the settings that do not exist yet, in one transaction. */
    void putAll(Map<String, String> values) {
        ao.executeInTransaction(() -> {
            values.forEach(this::put);
            return null;
        });
    }

    private void put(String key, String value) {
        AppSettingEntity[] rows = ao.find(AppSettingEntity.class, Query.select().where("SETTING_KEY = ?", key));
        if (rows.length == 0) {
            ao.create(AppSettingEntity.class, Map.<String, Object>of("SETTING_KEY", key, "SETTING_VALUE", value));
        } else {
            rows[0].setSettingValue(value);
            rows[0].save();
        }
    }

    // --- Quota Attainment gadget: what reps see of their team's attainment ---

    /** What reps see of their team's attainment; {@link AttainmentSharing#DEFAULT} until an admin chooses. */
    public AttainmentSharing attainmentSharing() {
        return sharing(values(SHOW_TEAM_ATTAINMENT, HIDE_TEAM_AMOUNTS));
    }

    public void saveAttainmentSharing(AttainmentSharing sharing) {
        putAll(Map.of(SHOW_TEAM_ATTAINMENT, Boolean.toString(sharing.showTeamToReps()),
                HIDE_TEAM_AMOUNTS, Boolean.toString(sharing.hideAmounts())));
    }

    /** The calendar and the sharing in one statement, so a team's attainment stays within its query budget. */
    public CalendarAndSharing calendarAndSharing() {
        Map<String, String> values = values(FISCAL_YEAR_START, TIME_ZONE, WEEK_START, SHOW_TEAM_ATTAINMENT,
                HIDE_TEAM_AMOUNTS);
        return new CalendarAndSharing(calendar(values), sharing(values));
    }

    public record CalendarAndSharing(FiscalCalendar calendar, AttainmentSharing sharing) {
    }

    // --- Leaderboards: what reps see of them and who is left out (admins set it) ---

    static final String BOARD_SHOW_TO_REPS = "leaderboard.showToReps";
    static final String BOARD_HIDE_AMOUNTS = "leaderboard.hideAmountsFromReps";
    static final String BOARD_COMPANY_TO_REPS = "leaderboard.companyBoardToReps";
    /** One row per excluded user, key = this prefix + user key: no list grows past a column's 255 characters. */
    static final String BOARD_EXCLUDED_PREFIX = "leaderboard.excluded:";
    /** A user key longer than this would not fit a setting key after the prefix. */
    public static final int MAX_EXCLUDED_KEY_LENGTH = 255 - BOARD_EXCLUDED_PREFIX.length();

    public LeaderboardPrivacy leaderboardPrivacy() {
        return leaderboardSettings().privacy();
    }

    /**
     * The calendar, the default currency and the leaderboard privacy with its exclusions in one statement, so a
     * leaderboard request stays within its budget of five.
     */
    public LeaderboardSettings leaderboardSettings() {
        String[] keys = {FISCAL_YEAR_START, TIME_ZONE, WEEK_START, DEFAULT_CURRENCY, BOARD_SHOW_TO_REPS,
                BOARD_HIDE_AMOUNTS, BOARD_COMPANY_TO_REPS};
        List<Object> parameters = new ArrayList<>(List.of(keys));
        parameters.add(BOARD_EXCLUDED_PREFIX + "%");
        Map<String, String> values = new HashMap<>();
        Set<String> excluded = new HashSet<>();
        for (AppSettingEntity row : ao.find(AppSettingEntity.class, Query.select().where("SETTING_KEY IN ("
                + String.join(", ", Collections.nCopies(keys.length, "?")) + ") OR SETTING_KEY LIKE ?",
                parameters.toArray()))) {
            if (row.getSettingKey().startsWith(BOARD_EXCLUDED_PREFIX)) {
                excluded.add(row.getSettingKey().substring(BOARD_EXCLUDED_PREFIX.length()));
            } else if (row.getSettingValue() != null) {
                values.put(row.getSettingKey(), row.getSettingValue());
            }
        }
        LeaderboardPrivacy fallback = LeaderboardPrivacy.DEFAULT;
        LeaderboardPrivacy privacy = new LeaderboardPrivacy(
                flag(values.get(BOARD_SHOW_TO_REPS), fallback.showToReps()),
                flag(values.get(BOARD_HIDE_AMOUNTS), fallback.hideAmountsFromReps()),
                flag(values.get(BOARD_COMPANY_TO_REPS), fallback.companyBoardToReps()), excluded);
        return new LeaderboardSettings(calendar(values), currency(values), privacy);
    }

    public record LeaderboardSettings(FiscalCalendar calendar, Currency currency, LeaderboardPrivacy privacy) {
    }

    /**
     * The flags, and the exclusions replaced by exactly these (rows added and removed), in one transaction. The flag
     * rows and the exclusions are read in one statement, so a save writes only what it changes besides the flags.
     */
    public void saveLeaderboardPrivacy(LeaderboardPrivacy privacy) {
        Map<String, String> flags = Map.of(BOARD_SHOW_TO_REPS, Boolean.toString(privacy.showToReps()),
                BOARD_HIDE_AMOUNTS, Boolean.toString(privacy.hideAmountsFromReps()),
                BOARD_COMPANY_TO_REPS, Boolean.toString(privacy.companyBoardToReps()));
        ao.executeInTransaction(() -> {
            Map<String, String> missingFlags = new HashMap<>(flags);
            Set<String> missing = new HashSet<>(privacy.excluded());
            for (AppSettingEntity row : ao.find(AppSettingEntity.class, Query.select().where(
                    "SETTING_KEY IN (?, ?, ?) OR SETTING_KEY LIKE ?", BOARD_SHOW_TO_REPS, BOARD_HIDE_AMOUNTS,
                    BOARD_COMPANY_TO_REPS, BOARD_EXCLUDED_PREFIX + "%"))) {
                String key = row.getSettingKey();
                if (flags.containsKey(key)) {
                    missingFlags.remove(key);
                    row.setSettingValue(flags.get(key));
                    row.save();
                } else if (!missing.remove(key.substring(BOARD_EXCLUDED_PREFIX.length()))) {
                    ao.delete(row);
                }
            }
            missingFlags.forEach((key, value) -> ao.create(AppSettingEntity.class, Map.<String, Object>of(
                    "SETTING_KEY", key, "SETTING_VALUE", value)));
            missing.forEach(userKey -> ao.create(AppSettingEntity.class, Map.<String, Object>of(
                    "SETTING_KEY", BOARD_EXCLUDED_PREFIX + userKey, "SETTING_VALUE", "true")));
            return null;
        });
    }

    private static AttainmentSharing sharing(Map<String, String> values) {
        AttainmentSharing fallback = AttainmentSharing.DEFAULT;
        return new AttainmentSharing(flag(values.get(SHOW_TEAM_ATTAINMENT), fallback.showTeamToReps()),
                flag(values.get(HIDE_TEAM_AMOUNTS), fallback.hideAmounts()));
    }

    /** Only "true" or "false"; anything else is the safe default. */
    private static boolean flag(String text, boolean fallback) {
        return "true".equals(text) || (!"false".equals(text) && fallback);
    }

    private static <T> Optional<T> parse(String text, java.util.function.Function<String, T> parser) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(text));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
