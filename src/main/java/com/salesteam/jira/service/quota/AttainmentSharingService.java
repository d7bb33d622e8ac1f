package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.quota.AttainmentSharing;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.store.SettingsRepository;

import java.util.ArrayList;
import java.util.List;

/** The admin's choice of what reps see of their team's attainment. Jira administrators read and change it. */
public class AttainmentSharingService {

    private static final String FORBIDDEN = "salesteam.error.attainment.sharing.forbidden";

    private final SettingsRepository settings;
    private final AccessGuard access;

    public AttainmentSharingService(SettingsRepository settings, CurrentUser currentUser) {
        this.settings = settings;
        this.access = new AccessGuard(currentUser);
    }

    public AttainmentSharing get() {
        access.requireAdmin(FORBIDDEN);
        return settings.attainmentSharing();
    }

    /** Both choices are required, so that a partial body never flips the other one to a default. */
    public AttainmentSharing set(Boolean showTeamToReps, Boolean hideAmounts) {
        access.requireAdmin(FORBIDDEN);
        List<FieldError> errors = new ArrayList<>();
        if (showTeamToReps == null) {
            errors.add(FieldError.of("showTeamToReps", "salesteam.error.attainment.sharing.required"));
        }
        if (hideAmounts == null) {
            errors.add(FieldError.of("hideAmounts", "salesteam.error.attainment.sharing.required"));
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        AttainmentSharing sharing = new AttainmentSharing(showTeamToReps, hideAmounts);
        settings.saveAttainmentSharing(sharing);
        return sharing;
    }
}
