/*
 * Commission plans page: the plan form (tier rows or a pay curve), assignments and closing a period, all through
 * the commission REST API. The lists are rendered by the server; after a change the page reloads so they show what
 * was stored, and the message of the change is carried over the reload in sessionStorage.
 */
(function () {
    'use strict';

    var REST = '/rest/salesteam/1.0/commission';
    var CARRIED = 'salesteam-commission-message';

    /* Keys are string literals at each call: Jira's jsI18n transformer replaces only literal keys. */
    var TEXTS = {
        remove: AJS.I18n.getText('salesteam.commission.admin.row.remove'),
        from: AJS.I18n.getText('salesteam.commission.admin.tier.from'),
        to: AJS.I18n.getText('salesteam.commission.admin.tier.to'),
        rate: AJS.I18n.getText('salesteam.commission.admin.tier.rate'),
        fromAmount: AJS.I18n.getText('salesteam.commission.admin.tier.from.amount'),
        toAmount: AJS.I18n.getText('salesteam.commission.admin.tier.to.amount'),
        fromPercent: AJS.I18n.getText('salesteam.commission.admin.tier.from.percent'),
        toPercent: AJS.I18n.getText('salesteam.commission.admin.tier.to.percent'),
        attainment: AJS.I18n.getText('salesteam.commission.admin.point.attainment'),
        payout: AJS.I18n.getText('salesteam.commission.admin.point.payout'),
        newPlan: AJS.I18n.getText('salesteam.commission.admin.new'),
        editPlan: AJS.I18n.getText('salesteam.commission.admin.editing'),
        saved: AJS.I18n.getText('salesteam.commission.admin.saved'),
        assigned: AJS.I18n.getText('salesteam.commission.admin.assigned'),
        unassigned: AJS.I18n.getText('salesteam.commission.admin.unassigned'),
        confirmUnassign: AJS.I18n.getText('salesteam.commission.admin.unassign.confirm'),
        confirmClose: AJS.I18n.getText('salesteam.commission.admin.period.confirm'),
        closed: AJS.I18n.getText('salesteam.commission.admin.period.done'),
        fixFields: AJS.I18n.getText('salesteam.commission.admin.fix'),
        failed: AJS.I18n.getText('salesteam.commission.admin.failed')
    };

    /* Each row kind: its list name in the JSON and the fields of a row, in column order. */
    var ROWS = {
        tiers: {body: 'salesteam-commission-tiers', fields: ['from', 'to', 'rate']},
        points: {body: 'salesteam-commission-points', fields: ['attainment', 'payout']}
    };

    var plans = [];

    function byId(id) {
        return document.getElementById(id);
    }

    function showMessage(text, isError) {
        window.SalesTeamAdmin.message('salesteam-commission-message', text, isError);
    }

    function reloadWith(text) {
        window.sessionStorage.setItem(CARRIED, text);
        window.location.reload();
    }

    function clearErrors(form) {
        form.querySelectorAll('.salesteam-field-error').forEach(function (box) {
            box.textContent = '';
        });
        form.querySelectorAll('.salesteam-field-invalid').forEach(function (input) {
            input.classList.remove('salesteam-field-invalid');
        });
    }

    /* Puts each error of a 400 body next to its field ("name", "tiers[2].rate"); unplaced ones go to the status line. */
    function showErrors(form, body) {
        var errors = (body && body.errors) || {};
        var unplaced = [];
        Object.keys(errors).forEach(function (field) {
            var box = form.querySelector('.salesteam-field-error[data-field="' + CSS.escape(field) + '"]');
            if (box) {
                box.textContent = errors[field];
                var input = form.querySelector('[data-input="' + CSS.escape(field) + '"]');
                if (input) {
                    input.classList.add('salesteam-field-invalid');
                }
            } else {
                unplaced.push(errors[field]);
            }
        });
        var messages = Object.keys(errors).length ? [TEXTS.fixFields] : ((body && body.errorMessages) || [TEXTS.failed]);
        showMessage(messages.concat(unplaced).join(' '), true);
    }

    function addRow(kind, values) {
        var spec = ROWS[kind];
        var body = byId(spec.body).querySelector('tbody');
        var tr = document.createElement('tr');
        spec.fields.forEach(function (field) {
            var td = document.createElement('td');
            var input = document.createElement('input');
            input.type = 'text';
            input.inputMode = 'decimal';
            input.className = 'text short-field';
            input.dataset.column = field;
            input.setAttribute('aria-label', TEXTS[field]);
            input.value = values && values[field] !== undefined ? values[field] : '';
            var error = document.createElement('div');
            error.className = 'error salesteam-field-error';
            td.appendChild(input);
            td.appendChild(error);
            tr.appendChild(td);
        });
        var cell = document.createElement('td');
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'aui-button aui-button-link salesteam-commission-remove-row';
        remove.textContent = TEXTS.remove;
        remove.addEventListener('click', function () {
            tr.remove();
            numberRows(kind);
        });
        cell.appendChild(remove);
        tr.appendChild(cell);
        body.appendChild(tr);
        numberRows(kind);
    }

    /* Row i's inputs and error boxes answer to "tiers[i].rate" and so on, as the REST API names them. */
    function numberRows(kind) {
        byId(ROWS[kind].body).querySelectorAll('tbody tr').forEach(function (tr, index) {
            tr.querySelectorAll('input').forEach(function (input) {
                var name = kind + '[' + index + '].' + input.dataset.column;
                input.dataset.input = name;
                input.nextElementSibling.dataset.field = name;
            });
        });
    }

    function rows(kind) {
        return Array.prototype.map.call(byId(ROWS[kind].body).querySelectorAll('tbody tr'), function (tr) {
            var row = {};
            tr.querySelectorAll('input').forEach(function (input) {
                row[input.dataset.column] = input.value.trim();
            });
            return row;
        });
    }

    /* Only retroactive tiers may band attainment; any other kind sends the amount basis. */
    function basis() {
        return byId('salesteam-commission-kind').value === 'retroactive-tiers'
            ? byId('salesteam-commission-basis').value : 'amount';
    }

    function showKind() {
        var curve = byId('salesteam-commission-kind').value === 'pay-curve';
        byId('salesteam-commission-tiers-set').hidden = curve;
        byId('salesteam-commission-curve-set').hidden = !curve;
        byId('salesteam-commission-basis-group').hidden = byId('salesteam-commission-kind').value !== 'retroactive-tiers';
        var percent = basis() === 'attainment';
        byId('salesteam-commission-tiers-help-amount').hidden = percent;
        byId('salesteam-commission-tiers-help-attainment').hidden = !percent;
        byId('salesteam-commission-tier-from').textContent = percent ? TEXTS.fromPercent : TEXTS.fromAmount;
        byId('salesteam-commission-tier-to').textContent = percent ? TEXTS.toPercent : TEXTS.toAmount;
        byId('salesteam-commission-tiers').querySelectorAll('input').forEach(function (input) {
            if (input.dataset.column === 'from' || input.dataset.column === 'to') {
                input.setAttribute('aria-label', input.dataset.column === 'from'
                    ? (percent ? TEXTS.fromPercent : TEXTS.fromAmount) : (percent ? TEXTS.toPercent : TEXTS.toAmount));
            }
        });
    }

    function fill(plan) {
        var form = byId('salesteam-commission-plan');
        clearErrors(form);
        byId('salesteam-commission-plan-id').value = plan ? plan.id : '';
        byId('salesteam-commission-name').value = plan ? plan.name : '';
        byId('salesteam-commission-currency').value = plan ? plan.currency : 'EUR';
        byId('salesteam-commission-kind').value = plan ? plan.kind : 'marginal-tiers';
        byId('salesteam-commission-basis').value = plan ? plan.tierBasis : 'attainment';
        byId('salesteam-commission-target').value = plan ? plan.targetIncentive : '';
        byId('salesteam-commission-threshold').value = plan ? plan.threshold : '0';
        byId('salesteam-commission-accelerator').value = plan ? plan.accelerator : '0';
        byId('salesteam-commission-cap').value = plan ? plan.cap : '';
        Object.keys(ROWS).forEach(function (kind) {
            byId(ROWS[kind].body).querySelector('tbody').textContent = '';
        });
        var tiers = plan && plan.tiers.length ? plan.tiers : [{from: '0', to: '', rate: ''}];
        tiers.forEach(function (tier) {
            addRow('tiers', tier);
        });
        var points = plan && plan.points.length ? plan.points : [{attainment: '0', payout: '0'}, {attainment: '100', payout: '100'}];
        points.forEach(function (point) {
            addRow('points', point);
        });
        byId('salesteam-commission-form-title').textContent = plan ? AJS.format(TEXTS.editPlan, plan.name) : TEXTS.newPlan;
        showKind();
    }

    function savePlan(event) {
        event.preventDefault();
        var form = byId('salesteam-commission-plan');
        clearErrors(form);
        var id = byId('salesteam-commission-plan-id').value;
        var curve = byId('salesteam-commission-kind').value === 'pay-curve';
        var plan = {
            name: byId('salesteam-commission-name').value.trim(),
            currency: byId('salesteam-commission-currency').value.trim().toUpperCase(),
            kind: byId('salesteam-commission-kind').value,
            tierBasis: curve ? 'amount' : basis(),
            tiers: curve ? [] : rows('tiers'),
            points: curve ? rows('points') : [],
            targetIncentive: curve ? byId('salesteam-commission-target').value.trim() : '',
            threshold: curve ? byId('salesteam-commission-threshold').value.trim() : '0',
            accelerator: curve ? byId('salesteam-commission-accelerator').value.trim() : '0',
            cap: curve ? byId('salesteam-commission-cap').value.trim() : ''
        };
        window.SalesTeamAdmin.request(id ? 'PUT' : 'POST', REST + '/plans' + (id ? '/' + encodeURIComponent(id) : ''), plan)
            .then(function (result) {
                if (result.ok) {
                    reloadWith(AJS.format(TEXTS.saved, result.body.name));
                } else {
                    showErrors(form, result.body);
                }
            });
    }

    function showSubjectType() {
        var rep = byId('salesteam-commission-assign-type').value === 'rep';
        byId('salesteam-commission-assign-rep-group').hidden = !rep;
        byId('salesteam-commission-assign-team-group').hidden = rep;
    }

    function assign(event) {
        event.preventDefault();
        var form = byId('salesteam-commission-assign');
        clearErrors(form);
        var type = byId('salesteam-commission-assign-type').value;
        window.SalesTeamAdmin.request('POST', REST + '/assignments', {
            planId: Number(byId('salesteam-commission-assign-plan').value),
            subjectType: type,
            subjectKey: type === 'rep' ? byId('salesteam-commission-assign-rep').value.trim()
                : byId('salesteam-commission-assign-team').value,
            period: byId('salesteam-commission-assign-period').value
        }).then(function (result) {
            if (result.ok) {
                reloadWith(TEXTS.assigned);
            } else {
                showErrors(form, result.body);
            }
        });
    }

    function unassign(button) {
        if (!window.confirm(TEXTS.confirmUnassign)) {
            return;
        }
        window.SalesTeamAdmin.request('DELETE', REST + '/assignments/' + encodeURIComponent(button.dataset.assignment))
            .then(function (result) {
                if (result.ok) {
                    reloadWith(TEXTS.unassigned);
                } else {
                    showMessage(((result.body && result.body.errorMessages) || [TEXTS.failed]).join(' '), true);
                }
            });
    }

    function closePeriod(button) {
        if (!window.confirm(AJS.format(TEXTS.confirmClose, button.dataset.label))) {
            return;
        }
        window.SalesTeamAdmin.request('POST', REST + '/periods/' + encodeURIComponent(button.dataset.period) + '/close', {})
            .then(function (result) {
                if (result.ok) {
                    reloadWith(AJS.format(TEXTS.closed, button.dataset.label, result.body.statements));
                } else {
                    var errors = (result.body && result.body.errors) || {};
                    var texts = Object.keys(errors).map(function (field) { return errors[field]; });
                    showMessage((texts.length ? texts : ((result.body && result.body.errorMessages) || [TEXTS.failed])).join(' '), true);
                }
            });
    }

    function init() {
        if (!byId('salesteam-commission-admin')) {
            return;
        }
        var carried = window.sessionStorage.getItem(CARRIED);
        if (carried) {
            window.sessionStorage.removeItem(CARRIED);
            showMessage(carried, false);
        }
        window.SalesTeamAdmin.request('GET', REST + '/plans').then(function (result) {
            plans = result.ok ? result.body : [];
        });
        fill(null);
        byId('salesteam-commission-kind').addEventListener('change', showKind);
        byId('salesteam-commission-basis').addEventListener('change', showKind);
        byId('salesteam-commission-add-tier').addEventListener('click', function () {
            addRow('tiers', null);
            showKind();
        });
        byId('salesteam-commission-add-point').addEventListener('click', function () {
            addRow('points', null);
        });
        byId('salesteam-commission-plan').addEventListener('submit', savePlan);
        byId('salesteam-commission-cancel').addEventListener('click', function () {
            fill(null);
        });
        document.querySelectorAll('.salesteam-commission-edit').forEach(function (button) {
            button.addEventListener('click', function () {
                var plan = plans.filter(function (candidate) {
                    return String(candidate.id) === button.dataset.plan;
                })[0];
                if (plan) {
                    fill(plan);
                    byId('salesteam-commission-name').focus();
                }
            });
        });
        if (byId('salesteam-commission-assign')) {
            byId('salesteam-commission-assign-type').addEventListener('change', showSubjectType);
            byId('salesteam-commission-assign').addEventListener('submit', assign);
            showSubjectType();
        }
        document.querySelectorAll('.salesteam-commission-unassign').forEach(function (button) {
            button.addEventListener('click', function () {
                unassign(button);
            });
        });
        document.querySelectorAll('.salesteam-commission-close').forEach(function (button) {
            button.addEventListener('click', function () {
                closePeriod(button);
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
