/*
 * What every dashboard item of the app needs: its root element, Jira's context path, i18n patterns filled with
 * plain text, a ranked person's rank, avatar and name cells, badges and movement arrow, and one refresh timer per
 * gadget.
 */
define('salesteam/dashboard/gadget-kit', [], function () {
    'use strict';

    /** Fills {0}, {1}, … of an i18n pattern with plain text (set as textContent, never as HTML). */
    function format(pattern, values) {
        return pattern.replace(/\{(\d+)}/g, function (match, index) {
            return values[Number(index)];
        });
    }

    /** First letters of the first and last word, whole characters (a Chinese name gives its characters). */
    function initials(name) {
        var words = String(name || '?').trim().split(/\s+/);
        var first = Array.from(words[0])[0] || '?';
        var last = words.length > 1 ? Array.from(words[words.length - 1])[0] : '';
        return (first + last).toUpperCase();
    }

    return {
        /** The dashboard hands a gadget either a DOM element or a jQuery object. */
        element: function (context) {
            return context && context.jquery ? context[0] : context;
        },

        contextPath: function () {
            return window.AJS && AJS.contextPath ? AJS.contextPath() : '';
        },

        format: format,

        /**
         * Selects the option a gadget saved: a period by its relative choice ({@code data-choice}, e.g. "last-week",
         * resolved to today's period when the page was made), anything else, or a period key saved before choices
         * were kept, by its value. A saved value no longer offered leaves the picker as it is.
         */
        restore: function (select, saved) {
            if (!select || !saved) {
                return;
            }
            var wanted = CSS.escape(saved);
            var option = select.querySelector('option[data-choice="' + wanted + '"]')
                || select.querySelector('option[value="' + wanted + '"]');
            if (option) {
                select.value = option.value;
            }
        },

        /** What a gadget saves of a picker: a period's relative choice, so it survives the period's end; else its value. */
        saved: function (select) {
            var option = select.options[select.selectedIndex];
            return (option && option.getAttribute('data-choice')) || select.value;
        },

        /**
         * Appends the first cells of a ranked person's row to {@code item}: the rank (screen readers hear "Rank 3",
         * the eye sees the number alone), the initials avatar and the name, marked on the viewer's own row. Class
         * names start with {@code prefix}; returns the name cell, where a gadget adds its own marks.
         */
        personCells: function (item, prefix, line, texts) {
            var rank = document.createElement('span');
            rank.className = prefix + '-rank';
            var spoken = document.createElement('span');
            spoken.className = prefix + '-sr';
            spoken.textContent = format(texts.getAttribute('data-rank'), [line.rank]);
            var shown = document.createElement('span');
            shown.setAttribute('aria-hidden', 'true');
            shown.textContent = line.rank;
            rank.appendChild(spoken);
            rank.appendChild(shown);
            item.appendChild(rank);

            var avatar = document.createElement('span');
            avatar.className = prefix + '-avatar';
            avatar.setAttribute('aria-hidden', 'true');
            avatar.textContent = initials(line.name);
            item.appendChild(avatar);

            var name = document.createElement('span');
            name.className = prefix + '-name';
            name.textContent = line.name;
            if (line.self) {
                var you = document.createElement('span');
                you.className = prefix + '-you';
                you.textContent = texts.getAttribute('data-you');
                name.appendChild(you);
            }
            return name;
        },

        /**
         * A ranked person's badges as small icons in a group of class {@code groupClass}; the name and reason (a
         * period or a deal key, never an amount) are the tooltip and what a screen reader hears. The icon itself
         * comes from the badge kind's CSS class.
         */
        badgeIcons: function (list, groupClass, label) {
            var group = document.createElement('span');
            group.className = groupClass;
            group.setAttribute('role', 'list');
            group.setAttribute('aria-label', label);
            list.forEach(function (badge) {
                var icon = document.createElement('span');
                var kind = String(badge.kind).replace(/[^a-z-]/g, '');
                icon.className = 'salesteam-badge salesteam-badge-' + kind;
                icon.setAttribute('role', 'listitem');
                icon.setAttribute('data-kind', kind);
                var text = badge.name + ': ' + badge.reason;
                icon.setAttribute('aria-label', text);
                icon.title = text;
                group.appendChild(icon);
            });
            return group;
        },

        /**
         * ▲ places gained, ▼ places lost, – unchanged or not ranked before (null); the label, from the texts element's
         * {@code data-up/-down/-same/-new} patterns, says which. Classes: the prefix, and the prefix with the kind.
         */
        movementArrow: function (places, texts, classPrefix) {
            var arrow = document.createElement('span');
            arrow.setAttribute('role', 'img');
            var kind;
            var label;
            if (places === null || places === undefined) {
                kind = 'new';
                arrow.textContent = '–';
                label = texts.getAttribute('data-new');
            } else if (places > 0) {
                kind = 'up';
                arrow.textContent = '▲';
                label = format(texts.getAttribute('data-up'), [places]);
            } else if (places < 0) {
                kind = 'down';
                arrow.textContent = '▼';
                label = format(texts.getAttribute('data-down'), [-places]);
            } else {
                kind = 'same';
                arrow.textContent = '–';
                label = texts.getAttribute('data-same');
            }
            arrow.className = classPrefix + ' ' + classPrefix + '-' + kind;
            arrow.setAttribute('aria-label', label);
            arrow.title = label;
            return arrow;
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
