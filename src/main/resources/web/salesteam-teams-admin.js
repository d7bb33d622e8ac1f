/* Teams admin page: creates and deletes teams through the JSON REST API and shows field errors inline. */
(function () {
    'use strict';

    var REST = '/rest/salesteam/1.0/teams';

    /* Keys are string literals at each call: Jira's jsI18n transformer replaces only literal keys. */
    var TEXTS = {
        saved: AJS.I18n.getText('salesteam.admin.teams.saved'),
        deleted: AJS.I18n.getText('salesteam.admin.teams.deleted'),
        confirmDelete: AJS.I18n.getText('salesteam.admin.teams.delete.confirm'),
        synced: AJS.I18n.getText('salesteam.teams.sync.done')
    };

    function showMessage(message, isError) {
        window.SalesTeamAdmin.message('salesteam-teams-message', message, isError);
    }

    function clearErrors(form) {
        form.querySelectorAll('.salesteam-field-error').forEach(function (node) {
            node.textContent = '';
        });
    }

    function showErrors(form, body) {
        var errors = (body && body.errors) || {};
        Object.keys(errors).forEach(function (field) {
            var name = field.indexOf('members[') === 0 ? 'members' : field;
            var target = form.querySelector('.salesteam-field-error[data-field="' + name + '"]');
            if (target) {
                target.textContent = (target.textContent ? target.textContent + ' ' : '') + errors[field];
            }
        });
        var messages = (body && body.errorMessages) || [];
        showMessage(messages.join(' '), true);
    }

    function formPayload(form) {
        var parent = form.elements.parentId.value;
        var members = form.elements.members.value.split(/\s*[\n,]\s*/).filter(function (key) {
            return key.length > 0;
        });
        var group = form.elements.groupName.value.trim();
        return {
            name: form.elements.name.value,
            description: form.elements.description.value,
            parentId: parent === '' ? null : Number(parent),
            managerKey: form.elements.managerKey.value.trim() === '' ? null : form.elements.managerKey.value.trim(),
            members: members,
            groupName: group === '' ? null : group
        };
    }

    function init() {
        var page = document.getElementById('salesteam-teams-admin');
        if (!page) {
            return;
        }
        var form = document.getElementById('salesteam-team-form');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors(form);
            window.SalesTeamAdmin.request('POST', REST, formPayload(form)).then(function (result) {
                if (result.ok) {
                    showMessage(TEXTS.saved);
                    window.location.reload();
                } else {
                    showErrors(form, result.body);
                }
            });
        });
        initSyncButtons(page, form);
        page.querySelectorAll('.salesteam-team-delete').forEach(function (button) {
            button.addEventListener('click', function () {
                if (!window.confirm(AJS.format(TEXTS.confirmDelete, button.getAttribute('data-team-name')))) {
                    return;
                }
                window.SalesTeamAdmin.request('DELETE', REST + '/' + encodeURIComponent(button.getAttribute('data-team-id'))).then(function (result) {
                    if (result.ok) {
                        showMessage(TEXTS.deleted);
                        window.location.reload();
                    } else {
                        showErrors(form, result.body);
                    }
                });
            });
        });
    }

    /* Team group sync: "Sync now" brings a synced team's members in line with its Jira group at once. */
    function initSyncButtons(page, form) {
        page.querySelectorAll('.salesteam-team-sync-now').forEach(function (button) {
            button.addEventListener('click', function () {
                button.disabled = true;
                window.SalesTeamAdmin.request('POST', REST + '/' + encodeURIComponent(button.getAttribute('data-team-id')) + '/sync', {}).then(function (result) {
                    button.disabled = false;
                    if (result.ok) {
                        showMessage(result.body && result.body.error ? result.body.error
                            : AJS.format(TEXTS.synced, button.getAttribute('data-team-name'), result.body.added, result.body.removed),
                            !!(result.body && result.body.error));
                        window.setTimeout(function () {
                            window.location.reload();
                        }, 1500);
                    } else {
                        showErrors(form, result.body);
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
