/*
 * Pipeline & Forecast dashboard item: fetches the app's forecast JSON for the picked period and scope and
 * draws the figures and the stage funnel. Every text goes in with textContent; nothing is built from HTML.
 */
define('salesteam/dashboard/forecast-gadget', ['salesteam/dashboard/gadget-kit'], function (kit) {
    'use strict';

    var element = kit.element,
        contextPath = kit.contextPath,
        formatAll = kit.format;

    var REST = '/rest/salesteam/1.0/forecast/';

    function format(pattern, value) {
        return pattern.replace('{0}', String(value));
    }

    function cell(row, text) {
        var td = document.createElement('td');
        td.textContent = text;
        row.appendChild(td);
    }

    function ForecastGadget(API) {
        this.API = API;
    }

    ForecastGadget.prototype.render = function (context, preferences) {
        var root = element(context).querySelector('.salesteam-forecast-gadget');
        if (!root || !root.querySelector('.salesteam-forecast-period')) {
            return;
        }
        var gadget = this;
        var prefs = preferences || {};
        var period = root.querySelector('.salesteam-forecast-period');
        var scope = root.querySelector('.salesteam-forecast-scope');
        kit.restore(period, prefs.period);
        kit.restore(scope, prefs.scope);
        var reload = function () {
            gadget.load(root, period.value, scope.value);
        };
        gadget.bindCallForm(root, function () {
            var value = scope.value;
            var team = value.indexOf('team:') === 0 ? value.substring('team:'.length) : null;
            return {teamId: team, periodKey: period.value};
        }, root.querySelector('.salesteam-forecast-texts'));
        period.addEventListener('change', function () {
            gadget.save({period: kit.saved(period), scope: scope.value});
            reload();
        });
        scope.addEventListener('change', function () {
            gadget.save({period: kit.saved(period), scope: scope.value});
            reload();
        });
        reload();
    };

    ForecastGadget.prototype.save = function (preferences) {
        if (this.API && this.API.savePreferences) {
            this.API.savePreferences(preferences);
        }
    };

    ForecastGadget.prototype.load = function (root, periodKey, scopeValue) {
        var gadget = this;
        var status = root.querySelector('.salesteam-forecast-status');
        var texts = root.querySelector('.salesteam-forecast-texts');
        var separator = scopeValue.indexOf(':');
        var kind = scopeValue.substring(0, separator);
        var id = scopeValue.substring(separator + 1);
        var url = contextPath() + REST + (kind === 'team' ? 'team/' : 'rep/') + encodeURIComponent(id)
            + '?period=' + encodeURIComponent(periodKey);
        status.hidden = false;
        gadget.loadCalls(root, kind === 'team' ? id : null, periodKey, texts);
        fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.json().then(function (body) {
                    return {ok: response.ok, body: body};
                });
            })
            .then(function (result) {
                if (!result.ok) {
                    var messages = (result.body && result.body.errorMessages) || [];
                    status.textContent = messages.length ? messages.join(' ') : texts.getAttribute('data-error');
                    return;
                }
                status.hidden = true;
                gadget.draw(root, result.body, texts);
                if (gadget.API && gadget.API.resize) {
                    gadget.API.resize();
                }
            })
            .catch(function () {
                status.textContent = texts.getAttribute('data-error');
            });
    };

    /**
     * A team's manager calls (the latest per category). Only the team's managers and admins may read them: for
     * anyone else the list stays hidden.
     */
    ForecastGadget.prototype.loadCalls = function (root, teamId, periodKey, texts) {
        var box = root.querySelector('.salesteam-forecast-calls');
        var list = box.querySelector('ul');
        list.textContent = '';
        box.hidden = true;
        if (teamId === null) {
            return;
        }
        var url = contextPath() + '/rest/salesteam/1.0/forecast-adjustments/team/' + encodeURIComponent(teamId)
            + '?period=' + encodeURIComponent(periodKey);
        fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.ok ? response.json() : null;
            })
            .then(function (body) {
                if (body === null) {
                    return;
                }
                var seen = {};
                body.history.forEach(function (call) {
                    if (seen[call.category]) {
                        return;
                    }
                    seen[call.category] = true;
                    var item = document.createElement('li');
                    var label = texts.getAttribute(call.category === 'commit' ? 'data-commit' : 'data-best-case');
                    item.textContent = formatAll(texts.getAttribute('data-call'),
                        [label, call.formatted, call.authorName, call.madeOn, call.note]).trim();
                    list.appendChild(item);
                });
                body.adjusted.forEach(function (figures) {
                    var item = document.createElement('li');
                    item.className = 'salesteam-forecast-adjusted';
                    item.textContent = formatAll(texts.getAttribute('data-adjusted'),
                        [figures.commitFormatted, figures.bestCaseFormatted]);
                    list.appendChild(item);
                });
                // whoever may read the calls may make one: the box shows, with its form, even before the first
                box.hidden = false;
            })
            .catch(function () {
                box.hidden = true;
            });
    };

    /** Sends a manager's call for the team and period shown; field errors are shown as the server words them. */
    ForecastGadget.prototype.bindCallForm = function (root, current, texts) {
        var gadget = this;
        var form = root.querySelector('.salesteam-forecast-call-form');
        var error = form.querySelector('.salesteam-forecast-call-error');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var shown = current();
            if (shown.teamId === null) {
                return;
            }
            error.textContent = '';
            fetch(contextPath() + '/rest/salesteam/1.0/forecast-adjustments/team/' + encodeURIComponent(shown.teamId), {
                method: 'POST',
                credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
                body: JSON.stringify({
                    period: shown.periodKey,
                    category: form.querySelector('[name=category]').value,
                    amount: form.querySelector('[name=amount]').value,
                    note: form.querySelector('[name=note]').value
                })
            }).then(function (response) {
                return response.json().then(function (body) {
                    return {ok: response.ok, body: body};
                }, function () {
                    return {ok: response.ok, body: {}};
                });
            }).then(function (result) {
                if (result.ok) {
                    form.querySelector('[name=amount]').value = '';
                    form.querySelector('[name=note]').value = '';
                    gadget.loadCalls(root, shown.teamId, shown.periodKey, texts);
                    return;
                }
                var errors = (result.body && result.body.errors) || {};
                var messages = Object.keys(errors).map(function (field) {
                    return errors[field];
                }).concat((result.body && result.body.errorMessages) || []);
                error.textContent = messages.length ? messages.join(' ') : texts.getAttribute('data-call-failed');
            }).catch(function () {
                error.textContent = texts.getAttribute('data-call-failed');
            });
        });
    };

    ForecastGadget.prototype.draw = function (root, forecast, texts) {
        var table = root.querySelector('.salesteam-forecast-figures');
        var body = table.querySelector('tbody');
        var funnel = root.querySelector('.salesteam-forecast-funnel');
        var funnelTitle = root.querySelector('.salesteam-forecast-funnel-title');
        var empty = root.querySelector('.salesteam-forecast-empty');
        body.textContent = '';
        funnel.textContent = '';
        table.querySelector('.salesteam-forecast-caption').textContent =
            forecast.total.name + ' · ' + forecast.period.label;
        var figures = forecast.total.figures || [];
        figures.forEach(function (f) {
            var row = document.createElement('tr');
            cell(row, f.currency);
            cell(row, f.formatted.closedWon);
            cell(row, f.formatted.commit);
            cell(row, f.formatted.bestCase);
            cell(row, f.formatted.openPipeline);
            cell(row, f.formatted.weighted);
            body.appendChild(row);
        });
        table.hidden = figures.length === 0;
        empty.hidden = figures.length !== 0;

        var stages = forecast.stages || [];
        var widest = 0;
        stages.forEach(function (stage) {
            widest = Math.max(widest, Number(stage.figures[0].openPipeline));
        });
        stages.forEach(function (stage) {
            var first = stage.figures[0];
            var item = document.createElement('li');
            item.className = 'salesteam-funnel-stage';
            var name = document.createElement('span');
            name.className = 'salesteam-funnel-name';
            name.textContent = stage.name;
            var bar = document.createElement('span');
            bar.className = 'salesteam-funnel-bar';
            bar.style.width = (widest > 0 ? Math.max(4, Math.round(100 * Number(first.openPipeline) / widest)) : 4) + '%';
            var amount = document.createElement('span');
            amount.className = 'salesteam-funnel-amount';
            amount.textContent = first.formatted.openPipeline + ' · ' + format(texts.getAttribute('data-deals'), first.openCount);
            item.appendChild(name);
            item.appendChild(bar);
            item.appendChild(amount);
            funnel.appendChild(item);
        });
        funnelTitle.hidden = stages.length === 0;
    };

    return ForecastGadget;
});
