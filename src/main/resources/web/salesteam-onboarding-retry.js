/* Development plan page: an administrator's "Retry" on a failed onboarding task puts it back for the onboarding job
   through the JSON REST API (which checks the caller again) and shows the outcome as text in the page's status line. */
(function () {
    'use strict';

    document.addEventListener('click', function (event) {
        var button = event.target.closest('.salesteam-onboarding-retry');
        if (!button) {
            return;
        }
        button.disabled = true;
        var url = '/rest/salesteam/1.0/onboarding/plan/' + encodeURIComponent(button.getAttribute('data-rep'))
            + '/steps/' + encodeURIComponent(button.getAttribute('data-position')) + '/retry';
        window.SalesTeamAdmin.request('POST', url, {}).then(function (reply) {
            if (reply.ok) {
                var cell = button.parentNode;
                /* Keys are string literals: Jira's jsI18n transformer replaces only literal keys. */
                cell.textContent = AJS.I18n.getText('salesteam.devplan.page.retried');
            } else {
                button.disabled = false;
                window.SalesTeamAdmin.message('salesteam-devplan-message', (reply.body && reply.body.errorMessages
                    && reply.body.errorMessages[0]) || AJS.I18n.getText('salesteam.devplan.page.retry.failed'), true);
            }
        }, function () {
            button.disabled = false;
            window.SalesTeamAdmin.message('salesteam-devplan-message',
                AJS.I18n.getText('salesteam.devplan.page.retry.failed'), true);
        });
    });
}());
