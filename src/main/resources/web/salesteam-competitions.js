/* Competitions page: an administrator's "Delete" on a finished competition, after a confirm, goes to the JSON REST
   API (DELETE, which checks the caller again); the page then reloads with its "deleted" notice, or says why not.
   The competition's name is read from the escaped data attribute and only ever written as text. */
(function () {
    'use strict';

    var PAGE = '/plugins/servlet/salesteam/competitions';

    function failed(text) {
        window.SalesTeamAdmin.message('salesteam-competition-message',
            text || AJS.I18n.getText('salesteam.competition.delete.failed'), true);
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest('.salesteam-competition-delete-finished');
        if (!button) {
            return;
        }
        /* Keys are string literals: Jira's jsI18n transformer replaces only literal keys. */
        if (!window.confirm(AJS.format(AJS.I18n.getText('salesteam.competition.delete.confirm'),
                button.getAttribute('data-name')))) {
            return;
        }
        button.disabled = true;
        var url = '/rest/salesteam/1.0/competitions/' + encodeURIComponent(button.getAttribute('data-competition'));
        window.SalesTeamAdmin.request('DELETE', url).then(function (reply) {
            if (reply.ok) {
                window.location.assign(AJS.contextPath() + PAGE + '?deleted=1');
                return;
            }
            button.disabled = false;
            failed(reply.body && reply.body.errorMessages && reply.body.errorMessages[0]);
        }, function () {
            button.disabled = false;
            failed();
        });
    });
}());
