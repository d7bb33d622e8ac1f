/*
 * Competition Standings dashboard item: fetches the picked competition with its standings and draws its state
 * (days left, days until it starts, or finished with its final standings) and one row per participant shown (the
 * first N, then the viewer's own place apart) with rank, initials, name, badges, a bar against the leader, the value
 * (or percent of target), the winner's prize and, while it runs, the movement since yesterday (none on its first day,
 * for weighted pipeline, or once it has finished: final standings do not move). Reloads on every picker change and every five minutes. The server has already removed what the viewer may not see; every
 * text goes in with textContent, nothing is built from HTML.
 */
define('salesteam/dashboard/competition-gadget', ['salesteam/dashboard/gadget-kit'], function (kit) {
    'use strict';

    var element = kit.element,
        contextPath = kit.contextPath,
        format = kit.format;

    var REST = '/rest/salesteam/1.0/competitions/';
    var REFRESH_MS = 5 * 60 * 1000;

    function CompetitionGadget(API) {
        this.API = API;
        this.timer = null;
    }

    CompetitionGadget.prototype.render = function (context, preferences) {
        var root = element(context).querySelector('.salesteam-competition-gadget');
        if (!root) {
            return;
        }
        var history = root.querySelector('.salesteam-competition-history');
        history.href = contextPath() + history.getAttribute('data-path');
        var pick = root.querySelector('.salesteam-competition-pick');
        var top = root.querySelector('.salesteam-competition-top');
        if (!pick || !top) {
            return;
        }
        var gadget = this;
        var prefs = preferences || {};
        [['competition', pick], ['top', top]].forEach(function (picker) {
            var saved = prefs[picker[0]];
            if (saved && picker[1].querySelector('option[value="' + CSS.escape(saved) + '"]')) {
                picker[1].value = saved;
            }
            picker[1].addEventListener('change', function () {
                gadget.save({competition: pick.value, top: top.value});
                gadget.load(root, pick, top);
            });
        });
        kit.refreshEvery(this, root, REFRESH_MS, function () {
            gadget.load(root, pick, top);
        });
    };

    CompetitionGadget.prototype.save = function (preferences) {
        if (this.API && this.API.savePreferences) {
            this.API.savePreferences(preferences);
        }
    };

    CompetitionGadget.prototype.load = function (root, pick, top) {
        var gadget = this;
        var status = root.querySelector('.salesteam-competition-status');
        var texts = root.querySelector('.salesteam-competition-texts');
        // an answer that arrives after a newer request was made is dropped, so quick picker changes cannot race
        var request = (this.request || 0) + 1;
        this.request = request;
        status.hidden = false;
        status.textContent = texts.getAttribute('data-loading');
        fetch(contextPath() + REST + encodeURIComponent(pick.value) + '?top=' + encodeURIComponent(top.value),
            {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.json().catch(function () {
                    return {};
                }).then(function (body) {
                    return {ok: response.ok, body: body};
                });
            })
            .then(function (result) {
                if (request !== gadget.request) {
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

    CompetitionGadget.prototype.draw = function (root, texts, board) {
        var head = root.querySelector('.salesteam-competition-head');
        var state = root.querySelector('.salesteam-competition-state');
        var list = root.querySelector('.salesteam-competition-rows');
        var note = root.querySelector('.salesteam-competition-note');
        var empty = root.querySelector('.salesteam-competition-empty');
        head.hidden = false;
        root.setAttribute('data-state', board.state);
        state.className = 'salesteam-competition-state salesteam-competition-state-' + board.state;
        if (board.state === 'running') {
            state.textContent = board.daysLeft === 1 ? texts.getAttribute('data-last-day')
                : format(texts.getAttribute('data-running'), [board.daysLeft]);
        } else if (board.state === 'upcoming') {
            state.textContent = format(texts.getAttribute('data-upcoming'), [board.daysLeft]);
        } else {
            state.textContent = board.frozen ? texts.getAttribute('data-finished') : texts.getAttribute('data-recording');
        }
        root.querySelector('.salesteam-competition-final').hidden = !board.frozen;

        var notes = [];
        if (board.hiddenAmounts) {
            notes.push(texts.getAttribute('data-amounts-hidden'));
        }
        if (board.withoutTarget > 0) {
            notes.push(format(texts.getAttribute('data-without-target'), [board.withoutTarget]));
        }
        if (board.withoutValue > 0) {
            notes.push(format(texts.getAttribute('data-without-value'), [board.withoutValue]));
        }
        note.textContent = notes.join(' ');
        note.hidden = !notes.length;

        var onTarget = board.scoring === 'percent-of-target';
        var measure = function (line) {
            return onTarget ? line.percent : line.value;
        };
        var lowerIsBetter = !!board.lowerIsBetter;
        // lower being better, a zero is a score (only those who logged something are ranked)
        var nothing = !lowerIsBetter && board.rows.every(function (line) {
            return measure(line) !== null && Number(measure(line)) === 0;
        });
        list.textContent = '';
        if (board.state === 'upcoming' || !board.rows.length || nothing) {
            list.hidden = true;
            empty.textContent = texts.getAttribute(board.state === 'upcoming' ? 'data-not-started' : 'data-no-figures');
            empty.hidden = false;
            return;
        }
        empty.hidden = true;
        list.hidden = false;
        // a leader whose figure is hidden from the viewer gives no bars
        var leader = measure(board.rows[0]) === null ? NaN : Number(measure(board.rows[0]));
        var running = board.state === 'running';
        var moving = running && board.rows.concat(board.own ? [board.own] : []).some(function (line) {
            return line.movement !== null && line.movement !== undefined;
        });
        root.setAttribute('data-movement', moving ? 'shown' : 'none');
        board.rows.forEach(function (line) {
            // places in a running competition are not won yet: the cup and prize show once it has finished
            list.appendChild(row(line, measure(line), leader, lowerIsBetter, onTarget,
                board.state === 'finished' && line.winner, texts, moving));
        });
        if (board.own) {
            var gap = document.createElement('li');
            gap.className = 'salesteam-competition-gap';
            gap.setAttribute('aria-hidden', 'true');
            gap.textContent = '⋯';
            list.appendChild(gap);
            list.appendChild(row(board.own, measure(board.own), leader, lowerIsBetter, onTarget,
                board.state === 'finished' && board.own.winner, texts, moving));
        }
    };

    /**
     * The bar is this row against the leader; where the lowest value leads, the leader's value against this row's
     * (as on the Leaderboard gadget), and a leader at zero fills only the bars of those also at zero.
     */
    function share(measured, leader, lowerIsBetter) {
        var value = Number(measured);
        if (lowerIsBetter) {
            return value === leader ? 100 : leader * 100 / value;
        }
        return leader > 0 ? value * 100 / leader : NaN;
    }

    function row(line, measured, leader, lowerIsBetter, onTarget, won, texts, moving) {
        var item = document.createElement('li');
        item.className = 'salesteam-competition-row' + (line.self ? ' salesteam-competition-self' : '')
            + (won ? ' salesteam-competition-winner' : '');
        item.setAttribute('data-user', line.userKey);
        item.setAttribute('data-rank', line.rank);

        var name = kit.personCells(item, 'salesteam-competition', line, texts);
        if (line.badges && line.badges.length) {
            name.appendChild(kit.badgeIcons(line.badges, 'salesteam-competition-badges',
                texts.getAttribute('data-badges')));
        }
        if (won) {
            var cup = document.createElement('span');
            cup.className = 'salesteam-competition-cup';
            cup.setAttribute('role', 'img');
            var label = texts.getAttribute('data-winner')
                + (line.prize ? ' · ' + format(texts.getAttribute('data-prize'), [line.prize]) : '');
            cup.setAttribute('aria-label', label);
            cup.title = label;
            cup.textContent = '★';
            name.appendChild(cup);
            if (line.prize) {
                var prize = document.createElement('span');
                prize.className = 'salesteam-competition-prize';
                prize.textContent = line.prize;
                name.appendChild(prize);
            }
        }
        item.appendChild(name);

        var track = document.createElement('span');
        track.className = 'salesteam-competition-track';
        track.setAttribute('aria-hidden', 'true');
        var width = measured === null ? NaN : share(measured, leader, lowerIsBetter);
        if (!isFinite(width)) {
            track.classList.add('salesteam-competition-nobar');
        } else {
            var fill = document.createElement('span');
            fill.className = 'salesteam-competition-bar';
            fill.style.width = Math.max(0, Math.min(100, width)) + '%';
            track.appendChild(fill);
        }
        item.appendChild(track);

        var value = document.createElement('span');
        value.className = 'salesteam-competition-value';
        if (onTarget) {
            value.textContent = line.percentFormatted;
            if (line.formatted !== null) {
                value.title = line.formatted;
            }
        } else if (line.value === null) {
            value.classList.add('salesteam-competition-hidden');
            value.textContent = texts.getAttribute('data-hidden');
        } else {
            value.textContent = line.formatted;
        }
        item.appendChild(value);
        if (moving) {
            item.appendChild(kit.movementArrow(line.movement, texts, 'salesteam-competition-move'));
        }
        return item;
    }

    return CompetitionGadget;
});
