/* "1:1 meetings" on the Review cycles page: saves or stops a rep's schedule through the JSON REST API and shows
   field errors inline. */
(function () {
    'use strict';

    window.SalesTeamAdmin.editRows({
        table: 'salesteam-oneonones-table',
        prefix: 'salesteam-oneonone',
        key: 'data-rep',
        rest: '/rest/salesteam/1.0/oneonones/schedules/',
        messageId: 'salesteam-oneonones-message',
        /* Keys are string literals at each call: Jira's jsI18n transformer replaces only literal keys. */
        texts: {
            saved: AJS.I18n.getText('salesteam.oneonone.saved'),
            stopped: AJS.I18n.getText('salesteam.oneonone.stopped'),
            failed: AJS.I18n.getText('salesteam.oneonone.failed'),
            on: AJS.I18n.getText('salesteam.oneonone.status.on'),
            off: AJS.I18n.getText('salesteam.oneonone.status.off')
        },
        payload: function (value) {
            return {
                frequency: value('frequency'),
                firstMeeting: value('firstMeeting'),
                projectKey: value('projectKey')
            };
        }
    });
}());
