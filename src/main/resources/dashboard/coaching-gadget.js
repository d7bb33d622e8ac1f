/*
 * Coaching & Reviews dashboard item: fetches the coaching figures of the picked team and draws its reviews due and
 * overdue, then one row per rep with their reviews, open coaching actions, days since the last 1:1 and onboarding
 * progress. Reloads on a change of team and every five minutes. Every text goes in with textContent, nothing is
 * built from HTML.
 */
define('salesteam/dashboard/coaching-gadget', ['salesteam/dashboard/gadget-kit'], function (kit) {
    'use strict';

    var element = kit.element,
        contextPath = kit.contextPath,
        format = kit.format;

    var REST = '/rest/salesteam/1.0/coaching/team/';
    var REFRESH_MS = 5 * 60 * 1000;
    /** A rep without a 1:1 for longer than two weeks is shown as late. */
    var LATE_MEETING_DAYS = 14;

    function cell(text, late) {
        var td = document.createElement('td');
        td.textContent = text;
        if (late) {
            td.className = 'salesteam-coaching-cell-late';
        }
        return td;
    }

    function CoachingGadget(API) {
        this.API = API;
        this.timer = null;
    }

    CoachingGadget.prototype.render = function (context, preferences) {
        var root = element(context).querySelector('.salesteam-coaching-gadget');
        var team = root && root.querySelector('.salesteam-coaching-team');
        if (!team) {
            return;
        }
        var gadget = this;
        var prefs = preferences || {};
        if (prefs.team && team.querySelector('option[value="' + CSS.escape(prefs.team) + '"]')) {
            team.value = prefs.team;
        }
        team.addEventListener('change', function () {
            if (gadget.API && gadget.API.savePreferences) {
                gadget.API.savePreferences({team: team.value});
            }
            gadget.load(root, team);
        });
        kit.refreshEvery(this, root, REFRESH_MS, function () {
            gadget.load(root, team);
        });
    };

    CoachingGadget.prototype.load = function (root, team) {
        var gadget = this;
        var status = root.querySelector('.salesteam-coaching-status');
        var texts = root.querySelector('.salesteam-coaching-texts');
        status.hidden = false;
        status.textContent = texts.getAttribute('data-loading');
        fetch(contextPath() + REST + encodeURIComponent(team.value),
            {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
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
                gadget.draw(root, texts, result.body);
                if (gadget.API && gadget.API.resize) {
                    gadget.API.resize();
                }
            })
            .catch(function () {
                status.textContent = texts.getAttribute('data-error');
            });
    };

    CoachingGadget.prototype.draw = function (root, texts, overview) {
        var summary = root.querySelector('.salesteam-coaching-summary');
        var table = root.querySelector('.salesteam-coaching-table');
        var empty = root.querySelector('.salesteam-coaching-empty');
        var body = table.querySelector('tbody');
        var overdue = root.querySelector('.salesteam-coaching-overdue');
        root.querySelector('.salesteam-coaching-due').textContent = String(overview.reviewsDue);
        overdue.textContent = String(overview.reviewsOverdue);
        overdue.classList.toggle('salesteam-coaching-late', overview.reviewsOverdue > 0);
        table.querySelector('.salesteam-coaching-caption').textContent = overview.teamName;
        body.textContent = '';
        summary.hidden = false;
        table.hidden = overview.reps.length === 0;
        empty.hidden = overview.reps.length > 0;
        overview.reps.forEach(function (rep) {
            var tr = document.createElement('tr');
            tr.className = 'salesteam-coaching-row';
            tr.setAttribute('data-rep', rep.key);
            tr.appendChild(cell(rep.name));
            tr.appendChild(cell(rep.reviewsDue + rep.reviewsOverdue === 0 ? texts.getAttribute('data-none')
                : format(texts.getAttribute('data-rep-reviews'), [rep.reviewsDue, rep.reviewsOverdue]),
                rep.reviewsOverdue > 0));
            tr.appendChild(cell(String(rep.openActions)));
            tr.appendChild(rep.daysSinceOneOnOne === null
                ? cell(texts.getAttribute('data-never'), true)
                : cell(format(texts.getAttribute('data-days'), [rep.daysSinceOneOnOne]),
                    rep.daysSinceOneOnOne > LATE_MEETING_DAYS));
            tr.appendChild(rep.onboardingPercent === null
                ? cell(texts.getAttribute('data-no-plan'))
                : cell(format(texts.getAttribute('data-progress'),
                    [rep.onboardingDone, rep.onboardingTotal, rep.onboardingPercent])));
            body.appendChild(tr);
        });
    };

    return CoachingGadget;
});
