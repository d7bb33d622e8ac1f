package com.salesteam.jira.model.quota;

/**
 * What a rep may see of their own team's attainment besides their own row, as a Jira administrator sets it:
 * nothing (the default), or the other members' rows and the team's total, with or without the amounts
 * (percentages, bars and pace always; quota, closed and gap only when amounts are not hidden).
 */
public record AttainmentSharing(boolean showTeamToReps, boolean hideAmounts) {

    /** Until an admin decides, reps see only their own row; once shown, amounts stay hidden unless chosen. */
    public static final AttainmentSharing DEFAULT = new AttainmentSharing(false, true);
}
