package com.atlassian.jira.timezone;

import com.atlassian.jira.user.ApplicationUser;

import java.util.TimeZone;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.timezone.TimeZoneManager}; see DESIGN.md. Verified against: docs.atlassian.com DAC javadoc TimeZoneManager (getLoggedInUserTimeZone, getTimeZoneforUser, getDefaultTimezone; the parameter became ApplicationUser with Jira 7) and a Jira 8+ plugin calling timeZoneManager.getTimeZoneforUser(applicationUser) (find_string). Note the lower-case "for". */
public interface TimeZoneManager {

    TimeZone getLoggedInUserTimeZone();

    TimeZone getTimeZoneforUser(ApplicationUser user);

    TimeZone getDefaultTimezone();
}
