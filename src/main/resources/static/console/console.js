/*
 * The admin console: plain JavaScript over the application's REST API (/api/rules, /api/consultants).
 * Signs in through session.js (HTTP Basic, kept in this tab's session storage).
 */
(function () {
  'use strict';

  var STRATEGIES = ['STATIC', 'RANDOM', 'ROUND_ROBIN', 'LEAST_LOADED'];
  var FIELDS = ['name', 'service', 'priority', 'channel', 'language', 'strategy', 'consultant', 'pool',
    'fallbackStrategy', 'firstResponse', 'resolution', 'description'];

  function $(id) { return document.getElementById(id); }

  var session = window.ConsoleSession;
  var api = session.api;

  function text(value) { return value === null || value === undefined ? '' : String(value); }

  function cell(row, content) {
    var td = document.createElement('td');
    if (typeof content === 'string') { td.textContent = content; } else if (content) { td.appendChild(content); }
    row.appendChild(td);
    return td;
  }

  function input(value, className) {
    var field = document.createElement('input');
    field.value = text(value);
    if (className) { field.className = className; }
    return field;
  }

  function select(options, value, className) {
    var field = document.createElement('select');
    field.className = className;
    options.forEach(function (option) {
      var item = document.createElement('option');
      item.value = option;
      item.textContent = option === '' ? '—' : option;
      field.appendChild(item);
    });
    field.value = text(value);
    return field;
  }

  function button(label, className, action) {
    var element = document.createElement('button');
    element.type = 'button';
    element.textContent = label;
    element.className = className;
    element.addEventListener('click', action);
    return element;
  }

  function show(section) {
    ['login', 'rules', 'consultants'].forEach(function (id) { $(id).hidden = id !== section; });
    $('show-rules').className = 'tab' + (section === 'rules' ? ' active' : '');
    $('show-consultants').className = 'tab' + (section === 'consultants' ? ' active' : '');
  }

  // Sign-in -------------------------------------------------------------------------------------

  function signIn(event) {
    event.preventDefault();
    session.signIn($('username').value, $('password').value);
    start();
  }

  function start() {
    if (!session.signedIn()) { show('login'); return; }
    api('GET', '/api/me', undefined, function (status, me) {
      if (status !== 200) {
        session.signOut();
        $('login-error').textContent = 'Login failed: check login and password.';
        show('login');
        return;
      }
      if (me.groups.indexOf('camunda-admin') < 0) {
        session.signOut();
        $('login-error').textContent = 'The console is for admins (group camunda-admin) only.';
        show('login');
        return;
      }
      $('login-error').textContent = '';
      $('who').textContent = me.user;
      $('nav').hidden = false;
      show('rules');
      loadRules();
      loadVersions();
    });
  }

  // Rules ---------------------------------------------------------------------------------------

  function ruleRow(rule) {
    var row = document.createElement('tr');
    cell(row, '');
    FIELDS.forEach(function (field) {
      var value = rule[field];
      if (field === 'strategy') {
        cell(row, select(STRATEGIES, value || 'ROUND_ROBIN', 'f-strategy'));
      } else if (field === 'fallbackStrategy') {
        cell(row, select([''].concat(STRATEGIES.slice(1)), value, 'f-fallbackStrategy'));
      } else {
        cell(row, input(value, 'f-' + field));
      }
    });
    var actions = document.createElement('span');
    actions.appendChild(button('↑', 'up', function () { move(row, -1); }));
    actions.appendChild(button('↓', 'down', function () { move(row, 1); }));
    actions.appendChild(button('Remove', 'remove', function () { row.parentNode.removeChild(row); number(); }));
    cell(row, actions);
    return row;
  }

  function move(row, step) {
    var body = row.parentNode;
    if (step < 0 && row.previousElementSibling) { body.insertBefore(row, row.previousElementSibling); }
    if (step > 0 && row.nextElementSibling) { body.insertBefore(row.nextElementSibling, row); }
    number();
  }

  /** Clears earlier error lines, then numbers the rows as the table will read them. */
  function number() {
    var errors = document.querySelectorAll('#rules-table tr.row-error');
    for (var j = 0; j < errors.length; j++) { errors[j].parentNode.removeChild(errors[j]); }
    var rows = $('rules-table').tBodies[0].rows;
    for (var i = 0; i < rows.length; i++) {
      rows[i].cells[0].textContent = String(i + 1);
      rows[i].className = '';
    }
  }

  function loadRules() {
    api('GET', '/api/rules', undefined, function (status, rules) {
      if (status !== 200) { $('rules-message').textContent = 'Could not read the rules (' + status + ').'; return; }
      var body = $('rules-table').tBodies[0];
      body.innerHTML = '';
      rules.rows.forEach(function (rule) { body.appendChild(ruleRow(rule)); });
      number();
      $('rules-version').textContent = 'version ' + rules.version;
    });
  }

  function rowsOf() {
    var rows = [];
    var trs = $('rules-table').tBodies[0].rows;
    for (var i = 0; i < trs.length; i++) {
      if (trs[i].className === 'row-error') { continue; }
      var rule = {};
      FIELDS.forEach(function (field) {
        var element = trs[i].querySelector('.f-' + field);
        var value = element ? element.value.trim() : '';
        rule[field] = value === '' ? null : value;
      });
      rows.push(rule);
    }
    return rows;
  }

  function deploy() {
    number();
    $('rules-message').textContent = 'Deploying…';
    api('PUT', '/api/rules', { rows: rowsOf() }, function (status, result) {
      if (status === 200) {
        $('rules-message').className = 'ok';
        $('rules-message').textContent = 'Deployed as version ' + result.version + '. New tickets follow it.';
        loadRules();
        loadVersions();
      } else if (status === 422) {
        $('rules-message').className = 'error';
        $('rules-message').textContent = result.detail;
        showRowErrors(result.errors);
      } else {
        $('rules-message').className = 'error';
        $('rules-message').textContent = (result && result.detail) || ('Deploy failed (' + status + ').');
      }
    });
  }

  function showRowErrors(errors) {
    var trs = [];
    var rows = $('rules-table').tBodies[0].rows;
    for (var i = 0; i < rows.length; i++) { trs.push(rows[i]); }
    Object.keys(errors).forEach(function (key) {
      var row = trs[Number(key) - 1];
      if (!row) { return; }
      row.className = 'invalid';
      var message = document.createElement('tr');
      message.className = 'row-error';
      var td = document.createElement('td');
      td.colSpan = FIELDS.length + 2;
      td.textContent = 'Row ' + key + ': ' + errors[key].join('; ');
      message.appendChild(td);
      row.parentNode.insertBefore(message, row.nextSibling);
    });
  }

  function dryRun(event) {
    event.preventDefault();
    // The rules as edited on screen, before they are deployed.
    number();
    var request = {
      service: $('dry-service').value || null, priority: $('dry-priority').value || null,
      channel: $('dry-channel').value || null, language: $('dry-language').value || null,
      rows: rowsOf()
    };
    api('POST', '/api/rules/dry-run', request, function (status, result) {
      var box = $('dry-run-result');
      box.innerHTML = '';
      if (status === 422 && result && result.errors) { showRowErrors(result.errors); }
      if (status !== 200) { box.textContent = (result && result.detail) || ('Dry-run failed (' + status + ').'); return; }
      var explanation = document.createElement('p');
      explanation.id = 'dry-run-explanation';
      explanation.textContent = result.explanation;
      box.appendChild(explanation);
      var skipped = Object.keys(result.skipped || {});
      if (skipped.length > 0) {
        var list = document.createElement('ul');
        list.id = 'dry-run-skipped';
        skipped.forEach(function (member) {
          var item = document.createElement('li');
          item.textContent = member + ': ' + result.skipped[member];
          list.appendChild(item);
        });
        box.appendChild(list);
      }
    });
  }

  function loadVersions() {
    api('GET', '/api/rules/versions', undefined, function (status, versions) {
      var body = $('versions-table').tBodies[0];
      body.innerHTML = '';
      if (status !== 200) { return; }
      versions.forEach(function (version) {
        var row = document.createElement('tr');
        cell(row, String(version.version) + (version.latest ? ' (current)' : ''));
        cell(row, text(version.deployedAt));
        cell(row, text(version.deployedBy));
        cell(row, text(version.source));
        cell(row, String(version.rows));
        cell(row, version.latest ? '' : button('Roll back to this', 'rollback', function () {
          api('POST', '/api/rules/versions/' + version.version + '/rollback', undefined, function (code, result) {
            $('rules-message').textContent = code === 200 ? 'Rolled back: now version ' + result.version + '.'
              : 'Rollback failed (' + code + ').';
            loadRules();
            loadVersions();
          });
        }));
        body.appendChild(row);
      });
    });
  }

  // Consultants ---------------------------------------------------------------------------------

  function local(instant) { return instant ? instant.substring(0, 16) : ''; }

  function instant(value) { return value ? new Date(value + 'Z').toISOString() : null; }

  function loadConsultants() {
    api('GET', '/api/consultants', undefined, function (status, consultants) {
      var body = $('consultants-table').tBodies[0];
      body.innerHTML = '';
      if (status !== 200) { $('consultants-message').textContent = 'Could not read consultants (' + status + ').'; return; }
      consultants.forEach(function (consultant) {
        var row = document.createElement('tr');
        row.setAttribute('data-consultant', consultant.id);
        cell(row, consultant.name + ' (' + consultant.id + ')');
        cell(row, consultant.pools.join(', '));
        cell(row, consultant.available ? 'available' : consultant.unavailable).className = 'status';
        var away = document.createElement('input');
        away.type = 'checkbox';
        away.className = 'away';
        away.checked = consultant.away;
        cell(row, away);
        var from = input(local(consultant.awayFrom), 'away-from');
        from.type = 'datetime-local';
        cell(row, from);
        var until = input(local(consultant.awayUntil), 'away-until');
        until.type = 'datetime-local';
        cell(row, until);
        var capacity = input(consultant.capacity, 'capacity');
        capacity.type = 'number';
        capacity.min = '0';
        cell(row, capacity);
        cell(row, input(consultant.languages.join(', '), 'languages'));
        cell(row, String(consultant.openTickets));
        cell(row, text(consultant.lastAssignedAt));
        cell(row, button('Save', 'save', function () { save(row, consultant.id); }));
        body.appendChild(row);
      });
    });
  }

  function save(row, id) {
    var from = row.querySelector('.away-from').value;
    var until = row.querySelector('.away-until').value;
    var languages = row.querySelector('.languages').value.split(',')
      .map(function (language) { return language.trim(); })
      .filter(function (language) { return language !== ''; });
    var change = {
      away: row.querySelector('.away').checked,
      awayFrom: instant(from), awayUntil: instant(until), clearOutOfOffice: !from && !until,
      capacity: Number(row.querySelector('.capacity').value), languages: languages
    };
    api('PUT', '/api/consultants/' + encodeURIComponent(id), change, function (status, result) {
      $('consultants-message').textContent = status === 200 ? 'Saved ' + id + '.'
        : ((result && result.detail) || ('Saving failed (' + status + ').'));
      if (status === 200) { loadConsultants(); }
    });
  }

  // Wiring --------------------------------------------------------------------------------------

  document.addEventListener('DOMContentLoaded', function () {
    $('login-form').addEventListener('submit', signIn);
    $('logout').addEventListener('click', function () {
      session.signOut();
      $('nav').hidden = true;
      show('login');
    });
    // Back on the rules page, unsaved edits stay; "Discard changes" reloads them.
    $('show-rules').addEventListener('click', function () { show('rules'); loadVersions(); });
    $('show-consultants').addEventListener('click', function () { show('consultants'); loadConsultants(); });
    $('add-row').addEventListener('click', function () {
      var body = $('rules-table').tBodies[0];
      var last = body.rows.length > 0 ? body.rows[body.rows.length - 1] : null;
      body.insertBefore(ruleRow({ strategy: 'ROUND_ROBIN' }), last);
      number();
    });
    $('deploy').addEventListener('click', deploy);
    $('reload-rules').addEventListener('click', loadRules);
    $('dry-run-form').addEventListener('submit', dryRun);
    start();
  });
}());
