package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.cadence.MeetingIssue;
import com.salesteam.jira.store.OneOnOneRepository;
import com.salesteam.jira.store.RepCoachingRepository;

/**
 * Keeps the 1:1 store in step with 1:1 Meeting issues (the issue listener calls it): when and whether each meeting
 * was held and its action items, for the next agenda; and a held meeting as the rep's last 1:1 for the Coaching &amp;
 * Reviews gadget (an earlier meeting held late never moves that back). A meeting without a rep is not recorded.
 */
public class MeetingRecords {

    private final OneOnOneRepository meetings;
    private final RepCoachingRepository coaching;

    public MeetingRecords(OneOnOneRepository meetings, RepCoachingRepository coaching) {
        this.meetings = meetings;
        this.coaching = coaching;
    }

    public void record(MeetingIssue meeting) {
        if (meeting.repKey().isEmpty()) {
            return;
        }
        String rep = meeting.repKey().get();
        meetings.recordMeeting(meeting.issueId(), meeting.issueKey(), rep, meeting.heldAt(), meeting.actionItems());
        meeting.heldAt().ifPresent(held -> coaching.recordOneOnOne(rep, held));
    }

    /** A deleted meeting's items leave the next agenda; the rep's last 1:1 stays (it was held). */
    public void delete(long issueId) {
        meetings.forgetHeld(issueId);
    }
}
