/* "1:1 meetings" on the Review cycles page: saves or stops a rep's schedule through the JSON REST API and shows
   field errors inline. */
(function () {
    'use strict';

    var REST = '/rest/salesteam/1.0/oneonones/schedules/';

    /* Keys are string literals at each call: Jira's jsI18n transformer replaces only literal keys. */
    var TEXTS = {
        saved: AJS.I18n.getText('salesteam.oneonone.saved'),
        stopped: AJS.I18n.getText('salesteam.oneonone.stopped'),
        failed: AJS.I18n.getText('salesteam.oneonone.failed'),
        on: AJS.I18n.getText('salesteam.oneonone.status.on'),
        off: AJS.I18n.getText('salesteam.oneonone.status.off')
    };

    function showMessage(text, isError) {
        window.SalesTeamAdmin.message('salesteam-oneonones-message', text, isError);
    }

    function clearErrors(row) {
        row.querySelectorAll('.salesteam-field-error').forEach(function (node) {
            node.textContent = '';
        });
    }

    function value(row, name) {
        return row.querySelector('[name="' + name + '"]').value.trim();
    }

    function save(row) {
        clearErrors(row);
        window.SalesTeamAdmin.request('PUT', REST + encodeURIComponent(row.getAttribute('data-rep')), {
            frequency: value(row, 'frequency'),
            firstMeeting: value(row, 'firstMeeting'),
            projectKey: value(row, 'projectKey')
        }).then(function (result) {
            if (result.ok) {
                row.querySelector('.salesteam-oneonone-status').textContent = TEXTS.on;
                row.querySelector('.salesteam-oneonone-stop').hidden = false;
                showMessage(TEXTS.saved, false);
                return;
            }
            var errors = (result.body && result.body.errors) || {};
            Object.keys(errors).forEach(function (field) {
                var target = row.querySelector('.salesteam-field-error[data-field="' + field + '"]');
                if (target) {
                    target.textContent = errors[field];
                }
            });
            var messages = (result.body && result.body.errorMessages) || [];
            showMessage(messages.length ? messages.join(' ') : TEXTS.failed, true);
        }, function () {
            showMessage(TEXTS.failed, true);
        });
    }

    function stop(row) {
        clearErrors(row);
        window.SalesTeamAdmin.request('DELETE', REST + encodeURIComponent(row.getAttribute('data-rep')))
            .then(function (result) {
                if (result.ok) {
                    row.querySelector('.salesteam-oneonone-status').textContent = TEXTS.off;
                    row.querySelector('.salesteam-oneonone-stop').hidden = true;
                    showMessage(TEXTS.stopped, false);
                } else {
                    showMessage(TEXTS.failed, true);
                }
            }, function () {
                showMessage(TEXTS.failed, true);
            });
    }

    function init() {
        document.querySelectorAll('#salesteam-oneonones-table .salesteam-oneonone-row').forEach(function (row) {
            row.querySelector('.salesteam-oneonone-save').addEventListener('click', function () {
                save(row);
            });
            row.querySelector('.salesteam-oneonone-stop').addEventListener('click', function () {
                stop(row);
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
