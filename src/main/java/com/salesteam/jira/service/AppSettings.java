package com.salesteam.jira.service;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.store.SettingsRepository;

import java.util.Currency;

/**
 * The app-wide settings that Jira-called adapters (fields, workflow functions, the deal reader) need. Read-only
 * and open to every caller, including background work with nobody logged in.
 */
public class AppSettings {

    private final SettingsRepository settings;

    public AppSettings(SettingsRepository settings) {
        this.settings = settings;
    }

    public FiscalCalendar fiscalCalendar() {
        return settings.fiscalCalendar();
    }

    public Currency defaultCurrency() {
        return settings.defaultCurrency();
    }
}
