/*
 * Quota Attainment dashboard item: fetches the attainment JSON of the picked team (or of the viewer alone) for the
 * picked period and measure, and draws one row per member with a bar, the pace marker and the gap. The server has
 * already removed what the viewer may not see; every text goes in with textContent, nothing is built from HTML.
 */
define('salesteam/dashboard/quota-attainment-gadget', ['salesteam/dashboard/gadget-kit'], function (kit) {
    'use strict';

    var element = kit.element,
        contextPath = kit.contextPath,
        format = kit.format;

    var REST = '/rest/salesteam/1.0/attainment/';
    /** The bar's full width stands for 150 % of quota, so a rep well beyond it still reads as beyond. */
    var BAR_MAX = 150;

    function share(percent) {
        return Math.max(0, Math.min(BAR_MAX, Number(percent))) * 100 / BAR_MAX;
    }

    function selectedText(select) {
        return select && select.selectedIndex >= 0 ? select.options[select.selectedIndex].text : '';
    }

    function QuotaAttainmentGadget(API) {
        this.API = API;
    }

    QuotaAttainmentGadget.prototype.render = function (context, preferences) {
        var root = element(context).querySelector('.salesteam-attainment-gadget');
        if (!root || root.getAttribute('data-mode') === 'none' || !root.querySelector('.salesteam-attainment-period')) {
            return;
        }
        var gadget = this;
        var prefs = preferences || {};
        var pickers = {
            period: root.querySelector('.salesteam-attainment-period'),
            team: root.querySelector('.salesteam-attainment-team'),
            metric: root.querySelector('.salesteam-attainment-metric')
        };
        Object.keys(pickers).forEach(function (name) {
            kit.restore(pickers[name], prefs[name]);
        });
        var reload = function () {
            gadget.load(root, pickers);
        };
        Object.keys(pickers).forEach(function (name) {
            if (pickers[name]) {
                pickers[name].addEventListener('change', function () {
                    gadget.save({
                        period: kit.saved(pickers.period),
                        team: pickers.team ? pickers.team.value : '',
                        metric: pickers.metric.value
                    });
                    reload();
                });
            }
        });
        reload();
    };

    QuotaAttainmentGadget.prototype.save = function (preferences) {
        if (this.API && this.API.savePreferences) {
            this.API.savePreferences(preferences);
        }
    };

    QuotaAttainmentGadget.prototype.load = function (root, pickers) {
        var gadget = this;
        var status = root.querySelector('.salesteam-attainment-status');
        var texts = root.querySelector('.salesteam-attainment-texts');
        var ownOnly = !pickers.team;
        var url = contextPath() + REST + (ownOnly
            ? 'rep/' + encodeURIComponent(root.getAttribute('data-viewer'))
            : 'team/' + encodeURIComponent(pickers.team.value))
            + '?period=' + encodeURIComponent(pickers.period.value)
            + '&metric=' + encodeURIComponent(pickers.metric.value);
        var caption = ownOnly ? selectedText(pickers.period)
            : selectedText(pickers.team) + ' · ' + selectedText(pickers.period);
        status.hidden = false;
        status.textContent = texts.getAttribute('data-loading');
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
                var body = result.body;
                gadget.draw(root, texts, caption, ownOnly
                    ? {shown: 'own-row', team: null, members: [body]}
                    : body);
                if (gadget.API && gadget.API.resize) {
                    gadget.API.resize();
                }
            })
            .catch(function () {
                status.textContent = texts.getAttribute('data-error');
            });
    };

    QuotaAttainmentGadget.prototype.draw = function (root, texts, caption, result) {
        var table = root.querySelector('.salesteam-attainment-table');
        var body = table.querySelector('tbody');
        var foot = table.querySelector('tfoot');
        var empty = root.querySelector('.salesteam-attainment-empty');
        var shared = root.querySelector('.salesteam-attainment-shared');
        var legend = root.querySelector('.salesteam-attainment-legend');
        body.textContent = '';
        foot.textContent = '';
        table.querySelector('.salesteam-attainment-caption').textContent = caption;

        var lines = result.members.concat(result.team ? [result.team] : []);
        var anyQuota = lines.some(function (line) {
            return line.attainment !== null;
        });
        table.hidden = !anyQuota;
        legend.hidden = !anyQuota;
        empty.hidden = anyQuota;
        empty.textContent = texts.getAttribute(result.shown === 'all' ? 'data-no-quotas' : 'data-no-quotas-rep');
        shared.hidden = result.shown === 'all' || !anyQuota || !root.querySelector('.salesteam-attainment-team');
        shared.textContent = texts.getAttribute(result.shown === 'own-row' ? 'data-own-row' : 'data-amounts-hidden');
        if (!anyQuota) {
            return;
        }
        // a KPI where less is better: its quota is a cap, and the team total counts only who logged something
        var capped = lines.some(function (line) {
            return line.attainment !== null && line.attainment.lowerIsBetter;
        });
        var note = legend.querySelector('.salesteam-attainment-capnote');
        if (!note) {
            note = document.createElement('span');
            note.className = 'salesteam-attainment-capnote';
            legend.appendChild(note);
        }
        note.textContent = capped ? ' ' + texts.getAttribute('data-cap-note') : '';
        result.members.forEach(function (line) {
            body.appendChild(row(line, line.name, texts));
        });
        if (result.team) {
            var total = row(result.team, result.team.name + ' · ' + texts.getAttribute('data-total'), texts);
            total.className += ' salesteam-attainment-total';
            foot.appendChild(total);
        }
    };

    function row(line, name, texts) {
        var tr = document.createElement('tr');
        tr.className = 'salesteam-attainment-row';
        tr.setAttribute('data-subject', line.subjectKey);
        var nameCell = document.createElement('th');
        nameCell.scope = 'row';
        nameCell.className = 'salesteam-attainment-name';
        nameCell.textContent = name;
        tr.appendChild(nameCell);
        var barCell = document.createElement('td');
        var gapCell = document.createElement('td');
        gapCell.className = 'salesteam-attainment-gap';
        tr.appendChild(barCell);
        tr.appendChild(gapCell);
        var figures = line.attainment;
        if (figures === null || figures.percent === null) {
            barCell.className = 'salesteam-attainment-noquota';
            barCell.textContent = texts.getAttribute(figures !== null && figures.lowerIsBetter
                ? 'data-no-record' : 'data-no-quota');
            return tr;
        }
        barCell.appendChild(bar(figures, texts));
        if (line.amountsHidden) {
            gapCell.textContent = texts.getAttribute('data-hidden');
            gapCell.classList.add('salesteam-attainment-hidden');
        } else if (figures.lowerIsBetter) {
            // the gap of a cap is actual − cap: over it when positive, and "over" holds how far under it is
            var overCap = Number(figures.gap.value) > 0;
            gapCell.textContent = overCap ? format(texts.getAttribute('data-over-cap'), [figures.gap.formatted])
                : format(texts.getAttribute('data-under-cap'), [figures.over.formatted]);
            if (!overCap) {
                gapCell.classList.add('salesteam-attainment-reached');
            }
        } else if (Number(figures.gap.value) > 0) {
            gapCell.textContent = format(texts.getAttribute('data-to-go'), [figures.gap.formatted]);
        } else {
            gapCell.textContent = format(texts.getAttribute('data-over'), [figures.over.formatted]);
            gapCell.classList.add('salesteam-attainment-reached');
        }
        return tr;
    }

    function bar(figures, texts) {
        var wrap = document.createElement('div');
        wrap.className = 'salesteam-attainment-bar-wrap';
        var track = document.createElement('div');
        track.className = 'salesteam-attainment-track';
        track.setAttribute('role', 'img');
        track.setAttribute('aria-label', format(texts.getAttribute('data-bar'), [figures.percent, figures.pacePercent]));
        track.title = track.getAttribute('aria-label');
        var fill = document.createElement('span');
        // under a cap is never done before the period ends: only on pace or not
        var done = !figures.lowerIsBetter && Number(figures.percent) >= 100;
        fill.className = 'salesteam-attainment-fill' + (done ? ' salesteam-attainment-done'
            : figures.onPace ? ' salesteam-attainment-onpace' : ' salesteam-attainment-behindpace');
        fill.style.width = share(figures.percent) + '%';
        var quotaTick = document.createElement('span');
        quotaTick.className = 'salesteam-attainment-quota';
        quotaTick.style.left = share(100) + '%';
        var pace = document.createElement('span');
        pace.className = 'salesteam-attainment-pace';
        pace.style.left = share(figures.pacePercent) + '%';
        // on a cap's bar (target ÷ actual) the elapsed share marks nothing: its pace is in onPace alone
        pace.hidden = Boolean(figures.lowerIsBetter);
        track.appendChild(fill);
        track.appendChild(quotaTick);
        track.appendChild(pace);
        var value = document.createElement('span');
        value.className = 'salesteam-attainment-percent';
        value.textContent = figures.percent + '%';
        wrap.appendChild(track);
        wrap.appendChild(value);
        // present on every row, empty when on pace, so that all bars share one width and one scale
        var behind = document.createElement('span');
        behind.className = 'salesteam-attainment-behind';
        behind.textContent = figures.onPace ? '' : texts.getAttribute('data-behind');
        wrap.appendChild(behind);
        return wrap;
    }

    return QuotaAttainmentGadget;
});
