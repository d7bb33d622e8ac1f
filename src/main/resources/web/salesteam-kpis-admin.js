/* KPI definitions admin page: creates (POST) or edits (PUT) a KPI through the JSON REST API, field errors inline. */
(function () {
    'use strict';

    var REST = '/rest/salesteam/1.0/kpis';

    /* Keys are string literals at each call: Jira's jsI18n transformer replaces only literal keys. */
    var TEXTS = {
        saved: AJS.I18n.getText('salesteam.admin.kpis.saved'),
        create: AJS.I18n.getText('salesteam.admin.kpis.create'),
        editing: AJS.I18n.getText('salesteam.admin.kpis.editing')
    };

    function showMessage(message, isError) {
        window.SalesTeamAdmin.message('salesteam-kpis-message', message, isError);
    }

    function clearErrors(form) {
        form.querySelectorAll('.salesteam-field-error').forEach(function (node) {
            node.textContent = '';
        });
    }

    function showErrors(form, body) {
        var errors = (body && body.errors) || {};
        Object.keys(errors).forEach(function (field) {
            var target = form.querySelector('.salesteam-field-error[data-field="' + field + '"]');
            if (target) {
                target.textContent = errors[field];
            }
        });
        showMessage(((body && body.errorMessages) || []).join(' '), true);
    }

    /* Shows the metric for a deal-metric KPI and the JQL for a JQL count only. */
    function toggleSourceFields(form) {
        var source = form.elements.source.value;
        form.elements.metric.closest('.field-group').hidden = source !== 'deal-metric';
        form.elements.jql.closest('.field-group').hidden = source !== 'jql-count';
    }

    function payload(form) {
        var source = form.elements.source.value;
        return {
            key: form.elements.key.value.trim(),
            nameEn: form.elements.nameEn.value,
            nameZh: form.elements.nameZh.value,
            unit: form.elements.unit.value,
            source: source,
            metric: source === 'deal-metric' ? form.elements.metric.value : null,
            jql: source === 'jql-count' ? form.elements.jql.value : null,
            direction: form.elements.direction.value,
            benchmarks: {rep: form.elements.rep.value, manager: form.elements.manager.value},
            active: form.elements.active.checked
        };
    }

    function edit(form, button) {
        var data = function (name) {
            return button.getAttribute('data-' + name);
        };
        form.elements.editing.value = data('key');
        form.elements.key.value = data('key');
        form.elements.key.readOnly = true;
        form.elements.nameEn.value = data('name-en');
        form.elements.nameZh.value = data('name-zh');
        form.elements.unit.value = data('unit');
        form.elements.source.value = data('source');
        form.elements.metric.value = data('metric') || form.elements.metric.value;
        form.elements.jql.value = data('jql');
        form.elements.direction.value = data('direction');
        form.elements.rep.value = data('rep');
        form.elements.manager.value = data('manager');
        form.elements.active.checked = data('active') === 'true';
        document.getElementById('salesteam-kpi-form-title').textContent = AJS.format(TEXTS.editing, data('key'));
        toggleSourceFields(form);
        form.scrollIntoView();
    }

    function init() {
        var page = document.getElementById('salesteam-kpis-admin');
        if (!page) {
            return;
        }
        var form = document.getElementById('salesteam-kpi-form');
        toggleSourceFields(form);
        form.elements.source.addEventListener('change', function () {
            toggleSourceFields(form);
        });
        form.addEventListener('reset', function () {
            form.elements.editing.value = '';
            form.elements.key.readOnly = false;
            document.getElementById('salesteam-kpi-form-title').textContent = TEXTS.create;
            clearErrors(form);
            window.setTimeout(function () {
                toggleSourceFields(form);
            }, 0);
        });
        page.querySelectorAll('.salesteam-kpi-edit').forEach(function (button) {
            button.addEventListener('click', function () {
                clearErrors(form);
                edit(form, button);
            });
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors(form);
            var editing = form.elements.editing.value;
            var request = editing === ''
                ? window.SalesTeamAdmin.request('POST', REST, payload(form))
                : window.SalesTeamAdmin.request('PUT', REST + '/' + encodeURIComponent(editing), payload(form));
            request.then(function (result) {
                if (result.ok) {
                    showMessage(TEXTS.saved);
                    window.location.reload();
                } else {
                    showErrors(form, result.body);
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
