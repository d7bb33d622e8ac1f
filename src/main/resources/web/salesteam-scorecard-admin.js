/* Scorecard weights on the KPI admin page: one form per role, saved (PUT, JSON) with each bad field shown inline. */
(function () {
    'use strict';

    var REST = '/rest/salesteam/1.0/scorecards/weights';

    /* Keys are string literals at each call: Jira's jsI18n transformer replaces only literal keys. */
    var TEXTS = {
        saved: AJS.I18n.getText('salesteam.admin.scorecard.saved')
    };

    function showMessage(message, isError) {
        window.SalesTeamAdmin.message('salesteam-scorecard-message', message, isError);
    }

    function rows(form) {
        return Array.prototype.slice.call(form.querySelectorAll('tbody .salesteam-scorecard-line'));
    }

    function clearErrors(form) {
        form.querySelectorAll('.salesteam-field-error').forEach(function (node) {
            node.textContent = '';
        });
    }

    /* "rep[2].weight" goes under the third line's weight, "rep" under the table. */
    function showErrors(form, role, body) {
        var errors = (body && body.errors) || {};
        var lines = rows(form);
        Object.keys(errors).forEach(function (field) {
            var match = /^[a-z]+\[(\d+)\]\.(kpi|weight|cap)$/.exec(field);
            var target = null;
            if (match && lines[Number(match[1])]) {
                target = lines[Number(match[1])].querySelector('.salesteam-field-error[data-part="' + match[2] + '"]');
            } else if (field === role) {
                target = form.querySelector('.salesteam-field-error[data-field="' + role + '"]');
            }
            if (target) {
                target.textContent = errors[field];
            }
        });
        showMessage(((body && body.errorMessages) || []).join(' '), true);
    }

    function payload(form, role) {
        var body = {};
        body[role] = rows(form).map(function (row) {
            return {
                kpi: row.querySelector('[name="kpi"]').value,
                weight: row.querySelector('[name="weight"]').value,
                cap: row.querySelector('[name="cap"]').value
            };
        });
        return body;
    }

    function init() {
        var section = document.getElementById('salesteam-scorecard-weights');
        if (!section) {
            return;
        }
        var template = document.getElementById('salesteam-scorecard-new-line');
        section.addEventListener('click', function (event) {
            var remove = event.target.closest('.salesteam-scorecard-remove');
            if (remove) {
                remove.closest('tr').remove();
            }
            var add = event.target.closest('.salesteam-scorecard-add');
            if (add) {
                add.closest('form').querySelector('tbody').appendChild(template.content.cloneNode(true));
            }
        });
        section.querySelectorAll('.salesteam-scorecard-form').forEach(function (form) {
            var role = form.getAttribute('data-role');
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                clearErrors(form);
                window.SalesTeamAdmin.request('PUT', REST, payload(form, role)).then(function (result) {
                    if (result.ok) {
                        showMessage(TEXTS.saved);
                        window.location.reload();
                    } else {
                        showErrors(form, role, result.body);
                    }
                });
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
