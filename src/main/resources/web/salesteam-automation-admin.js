/* Automation admin page: run a job now, switch it on or off, save the settings and the stale-deal rules (JSON over REST). */
(function () {
    'use strict';

    var text = {
        started: AJS.I18n.getText('salesteam.admin.automation.started'),
        saved: AJS.I18n.getText('salesteam.admin.automation.saved'),
        failed: AJS.I18n.getText('salesteam.admin.automation.failed')
    };

    function message(value, isError) {
        window.SalesTeamAdmin.message('salesteam-automation-message', value, isError);
    }

    function refusal(result) {
        var body = result.body || {};
        var messages = (body.errorMessages || []).slice();
        Object.keys(body.errors || {}).forEach(function (field) {
            messages.push(field + ': ' + body.errors[field]);
        });
        message(text.failed.replace('{0}', messages.join(' ')), true);
    }

    function markFields(form, errors) {
        form.querySelectorAll('.salesteam-field-error[data-field]').forEach(function (box) {
            box.textContent = (errors || {})[box.getAttribute('data-field')] || '';
        });
    }

    function numberOrNull(value) {
        return value === '' ? null : Number(value);
    }

    function init() {
        var root = document.getElementById('salesteam-automation-admin');
        if (!root) {
            return;
        }
        root.querySelectorAll('.salesteam-automation-run').forEach(function (button) {
            button.addEventListener('click', function () {
                var job = button.getAttribute('data-job');
                window.SalesTeamAdmin.request('POST', '/rest/salesteam/1.0/automation/jobs/' + encodeURIComponent(job) + '/run', {})
                    .then(function (result) {
                        if (result.ok) {
                            message(text.started, false);
                        } else {
                            refusal(result);
                        }
                    });
            });
        });
        root.querySelectorAll('.salesteam-automation-switch').forEach(function (button) {
            button.addEventListener('click', function () {
                var job = button.getAttribute('data-job');
                var enabled = button.getAttribute('data-enabled') === 'true';
                window.SalesTeamAdmin.request('PUT', '/rest/salesteam/1.0/automation/jobs/' + encodeURIComponent(job), {enabled: enabled})
                    .then(function (result) {
                        if (result.ok) {
                            window.location.reload();
                        } else {
                            refusal(result);
                        }
                    });
            });
        });
        var settings = document.getElementById('salesteam-automation-settings');
        settings.addEventListener('submit', function (event) {
            event.preventDefault();
            window.SalesTeamAdmin.request('PUT', '/rest/salesteam/1.0/automation/settings', {
                actor: settings.elements.actor.value,
                quietStart: settings.elements.quietStart.value,
                quietEnd: settings.elements.quietEnd.value,
                quietWeekends: settings.elements.quietWeekends.checked,
                maxSlips: numberOrNull(settings.elements.maxSlips.value)
            }).then(function (result) {
                markFields(settings, result.ok ? {} : (result.body || {}).errors);
                if (result.ok) {
                    message(text.saved, false);
                } else {
                    refusal(result);
                }
            });
        });
        var rules = document.getElementById('salesteam-automation-rules');
        rules.addEventListener('submit', function (event) {
            event.preventDefault();
            var body = [];
            rules.querySelectorAll('.salesteam-automation-rule').forEach(function (row) {
                var days = row.querySelector('[name=staleDays]').value;
                if (days !== '') {
                    body.push({
                        stageId: row.getAttribute('data-stage'),
                        staleDays: Number(days),
                        escalateDays: numberOrNull(row.querySelector('[name=escalateDays]').value) || 0,
                        createTask: row.querySelector('[name=createTask]').checked,
                        flag: row.querySelector('[name=flag]').checked
                    });
                }
            });
            window.SalesTeamAdmin.request('PUT', '/rest/salesteam/1.0/automation/stale-rules', body).then(function (result) {
                document.getElementById('salesteam-automation-rules-errors').textContent = '';
                if (result.ok) {
                    message(text.saved, false);
                } else {
                    refusal(result);
                }
            });
        });
        root.querySelectorAll('.salesteam-meeting-team').forEach(function (row) {
            var url = '/rest/salesteam/1.0/meeting-cadence/team/' + encodeURIComponent(row.getAttribute('data-team'));
            row.querySelector('.salesteam-meeting-save').addEventListener('click', function () {
                var frequencies = ['weekly', 'monthly', 'quarterly'].filter(function (name) {
                    return row.querySelector('[name=' + name + ']').checked;
                });
                window.SalesTeamAdmin.request('PUT', url, {
                    frequencies: frequencies,
                    projectKey: row.querySelector('[name=projectKey]').value,
                    leaderboardTop: numberOrNull(row.querySelector('[name=leaderboardTop]').value)
                }).then(function (result) {
                    markFields(row, result.ok ? {} : (result.body || {}).errors);
                    if (result.ok) {
                        window.location.reload();
                    } else {
                        refusal(result);
                    }
                });
            });
            var stop = row.querySelector('.salesteam-meeting-stop');
            if (stop) {
                stop.addEventListener('click', function () {
                    window.SalesTeamAdmin.request('DELETE', url).then(function (result) {
                        if (result.ok) {
                            window.location.reload();
                        } else {
                            refusal(result);
                        }
                    });
                });
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
