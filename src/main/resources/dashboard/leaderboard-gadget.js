/*
 * Leaderboard dashboard item: fetches the ranked board for the picked metric, period, team, size and tie rule, and draws one
 * row per rep with rank, initials, name, a bar against the leader, the value and the movement since the period
 * before, and the rep's badges as icons. Reloads on every picker change and every five minutes. The server has
 * already removed what the viewer may not see; every text goes in with textContent, nothing is built from HTML.
 */
define('salesteam/dashboard/leaderboard-gadget', ['salesteam/dashboard/gadget-kit'], function (kit) {
    'use strict';

    var element = kit.element,
        contextPath = kit.contextPath,
        format = kit.format;

    var REST = '/rest/salesteam/1.0/leaderboard';
    var REFRESH_MS = 5 * 60 * 1000;
    var ALL_REPS = 'all';
    var KPI_PREFIX = 'kpi:';

    function LeaderboardGadget(API) {
        this.API = API;
        this.timer = null;
    }

    LeaderboardGadget.prototype.render = function (context, preferences) {
        var root = element(context).querySelector('.salesteam-leaderboard-gadget');
        if (!root || !root.querySelector('.salesteam-leaderboard-team')) {
            return;
        }
        var gadget = this;
        var prefs = preferences || {};
        var pickers = {
            metric: root.querySelector('.salesteam-leaderboard-metric'),
            period: root.querySelector('.salesteam-leaderboard-period'),
            team: root.querySelector('.salesteam-leaderboard-team'),
            top: root.querySelector('.salesteam-leaderboard-top'),
            tieBreak: root.querySelector('.salesteam-leaderboard-tiebreak')
        };
        Object.keys(pickers).forEach(function (name) {
            var select = pickers[name];
            kit.restore(select, prefs[name]);
            select.addEventListener('change', function () {
                var chosen = {};
                Object.keys(pickers).forEach(function (key) {
                    chosen[key] = kit.saved(pickers[key]);
                });
                gadget.save(chosen);
                gadget.load(root, pickers);
            });
        });
        kit.refreshEvery(this, root, REFRESH_MS, function () {
            gadget.load(root, pickers);
        });
    };

    LeaderboardGadget.prototype.save = function (preferences) {
        if (this.API && this.API.savePreferences) {
            this.API.savePreferences(preferences);
        }
    };

    LeaderboardGadget.prototype.load = function (root, pickers) {
        var gadget = this;
        var status = root.querySelector('.salesteam-leaderboard-status');
        var texts = root.querySelector('.salesteam-leaderboard-texts');
        // a KPI is picked as "kpi:<key>" and asked for as metric=kpi&kpi=<key>
        var picked = pickers.metric.value;
        var kpi = picked.indexOf(KPI_PREFIX) === 0 ? picked.substring(KPI_PREFIX.length) : null;
        var url = contextPath() + REST + '?metric=' + encodeURIComponent(kpi === null ? picked : 'kpi')
            + (kpi === null ? '' : '&kpi=' + encodeURIComponent(kpi))
            + '&period=' + encodeURIComponent(pickers.period.value)
            + '&top=' + encodeURIComponent(pickers.top.value)
            + '&tieBreak=' + encodeURIComponent(pickers.tieBreak.value)
            + (pickers.team.value === ALL_REPS ? '' : '&team=' + encodeURIComponent(pickers.team.value));
        // an answer that arrives after a newer request was made is dropped, so quick picker changes cannot race
        var request = (this.request || 0) + 1;
        this.request = request;
        status.hidden = false;
        status.textContent = texts.getAttribute('data-loading');
        fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.json().catch(function () {
                    return {};
                }).then(function (body) {
                    return {status: response.status, ok: response.ok, body: body};
                });
            })
            .then(function (result) {
                if (request !== gadget.request) {
                    return;
                }
                if (result.status === 403) {
                    // the team picker lists only the viewer's own boards: a refusal there is the privacy setting
                    gadget.empty(root, status, texts.getAttribute('data-not-shared'));
                    return;
                }
                if (!result.ok) {
                    var messages = (result.body && result.body.errorMessages) || [];
                    status.textContent = messages.length ? messages.join(' ') : texts.getAttribute('data-error');
                    return;
                }
                status.hidden = true;
                gadget.draw(root, texts, result.body);
                if (gadget.API && gadget.API.resize) {
                    gadget.API.resize();
                }
            })
            .catch(function () {
                if (request === gadget.request) {
                    status.textContent = texts.getAttribute('data-error');
                }
            });
    };

    LeaderboardGadget.prototype.empty = function (root, status, message) {
        status.hidden = true;
        root.querySelector('.salesteam-leaderboard-rows').hidden = true;
        root.querySelector('.salesteam-leaderboard-note').hidden = true;
        var empty = root.querySelector('.salesteam-leaderboard-empty');
        empty.textContent = message;
        empty.hidden = false;
    };

    LeaderboardGadget.prototype.draw = function (root, texts, board) {
        var list = root.querySelector('.salesteam-leaderboard-rows');
        var note = root.querySelector('.salesteam-leaderboard-note');
        var notes = [];
        if (board.hiddenAmounts) {
            notes.push(texts.getAttribute('data-amounts-hidden'));
        }
        if (board.otherCurrencyReps > 0) {
            notes.push(format(texts.getAttribute('data-other-currency'), [board.otherCurrencyReps, board.currency]));
        }
        if (board.withoutQuota > 0) {
            notes.push(format(texts.getAttribute('data-without-quota'), [board.withoutQuota]));
        }
        // a board of zeros ranks nobody: the reps are listed because they are on the team, not for their figures
        var nothing = board.rows.every(function (line) {
            return line.value !== null && Number(line.value) === 0;
        });
        list.textContent = '';
        if (nothing) {
            this.empty(root, root.querySelector('.salesteam-leaderboard-status'), texts.getAttribute('data-no-figures'));
        } else {
            root.querySelector('.salesteam-leaderboard-empty').hidden = true;
            list.hidden = false;
            var leader = Number(board.rows[0].value);
            board.rows.forEach(function (line) {
                list.appendChild(row(line, leader, texts, board.lowerIsBetter));
            });
            if (board.own) {
                var gap = document.createElement('li');
                gap.className = 'salesteam-leaderboard-gap';
                gap.setAttribute('aria-hidden', 'true');
                gap.textContent = '⋯';
                list.appendChild(gap);
                list.appendChild(row(board.own, leader, texts, board.lowerIsBetter));
            }
        }
        // the notes explain an empty board too: reps ranked on another currency's amounts show as zeros
        note.textContent = notes.join(' ');
        note.hidden = !notes.length;
    };

    function row(line, leader, texts, lowerIsBetter) {
        var item = document.createElement('li');
        item.className = 'salesteam-leaderboard-row' + (line.self ? ' salesteam-leaderboard-self' : '');
        item.setAttribute('data-user', line.userKey);
        item.setAttribute('data-rank', line.rank);

        var name = kit.personCells(item, 'salesteam-leaderboard', line, texts);
        if (line.badges && line.badges.length) {
            name.appendChild(kit.badgeIcons(line.badges, 'salesteam-leaderboard-badges', texts.getAttribute('data-badges')));
        }
        item.appendChild(name);

        var track = document.createElement('span');
        // an empty track would read as zero: a hidden value, or a leader without a value, gets no track at all
        track.className = 'salesteam-leaderboard-track';
        track.setAttribute('aria-hidden', 'true');
        // where the lowest value leads, the bar is the leader's value against this one
        var share = lowerIsBetter ? leader * 100 / Number(line.value) : Number(line.value) * 100 / leader;
        if (line.value === null || !(leader > 0) || !isFinite(share)) {
            track.classList.add('salesteam-leaderboard-nobar');
        } else {
            var fill = document.createElement('span');
            fill.className = 'salesteam-leaderboard-bar';
            fill.style.width = Math.max(0, Math.min(100, share)) + '%';
            track.appendChild(fill);
        }
        item.appendChild(track);

        var value = document.createElement('span');
        value.className = 'salesteam-leaderboard-value';
        if (line.value === null) {
            value.classList.add('salesteam-leaderboard-hidden');
            value.textContent = texts.getAttribute('data-hidden');
        } else {
            value.textContent = line.formatted;
        }
        item.appendChild(value);

        item.appendChild(kit.movementArrow(line.movement, texts, 'salesteam-leaderboard-move'));
        return item;
    }

    return LeaderboardGadget;
});
