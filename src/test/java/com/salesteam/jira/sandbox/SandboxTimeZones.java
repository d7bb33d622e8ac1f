package com.salesteam.jira.sandbox;

import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;

import java.time.ZoneId;
import java.util.TimeZone;

/** The demo users' time zones: the Chinese-named reps in Shanghai, everyone else in London. */
final class SandboxTimeZones implements TimeZoneManager {

    private static final ZoneId DEFAULT = ZoneId.of("Europe/London");

    private final SandboxSession session;

    SandboxTimeZones(SandboxSession session) {
        this.session = session;
    }

    static ZoneId zoneOf(String userKey) {
        return userKey.contains(".") && !userKey.matches("[a-z]\\..*") ? ZoneId.of("Asia/Shanghai") : DEFAULT;
    }

    @Override
    public TimeZone getLoggedInUserTimeZone() {
        return TimeZone.getTimeZone(session.caller().map(caller -> zoneOf(caller.userKey())).orElse(DEFAULT));
    }

    @Override
    public TimeZone getTimeZoneforUser(ApplicationUser user) {
        return TimeZone.getTimeZone(zoneOf(user.getKey()));
    }

    @Override
    public TimeZone getDefaultTimezone() {
        return TimeZone.getTimeZone(DEFAULT);
    }
}
