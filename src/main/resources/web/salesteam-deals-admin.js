/* Deals admin page: edits the stage rules (saved as a whole over REST) and starts a rebuild of the ledger. */
(function () {
    'use strict';

    /* Keys are string literals at each call: Jira's jsI18n transformer replaces only literal keys. */
    var TEXTS = {
        saved: AJS.I18n.getText('salesteam.admin.deals.stages.saved'),
        scheduled: AJS.I18n.getText('salesteam.admin.deals.ledger.scheduled')
    };

    function showMessage(message, isError) {
        window.SalesTeamAdmin.message('salesteam-deals-message', message, isError);
    }

    function stages(form) {
        return Array.prototype.map.call(form.querySelectorAll('tbody .salesteam-stage-row'), function (row) {
            var probability = row.querySelector('[name=probability]').value;
            return {
                stageId: row.querySelector('[name=stageId]').value,
                outcome: row.querySelector('[name=outcome]').value,
                probability: probability === '' ? null : Number(probability),
                category: row.querySelector('[name=category]').value
            };
        });
    }

    function showErrors(body) {
        var errors = (body && body.errors) || {};
        var list = document.getElementById('salesteam-stages-errors');
        list.textContent = '';
        Object.keys(errors).forEach(function (field) {
            var line = document.createElement('div');
            line.textContent = field + ': ' + errors[field];
            list.appendChild(line);
        });
        showMessage(((body && body.errorMessages) || []).join(' '), true);
    }

    function init() {
        var form = document.getElementById('salesteam-stages-form');
        if (!form) {
            return;
        }
        var body = form.querySelector('tbody');
        document.getElementById('salesteam-stage-add').addEventListener('click', function () {
            body.appendChild(document.getElementById('salesteam-stage-template').content.cloneNode(true));
        });
        body.addEventListener('click', function (event) {
            if (event.target.classList.contains('salesteam-stage-remove')) {
                event.target.closest('tr').remove();
            }
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            window.SalesTeamAdmin.request('PUT', '/rest/salesteam/1.0/stages', stages(form)).then(function (result) {
                if (result.ok) {
                    document.getElementById('salesteam-stages-errors').textContent = '';
                    showMessage(TEXTS.saved);
                } else {
                    showErrors(result.body);
                }
            });
        });
        document.getElementById('salesteam-ledger-rebuild').addEventListener('click', function () {
            window.SalesTeamAdmin.request('POST', '/rest/salesteam/1.0/ledger/reconciliation', {}).then(function (result) {
                if (result.ok) {
                    showMessage(TEXTS.scheduled);
                } else {
                    showErrors(result.body);
                }
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
