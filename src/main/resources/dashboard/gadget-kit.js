/*
 * What every dashboard item of the app needs: its root element, Jira's context path, i18n patterns filled with
 * plain text, a person's initials for the avatar circle, and one refresh timer per gadget.
 */
define('salesteam/dashboard/gadget-kit', [], function () {
    'use strict';

    return {
        /** The dashboard hands a gadget either a DOM element or a jQuery object. */
        element: function (context) {
            return context && context.jquery ? context[0] : context;
        },

        contextPath: function () {
            return window.AJS && AJS.contextPath ? AJS.contextPath() : '';
        },

        /** Fills {0}, {1}, … of an i18n pattern with plain text (set as textContent, never as HTML). */
        format: function (pattern, values) {
            return pattern.replace(/\{(\d+)}/g, function (match, index) {
                return values[Number(index)];
            });
        },

        /** First letters of the first and last word, whole characters (a Chinese name gives its characters). */
        initials: function (name) {
            var words = String(name || '?').trim().split(/\s+/);
            var first = Array.from(words[0])[0] || '?';
            var last = words.length > 1 ? Array.from(words[words.length - 1])[0] : '';
            return (first + last).toUpperCase();
        },

        /**
         * Loads now and every {@code intervalMs}: one timer per gadget even if the dashboard renders it again,
         * stopped once the gadget's root leaves the page.
         */
        refreshEvery: function (gadget, root, intervalMs, load) {
            window.clearInterval(gadget.timer);
            gadget.timer = window.setInterval(function () {
                if (!document.body.contains(root)) {
                    window.clearInterval(gadget.timer);
                    return;
                }
                load();
            }, intervalMs);
            load();
        }
    };
});
