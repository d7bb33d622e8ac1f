package com.salesteam.jira.service.ranking;

import com.salesteam.jira.model.ranking.LeaderboardPrivacy;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.LeaderboardSettingsCache;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.store.SettingsRepository;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The admin's choice of what reps see of leaderboards (their teams' boards, the company-wide board, amounts) and who is
 * left out of them. Jira administrators only.
 */
public class LeaderboardPrivacyService {

    private static final String FORBIDDEN = "salesteam.error.leaderboard.privacy.forbidden";

    private final SettingsRepository settings;
    private final LeaderboardSettingsCache cached;
    private final AccessGuard access;

    public LeaderboardPrivacyService(SettingsRepository settings, LeaderboardSettingsCache cached,
                                     CurrentUser currentUser) {
        this.settings = settings;
        this.cached = cached;
        this.access = new AccessGuard(currentUser);
    }

    public LeaderboardPrivacy get() {
        access.requireAdmin(FORBIDDEN);
        return settings.leaderboardPrivacy();
    }

    /** As {@link #set(Boolean, Boolean, Boolean, List)}, keeping whether reps see the company-wide board. */
    public LeaderboardPrivacy set(Boolean showToReps, Boolean hideAmountsFromReps, List<String> excluded) {
        return set(showToReps, hideAmountsFromReps, null, excluded);
    }

    /**
     * Both choices of what reps see are required, so that a partial body never resets them to a default;
     * {@code companyBoardToReps} came later, so a body without it (an older client's) keeps the saved choice; a body
     * without {@code excluded} keeps the stored list, so that the admin form, which does not edit it, cannot put back
     * someone excluded since the page loaded.
     */
    public LeaderboardPrivacy set(Boolean showToReps, Boolean hideAmountsFromReps, Boolean companyBoardToReps,
                                  List<String> excluded) {
        access.requireAdmin(FORBIDDEN);
        List<FieldError> errors = new ArrayList<>();
        if (showToReps == null) {
            errors.add(FieldError.of("showToReps", "salesteam.error.leaderboard.privacy.required"));
        }
        if (hideAmountsFromReps == null) {
            errors.add(FieldError.of("hideAmountsFromReps", "salesteam.error.leaderboard.privacy.required"));
        }
        Set<String> keys = new LinkedHashSet<>();
        if (excluded != null) {
            for (String key : excluded) {
                if (key == null || key.isBlank() || key.length() > SettingsRepository.MAX_EXCLUDED_KEY_LENGTH) {
                    errors.add(FieldError.of("excluded", "salesteam.error.leaderboard.excluded.invalid",
                            SettingsRepository.MAX_EXCLUDED_KEY_LENGTH));
                    break;
                }
                keys.add(key);
            }
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        LeaderboardPrivacy stored = companyBoardToReps == null || excluded == null
                ? settings.leaderboardPrivacy() : null;
        boolean company = companyBoardToReps != null ? companyBoardToReps : stored.companyBoardToReps();
        Set<String> kept = excluded != null ? keys : stored.excluded();
        LeaderboardPrivacy privacy = new LeaderboardPrivacy(showToReps, hideAmountsFromReps, company, kept);
        settings.saveLeaderboardPrivacy(privacy);
        // after the commit, so that no node reloads the privacy being replaced
        cached.forget();
        return privacy;
    }
}
