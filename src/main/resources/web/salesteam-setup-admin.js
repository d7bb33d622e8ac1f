/* Project setup page: previews a setup (GET, changes nothing), then carries it out (POST with a JSON body). */
(function () {
    'use strict';

    /* Keys are string literals at each call: Jira's jsI18n transformer replaces only literal keys. */
    var TEXTS = {
        working: AJS.I18n.getText('salesteam.admin.setup.working'),
        failed: AJS.I18n.getText('salesteam.admin.setup.failed')
    };

    function showMessage(message, isError) {
        window.SalesTeamAdmin.message('salesteam-setup-message', message, isError);
    }

    function url(form) {
        return '/rest/salesteam/1.0/setup/' +
            encodeURIComponent(form.querySelector('[name=blueprint]').value) + '/' +
            encodeURIComponent(form.querySelector('[name=project]').value);
    }

    function showPlan(plan) {
        var table = document.getElementById('salesteam-setup-steps');
        var body = table.querySelector('tbody');
        body.textContent = '';
        plan.steps.forEach(function (step) {
            var row = document.createElement('tr');
            row.className = 'salesteam-setup-' + step.action.toLowerCase();
            [step.kindLabel, step.name, step.actionLabel, step.reason].forEach(function (text) {
                var cell = document.createElement('td');
                cell.textContent = text;
                row.appendChild(cell);
            });
            body.appendChild(row);
        });
        table.hidden = false;
        showMessage(plan.summary, plan.conflicts > 0);
    }

    function init() {
        var form = document.getElementById('salesteam-setup-form');
        if (!form) {
            return;
        }
        var apply = document.getElementById('salesteam-setup-apply');
        var buttons = [document.getElementById('salesteam-setup-preview'), apply];

        function run(method) {
            buttons.forEach(function (button) {
                button.disabled = true;
                button.setAttribute('aria-busy', 'true');
            });
            showMessage(TEXTS.working);
            return window.SalesTeamAdmin.request(method, url(form), method === 'POST' ? {} : undefined).then(function (result) {
                buttons[0].disabled = false;
                buttons.forEach(function (button) {
                    button.removeAttribute('aria-busy');
                });
                if (result.ok) {
                    showPlan(result.body);
                    apply.disabled = result.body.conflicts > 0 || result.body.creations === 0 || result.body.applied;
                } else {
                    showMessage(((result.body && result.body.errorMessages) || [TEXTS.failed]).join(' '), true);
                }
            }, function () {
                buttons[0].disabled = false;
                showMessage(TEXTS.failed, true);
            });
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            run('GET');
        });
        form.addEventListener('change', function () {
            apply.disabled = true;
            document.getElementById('salesteam-setup-steps').hidden = true;
            showMessage('');
        });
        apply.addEventListener('click', function () {
            run('POST');
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
