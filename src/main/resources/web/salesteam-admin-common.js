/* What the app's admin pages share: a status line and JSON requests to the app's REST API. */
(function (window) {
    'use strict';

    window.SalesTeamAdmin = {
        /* Shows a message (plain text, never HTML) in the status box with that id; an error is marked as one. */
        message: function (boxId, text, isError) {
            var box = document.getElementById(boxId);
            box.textContent = text;
            box.classList.toggle('salesteam-message-error', !!isError);
        },

        /*
         * Sends JSON (the only body the REST API takes for changes, which keeps form posts from other sites out)
         * and resolves to {ok, body}; a reply without JSON gives an empty body.
         */
        request: function (method, url, payload) {
            return fetch(AJS.contextPath() + url, {
                method: method,
                credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
                body: payload === undefined ? undefined : JSON.stringify(payload)
            }).then(function (response) {
                if (response.status === 204) {
                    return {ok: true, body: null};
                }
                return response.json().then(function (body) {
                    return {ok: response.ok, body: body};
                }, function () {
                    return {ok: response.ok, body: {}};
                });
            });
        }
    };
}(window));
