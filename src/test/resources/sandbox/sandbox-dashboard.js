/* Sandbox only: starts each dashboard item the way Jira's dashboard does, with a small API stand-in. */
(function () {
    'use strict';
    document.querySelectorAll('.sandbox-gadget[data-module]').forEach(function (container) {
        var key = 'sandbox.gadget.' + container.getAttribute('data-item');
        var api = {
            savePreferences: function (preferences) {
                window.localStorage.setItem(key, JSON.stringify(preferences));
            },
            resize: function () {},
            showLoadingBar: function () {},
            hideLoadingBar: function () {}
        };
        var preferences = JSON.parse(window.localStorage.getItem(key) || '{}');
        window.require([container.getAttribute('data-module')], function (Gadget) {
            new Gadget(api).render(container.querySelector('.sandbox-gadget-body'), preferences);
        });
    });
}());
