/*
 * The badges panel on one's own user profile: "Mark as seen" tells the server the new badges were seen (a JSON POST,
 * which other origins cannot send) and takes the markers away.
 */
(function () {
    'use strict';

    function contextPath() {
        return window.AJS && AJS.contextPath ? AJS.contextPath() : '';
    }

    function wire() {
        var panel = document.getElementById('salesteam-badges-panel');
        var button = panel && panel.querySelector('.salesteam-badges-seen');
        if (!button) {
            return;
        }
        button.addEventListener('click', function () {
            button.disabled = true;
            fetch(contextPath() + '/rest/salesteam/1.0/badges/seen', {
                method: 'POST', credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'Accept': 'application/json'}, body: '{}'
            }).then(function (response) {
                if (!response.ok) {
                    button.disabled = false;
                    return;
                }
                panel.querySelectorAll('.salesteam-badge-newmark').forEach(function (mark) {
                    mark.remove();
                });
                panel.querySelectorAll('.salesteam-badge-new').forEach(function (item) {
                    item.classList.remove('salesteam-badge-new');
                });
                button.parentNode.remove();
            }).catch(function () {
                button.disabled = false;
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', wire);
    } else {
        wire();
    }
}());
