package com.salesteam.jira.service.automation;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A meeting cadence job that holds no meetings, for the runner of tests about the other jobs. */
final class NoMeetings {

    private NoMeetings() {
    }

    static TeamMeetingAutomation automation() {
        TeamMeetingAutomation meetings = mock(TeamMeetingAutomation.class);
        when(meetings.key()).thenReturn(AutomationJobs.MEETINGS);
        return meetings;
    }
}
