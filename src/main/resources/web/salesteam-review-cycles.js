/* "Review cycles": saves or stops a team's cycle through the JSON REST API and shows field errors inline. */
(function () {
    'use strict';

    var REST = '/rest/salesteam/1.0/review-cycles/team/';

    /* Keys are string literals at each call: Jira's jsI18n transformer replaces only literal keys. */
    var TEXTS = {
        saved: AJS.I18n.getText('salesteam.cycles.saved'),
        stopped: AJS.I18n.getText('salesteam.cycles.stopped'),
        failed: AJS.I18n.getText('salesteam.cycles.failed'),
        on: AJS.I18n.getText('salesteam.cycles.status.on'),
        off: AJS.I18n.getText('salesteam.cycles.status.off')
    };

    function showMessage(text, isError) {
        window.SalesTeamAdmin.message('salesteam-cycles-message', text, isError);
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
        var dueDay = Number(value(row, 'dueDay'));
        window.SalesTeamAdmin.request('PUT', REST + encodeURIComponent(row.getAttribute('data-team')), {
            cadence: value(row, 'cadence'),
            dueDay: Number.isInteger(dueDay) && value(row, 'dueDay') !== '' ? dueDay : null,
            projectKey: value(row, 'projectKey'),
            assignee: value(row, 'assignee')
        }).then(function (result) {
            if (result.ok) {
                row.querySelector('.salesteam-cycle-status').textContent = TEXTS.on;
                row.querySelector('.salesteam-cycle-stop').hidden = false;
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
        window.SalesTeamAdmin.request('DELETE', REST + encodeURIComponent(row.getAttribute('data-team')))
            .then(function (result) {
                if (result.ok) {
                    row.querySelector('.salesteam-cycle-status').textContent = TEXTS.off;
                    row.querySelector('.salesteam-cycle-stop').hidden = true;
                    showMessage(TEXTS.stopped, false);
                } else {
                    showMessage(TEXTS.failed, true);
                }
            }, function () {
                showMessage(TEXTS.failed, true);
            });
    }

    function init() {
        document.querySelectorAll('#salesteam-cycles-table .salesteam-cycle-row').forEach(function (row) {
            row.querySelector('.salesteam-cycle-save').addEventListener('click', function () {
                save(row);
            });
            row.querySelector('.salesteam-cycle-stop').addEventListener('click', function () {
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
