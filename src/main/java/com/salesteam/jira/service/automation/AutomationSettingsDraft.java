package com.salesteam.jira.service.automation;

/** Settings as an admin typed them: checked by the service, which names each bad field. Nulls mean "missing". */
public record AutomationSettingsDraft(String actorUsername, String quietStart, String quietEnd, Boolean quietWeekends,
                                      Integer maxSlips) {
}
