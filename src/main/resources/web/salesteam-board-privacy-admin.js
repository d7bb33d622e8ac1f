/*
 * The leaderboard privacy form of the Teams admin page: loads what reps see of leaderboards (their teams' boards,
 * the company-wide board, the others' amounts) from the admin REST API and saves the three choices as JSON. It sends
 * no "excluded" list, so the server keeps the people left out of every board as they are now, not as they were when
 * the page loaded.
 */
(function () {
    'use strict';

    var REST = '/rest/salesteam/1.0/settings/leaderboard-privacy';
    var MESSAGE = 'salesteam-teams-message';
    var TEXTS = {
        saved: AJS.I18n.getText('salesteam.admin.boardprivacy.saved'),
        failed: AJS.I18n.getText('salesteam.admin.boardprivacy.failed')
    };

    function errorText(body) {
        var messages = (body && body.errorMessages) || [];
        var errors = (body && body.errors) || {};
        return messages.concat(Object.keys(errors).map(function (field) {
            return errors[field];
        })).join(' ') || TEXTS.failed;
    }

    function init() {
        var form = document.getElementById('salesteam-board-privacy');
        if (!form) {
            return;
        }
        window.SalesTeamAdmin.request('GET', REST).then(function (result) {
            if (!result.ok) {
                window.SalesTeamAdmin.message(MESSAGE, errorText(result.body), true);
                return;
            }
            form.elements.showToReps.checked = !!result.body.showToReps;
            form.elements.companyBoardToReps.checked = !!result.body.companyBoardToReps;
            form.elements.hideAmountsFromReps.checked = !!result.body.hideAmountsFromReps;
            form.hidden = false;
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            window.SalesTeamAdmin.request('PUT', REST, {
                showToReps: form.elements.showToReps.checked,
                companyBoardToReps: form.elements.companyBoardToReps.checked,
                hideAmountsFromReps: form.elements.hideAmountsFromReps.checked
            }).then(function (result) {
                window.SalesTeamAdmin.message(MESSAGE, result.ok ? TEXTS.saved : errorText(result.body), !result.ok);
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
