/* "Review cycles": saves or stops a team's cycle through the JSON REST API and shows field errors inline. */
(function () {
    'use strict';

    window.SalesTeamAdmin.editRows({
        table: 'salesteam-cycles-table',
        prefix: 'salesteam-cycle',
        key: 'data-team',
        rest: '/rest/salesteam/1.0/review-cycles/team/',
        messageId: 'salesteam-cycles-message',
        /* Keys are string literals at each call: Jira's jsI18n transformer replaces only literal keys. */
        texts: {
            saved: AJS.I18n.getText('salesteam.cycles.saved'),
            stopped: AJS.I18n.getText('salesteam.cycles.stopped'),
            failed: AJS.I18n.getText('salesteam.cycles.failed'),
            on: AJS.I18n.getText('salesteam.cycles.status.on'),
            off: AJS.I18n.getText('salesteam.cycles.status.off')
        },
        payload: function (value) {
            var dueDay = Number(value('dueDay'));
            return {
                cadence: value('cadence'),
                dueDay: Number.isInteger(dueDay) && value('dueDay') !== '' ? dueDay : null,
                projectKey: value('projectKey'),
                assignee: value('assignee')
            };
        }
    });
}());
