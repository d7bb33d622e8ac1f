/* What the app's admin pages share: a status line, JSON requests to the app's REST API and editable rows. */
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
        },

        /*
         * A table whose rows each save (PUT) or stop (DELETE) one thing through the REST API: the row's status cell
         * and stop button follow the outcome, field errors go next to their fields, the rest to the status line.
         * options: table (its id), prefix (of the row's classes: -row, -save, -stop, -status), key (the row attribute
         * naming the thing), rest (the URL the key is appended to), messageId, texts {saved, stopped, failed, on,
         * off} and payload(value), the JSON to save from value(fieldName) of the row.
         */
        editRows: function (options) {
            var admin = this;

            function show(text, isError) {
                admin.message(options.messageId, text, isError);
            }

            function part(row, name) {
                return row.querySelector('.' + options.prefix + '-' + name);
            }

            function url(row) {
                return options.rest + encodeURIComponent(row.getAttribute(options.key));
            }

            function clearErrors(row) {
                row.querySelectorAll('.salesteam-field-error').forEach(function (node) {
                    node.textContent = '';
                });
            }

            function mark(row, on) {
                part(row, 'status').textContent = on ? options.texts.on : options.texts.off;
                part(row, 'stop').hidden = !on;
            }

            function save(row) {
                clearErrors(row);
                admin.request('PUT', url(row), options.payload(function (name) {
                    return row.querySelector('[name="' + name + '"]').value.trim();
                })).then(function (result) {
                    if (result.ok) {
                        mark(row, true);
                        show(options.texts.saved, false);
                        return;
                    }
                    var errors = (result.body && result.body.errors) || {};
                    Object.keys(errors).forEach(function (field) {
                        var target = row.querySelector('.salesteam-field-error[data-field="' + field + '"]');
                        if (target) {
                            target.textContent = errors[field];
                        }
                    });
                    var messages = (result.body && result.body.errorMessages) || [];
                    show(messages.length ? messages.join(' ') : options.texts.failed, true);
                }, function () {
                    show(options.texts.failed, true);
                });
            }

            function stop(row) {
                clearErrors(row);
                admin.request('DELETE', url(row)).then(function (result) {
                    if (result.ok) {
                        mark(row, false);
                        show(options.texts.stopped, false);
                    } else {
                        show(options.texts.failed, true);
                    }
                }, function () {
                    show(options.texts.failed, true);
                });
            }

            function init() {
                document.querySelectorAll('#' + options.table + ' .' + options.prefix + '-row').forEach(function (row) {
                    part(row, 'save').addEventListener('click', function () {
                        save(row);
                    });
                    part(row, 'stop').addEventListener('click', function () {
                        stop(row);
                    });
                });
            }

            if (document.readyState === 'loading') {
                document.addEventListener('DOMContentLoaded', init);
            } else {
                init();
            }
        }
    };
}(window));
