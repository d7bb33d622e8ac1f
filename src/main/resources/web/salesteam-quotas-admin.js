/*
 * Quotas admin page: a team's quotas for a year as a grid of inputs. Saving sends the changed cells as a quota
 * file to the same import a spreadsheet goes through, so the grid gets the file's checks and its all-or-nothing
 * write; errors come back per row and are put on the cells they belong to. An emptied cell is an empty target in
 * that file, which removes the quota, after the admin confirms.
 */
(function () {
    'use strict';

    var REST = '/rest/salesteam/1.0/quotas';
    var HEADER = 'type,subject,period,metric,target,currency';

    /* Keys are string literals at each call: Jira's jsI18n transformer replaces only literal keys. */
    var TEXTS = {
        name: AJS.I18n.getText('salesteam.admin.quotas.column.name'),
        teamRow: AJS.I18n.getText('salesteam.admin.quotas.row.team'),
        loading: AJS.I18n.getText('salesteam.admin.quotas.loading'),
        empty: AJS.I18n.getText('salesteam.admin.quotas.nomembers'),
        nothing: AJS.I18n.getText('salesteam.admin.quotas.nochanges'),
        cleared: AJS.I18n.getText('salesteam.admin.quotas.cleared'),
        clearRow: AJS.I18n.getText('salesteam.admin.quotas.clearrow'),
        clearRowLabel: AJS.I18n.getText('salesteam.admin.quotas.clearrow.label'),
        saved: AJS.I18n.getText('salesteam.admin.quotas.saved'),
        imported: AJS.I18n.getText('salesteam.admin.quotas.imported'),
        chooseFile: AJS.I18n.getText('salesteam.admin.quotas.file.choose'),
        rowError: AJS.I18n.getText('salesteam.admin.quotas.error.row'),
        cellError: AJS.I18n.getText('salesteam.admin.quotas.error.cell'),
        failed: AJS.I18n.getText('salesteam.admin.quotas.failed'),
        sharingSaved: AJS.I18n.getText('salesteam.admin.quotas.sharing.saved')
    };

    /* The page's single choice as the setting's two flags. */
    var SHARING = {
        'own-row': {showTeamToReps: false, hideAmounts: true},
        'team-without-amounts': {showTeamToReps: true, hideAmounts: true},
        'team': {showTeamToReps: true, hideAmounts: false}
    };

    var grid = null;
    var cells = [];

    function showMessage(text, isError) {
        window.SalesTeamAdmin.message('salesteam-quotas-message', text, isError);
    }

    function csvField(value) {
        return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
    }

    function postCsv(body) {
        return fetch(AJS.contextPath() + REST + '/csv', {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'text/csv', 'Accept': 'application/json'},
            body: body
        }).then(function (response) {
            return response.json().then(function (json) {
                return {ok: response.ok, body: json};
            }, function () {
                return {ok: response.ok, body: {}};
            });
        });
    }

    /* "rows[3].target" → {row: 3, column: "target"}; file-wide errors have no row. */
    function parseField(field) {
        var match = /^rows\[(\d+)\]\.(\w+)$/.exec(field);
        return match ? {row: Number(match[1]), column: match[2]} : {row: null, column: field};
    }

    function fileError(row, column, message) {
        return AJS.format(TEXTS.rowError, row, column, message);
    }

    /* describe(row, column, message) words one error; file-wide errors are shown as they come. */
    function listErrors(body, describe) {
        var list = document.getElementById('salesteam-quota-errors');
        list.textContent = '';
        var errors = (body && body.errors) || {};
        Object.keys(errors).forEach(function (field) {
            var where = parseField(field);
            var item = document.createElement('li');
            item.textContent = where.row === null ? errors[field] : describe(where.row, where.column, errors[field]);
            list.appendChild(item);
        });
        showMessage(((body && body.errorMessages) || [TEXTS.failed]).join(' '), true);
        return errors;
    }

    function picked() {
        return {
            team: document.getElementById('salesteam-quota-team').value,
            year: document.getElementById('salesteam-quota-year').value,
            metric: document.getElementById('salesteam-quota-metric').value,
            periodType: document.getElementById('salesteam-quota-columns').value
        };
    }

    function render(body) {
        var table = document.getElementById('salesteam-quota-grid');
        var head = table.querySelector('thead');
        var rows = table.querySelector('tbody');
        head.textContent = '';
        rows.textContent = '';
        cells = [];
        var headRow = document.createElement('tr');
        var nameHead = document.createElement('th');
        nameHead.textContent = TEXTS.name;
        headRow.appendChild(nameHead);
        body.periods.forEach(function (period) {
            var th = document.createElement('th');
            th.textContent = period.label;
            th.title = period.key;
            headRow.appendChild(th);
        });
        head.appendChild(headRow);
        body.rows.forEach(function (row) {
            var tr = document.createElement('tr');
            tr.className = row.subjectType === 'team' ? 'salesteam-quota-team-row' : '';
            var name = document.createElement('th');
            name.scope = 'row';
            name.textContent = row.name;
            if (row.subjectType === 'team') {
                var tag = document.createElement('span');
                tag.className = 'aui-lozenge aui-lozenge-subtle';
                tag.textContent = TEXTS.teamRow;
                name.appendChild(document.createTextNode(' '));
                name.appendChild(tag);
            }
            tr.appendChild(name);
            var rowInputs = [];
            body.periods.forEach(function (period) {
                var quota = row.quotas[period.key];
                var td = document.createElement('td');
                var input = document.createElement('input');
                input.className = 'text salesteam-quota-cell';
                input.type = 'text';
                input.inputMode = 'decimal';
                input.value = quota ? quota.target : '';
                input.disabled = !row.editable;
                input.setAttribute('aria-label', row.name + ' ' + period.label);
                td.appendChild(input);
                rowInputs.push(input);
                if (quota && quota.currency) {
                    var currency = document.createElement('span');
                    currency.className = 'salesteam-quota-currency';
                    currency.textContent = quota.currency;
                    td.appendChild(currency);
                }
                tr.appendChild(td);
                cells.push({input: input, row: row, period: period, original: input.value,
                    currency: quota && quota.currency ? quota.currency : ''});
            });
            if (row.editable) {
                name.appendChild(clearButton(row, rowInputs));
            }
            rows.appendChild(tr);
        });
        if (body.rows.length <= 1) {
            showMessage(TEXTS.empty, false);
        }
        table.setAttribute('aria-busy', 'false');
    }

    /* Empties the row's cells; their quotas go only when the admin saves and confirms. */
    function clearButton(row, inputs) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'aui-button aui-button-link salesteam-quota-clear-row';
        button.textContent = TEXTS.clearRow;
        button.setAttribute('aria-label', AJS.format(TEXTS.clearRowLabel, row.name));
        button.addEventListener('click', function () {
            inputs.forEach(function (input) {
                input.value = '';
            });
        });
        return button;
    }

    /* Loads the grid for the picked team, year, metric and columns; {@code done} is shown once it is there. */
    function load(done) {
        var choice = picked();
        var table = document.getElementById('salesteam-quota-grid');
        table.setAttribute('aria-busy', 'true');
        showMessage(TEXTS.loading, false);
        document.getElementById('salesteam-quota-errors').textContent = '';
        var url = REST + '/team/' + encodeURIComponent(choice.team) + '/grid?year=' + encodeURIComponent(choice.year)
            + '&metric=' + encodeURIComponent(choice.metric) + '&periodType=' + encodeURIComponent(choice.periodType);
        window.SalesTeamAdmin.request('GET', url).then(function (result) {
            if (!result.ok) {
                listErrors(result.body, fileError);
                return;
            }
            grid = result.body;
            showMessage(typeof done === 'string' ? done : '', false);
            render(grid);
        });
    }

    function save() {
        var changed = cells.filter(function (cell) {
            return cell.input.value.trim() !== cell.original;
        });
        cells.forEach(function (cell) {
            cell.input.classList.remove('salesteam-quota-cell-error');
            cell.input.removeAttribute('title');
        });
        if (changed.length === 0) {
            showMessage(TEXTS.nothing, false);
            return;
        }
        var emptied = changed.filter(function (cell) { return cell.input.value.trim() === ''; }).length;
        if (emptied > 0 && !window.confirm(AJS.format(TEXTS.cleared, emptied))) {
            return;
        }
        var lines = [HEADER];
        changed.forEach(function (cell) {
            var typed = cell.input.value.trim();
            // a typed currency code ("EUR 5000") wins over the cell's current one; an empty target removes the quota
            var currency = /[A-Za-z]/.test(typed) || typed === '' ? '' : cell.currency;
            lines.push([cell.row.subjectType, csvField(cell.row.fileName), cell.period.key, grid.metric,
                csvField(typed), currency].join(','));
        });
        postCsv(lines.join('\n') + '\n').then(function (result) {
            if (result.ok) {
                load(AJS.format(TEXTS.saved, result.body.changed));
                return;
            }
            var errors = listErrors(result.body, function (row, column, message) {
                var cell = changed[row - 2];
                return cell ? AJS.format(TEXTS.cellError, cell.row.name, cell.period.label, message)
                    : fileError(row, column, message);
            });
            Object.keys(errors).forEach(function (field) {
                var where = parseField(field);
                var cell = where.row === null ? null : changed[where.row - 2];
                if (cell) {
                    cell.input.classList.add('salesteam-quota-cell-error');
                    cell.input.title = errors[field];
                }
            });
        });
    }

    function importFile(event) {
        event.preventDefault();
        var file = document.getElementById('salesteam-quota-file').files[0];
        if (!file) {
            showMessage(TEXTS.chooseFile, true);
            return;
        }
        showMessage(TEXTS.loading, false);
        file.arrayBuffer().then(function (bytes) {
            return postCsv(new Uint8Array(bytes));
        }).then(function (result) {
            if (result.ok) {
                load(AJS.format(TEXTS.imported, result.body.rows, result.body.changed));
            } else {
                listErrors(result.body, fileError);
            }
        });
    }

    function saveSharing(event) {
        event.preventDefault();
        var picked = document.querySelector('#salesteam-quota-sharing input[name=sharing]:checked');
        window.SalesTeamAdmin.request('PUT', '/rest/salesteam/1.0/settings/attainment-visibility',
            SHARING[picked.value]).then(function (result) {
            if (result.ok) {
                showMessage(TEXTS.sharingSaved, false);
            } else {
                listErrors(result.body, fileError);
            }
        });
    }

    function init() {
        var page = document.getElementById('salesteam-quotas-admin');
        if (!page || !document.getElementById('salesteam-quota-picker')) {
            return;
        }
        document.getElementById('salesteam-quota-export').href = AJS.contextPath() + REST + '/csv';
        ['salesteam-quota-team', 'salesteam-quota-year', 'salesteam-quota-metric', 'salesteam-quota-columns']
            .forEach(function (id) {
                document.getElementById(id).addEventListener('change', load);
            });
        document.getElementById('salesteam-quota-save').addEventListener('click', save);
        document.getElementById('salesteam-quota-import').addEventListener('submit', importFile);
        document.getElementById('salesteam-quota-sharing').addEventListener('submit', saveSharing);
        load();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
