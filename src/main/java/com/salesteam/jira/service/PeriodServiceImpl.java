package com.salesteam.jira.service;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.store.SettingsRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

public class PeriodServiceImpl implements PeriodService {

    private final SettingsRepository settings;
    private final Clock clock;
    private final AccessGuard access;

    public PeriodServiceImpl(SettingsRepository settings, Clock clock, CurrentUser currentUser) {
        this.settings = settings;
        this.clock = clock;
        this.access = new AccessGuard(currentUser);
    }

    @Override
    public FiscalCalendar calendar() {
        access.requireUser();
        return settings.fiscalCalendar();
    }

    @Override
    public List<Period> current() {
        access.requireUser();
        FiscalCalendar calendar = settings.fiscalCalendar();
        LocalDate today = calendar.today(clock);
        List<Period> periods = new ArrayList<>();
        for (PeriodType type : PeriodType.values()) {
            periods.add(calendar.periodContaining(type, today));
        }
        return periods;
    }

    @Override
    public Period containing(String type, String date) {
        access.requireUser();
        List<FieldError> errors = new ArrayList<>();
        PeriodType periodType = PeriodType.fromKey(type.strip()).orElse(null);
        if (periodType == null) {
            errors.add(FieldError.of("type", "salesteam.error.period.type.unknown", type));
        }
        LocalDate day = null;
        FiscalCalendar calendar = settings.fiscalCalendar();
        if (date.isBlank()) {
            day = calendar.today(clock);
        } else {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of("date", "salesteam.error.period.date.malformed", date));
            }
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        return calendar.periodContaining(periodType, day);
    }

    @Override
    public Period byKey(String key) {
        access.requireUser();
        return Period.parse(key.strip(), settings.fiscalCalendar())
                .orElseThrow(() -> ServiceException.invalid(
                        FieldError.of("key", "salesteam.error.period.key.malformed", key)));
    }
}
