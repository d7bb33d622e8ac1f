/* "Log activity": sends each typed value as one day's entry through the JSON REST API and shows field errors inline. */
(function () {
    'use strict';

    var REST = '/rest/salesteam/1.0/kpis/entries';

    /* Keys are string literals at each call: Jira's jsI18n transformer replaces only literal keys. */
    var TEXTS = {
        saved: AJS.I18n.getText('salesteam.activity.saved'),
        nothing: AJS.I18n.getText('salesteam.activity.nothing'),
        failed: AJS.I18n.getText('salesteam.activity.failed')
    };

    function showMessage(message, isError) {
        window.SalesTeamAdmin.message('salesteam-activity-message', message, isError);
    }

    function setError(form, field, text) {
        var target = form.querySelector('.salesteam-field-error[data-field="' + field + '"]');
        if (target) {
            target.textContent = text;
        }
    }

    /* Fills the inputs with what the table shows for the chosen day, so a correction starts from the logged value. */
    function prefill(form) {
        var day = form.elements.day.value;
        form.querySelectorAll('.salesteam-activity-value').forEach(function (input) {
            var kpi = input.getAttribute('data-kpi');
            var cell = null;
            document.querySelectorAll('#salesteam-activity-table tr[data-day]').forEach(function (row) {
                if (row.getAttribute('data-day') === day) {
                    row.querySelectorAll('td[data-kpi]').forEach(function (candidate) {
                        if (candidate.getAttribute('data-kpi') === kpi) {
                            cell = candidate;
                        }
                    });
                }
            });
            input.value = cell ? cell.textContent.trim() : '';
        });
    }

    function init() {
        var form = document.getElementById('salesteam-activity-form');
        if (!form) {
            return;
        }
        prefill(form);
        form.elements.day.addEventListener('change', function () {
            prefill(form);
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            form.querySelectorAll('.salesteam-field-error').forEach(function (node) {
                node.textContent = '';
            });
            var inputs = Array.prototype.filter.call(form.querySelectorAll('.salesteam-activity-value'), function (input) {
                return input.value.trim() !== '';
            });
            if (inputs.length === 0) {
                showMessage(TEXTS.nothing, true);
                return;
            }
            var requests = inputs.map(function (input) {
                var kpi = input.getAttribute('data-kpi');
                return window.SalesTeamAdmin.request('PUT', REST, {
                    kpi: kpi,
                    day: form.elements.day.value,
                    value: input.value.trim()
                }).then(function (result) {
                    var errors = (result.body && result.body.errors) || {};
                    if (errors.day) {
                        setError(form, 'day', errors.day);
                    }
                    if (errors.value || errors.kpi) {
                        setError(form, kpi, errors.value || errors.kpi);
                    }
                    return result.ok;
                });
            });
            Promise.all(requests).then(function (outcomes) {
                if (outcomes.every(Boolean)) {
                    showMessage(TEXTS.saved);
                    window.location.reload();
                } else {
                    showMessage(TEXTS.failed, true);
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
