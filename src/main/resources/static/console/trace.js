/*
 * The trace page: one conversation's whole path, finished or running, from GET /api/conversations/{id}/trace,
 * with the process drawn by bpmn.io's viewer and the path it took marked. Signs in through session.js, like
 * the admin console.
 */
(function () {
  'use strict';

  function $(id) { return document.getElementById(id); }

  var session = window.ConsoleSession;

  function json(path, done) { session.api('GET', path, undefined, done); }

  function text(value) { return value === null || value === undefined ? '' : String(value); }

  function time(value) { return value ? new Date(value).toLocaleString() : ''; }

  function took(ms) {
    if (ms === null || ms === undefined) { return ''; }
    if (ms < 1000) { return ms + ' ms'; }
    if (ms < 120000) { return Math.round(ms / 100) / 10 + ' s'; }
    if (ms < 7200000) { return Math.round(ms / 60000) + ' min'; }
    return Math.round(ms / 360000) / 10 + ' h';
  }

  function rows(tableId, items, columns) {
    var body = $(tableId).tBodies[0];
    body.textContent = '';
    items.forEach(function (item) {
      var row = body.insertRow();
      columns(item).forEach(function (value, index) {
        var cell = row.insertCell();
        cell.textContent = text(value);
        if (tableId === 'messages' && index === 2) { cell.className = 'text'; }
      });
    });
    if (!items.length) {
      var empty = body.insertRow().insertCell();
      empty.colSpan = $(tableId).tHead.rows[0].cells.length;
      empty.textContent = 'None';
    }
  }

  function facts(listId, pairs) {
    var list = $(listId);
    list.textContent = '';
    pairs.forEach(function (pair) {
      if (pair[1] === null || pair[1] === undefined || pair[1] === '') { return; }
      var term = document.createElement('dt');
      term.textContent = pair[0];
      var detail = document.createElement('dd');
      detail.textContent = text(pair[1]);
      list.appendChild(term);
      list.appendChild(detail);
    });
  }

  function fail(message) {
    $('error').textContent = message;
    $('trace').hidden = true;
  }

  // The trace -----------------------------------------------------------------------------------

  function show(conversationId) {
    $('error').textContent = '';
    json('/api/conversations/' + encodeURIComponent(conversationId) + '/trace', function (status, trace) {
      if (status === 401) { signedOut(); return; }
      if (status !== 200 || !trace) {
        fail((trace && trace.detail) || 'The trace could not be loaded (' + status + ').');
        return;
      }
      render(trace);
      session.text('/api/conversations/' + encodeURIComponent(conversationId) + '/trace/diagram', 'application/xml',
        function (diagramStatus, xml) {
          if (diagramStatus === 200) { draw(xml, trace); }
        });
    });
  }

  function render(trace) {
    var c = trace.conversation;
    var run = trace.processes.length ? trace.processes[trace.processes.length - 1] : null;
    $('title').textContent = (c.ticketId ? c.ticketId + ' · ' : '') + (c.subject || 'Conversation ' + c.id);
    facts('summary', [['Conversation', c.id], ['Customer', (c.customerName ? c.customerName + ' · ' : '') + c.customer],
      ['Channel', c.channel], ['Language', c.language], ['Status', c.status], ['Ticket', c.ticketId],
      ['Process', run ? run.definitionKey + ' v' + run.version + ' · ' + run.state + ' · ' + run.id : 'not started'],
      ['Started', time(run ? run.startedAt : c.createdAt)], ['Ended', run ? time(run.endedAt) : '']]);
    var steps = [];
    trace.processes.forEach(function (p) { steps = steps.concat(p.steps); });
    rows('steps', steps, function (s) {
      return [s.name || s.activityId, s.type, time(s.startedAt), s.canceled ? 'cancelled' : time(s.endedAt),
        took(s.durationMs), s.assignee, s.completedBy];
    });
    $('rounds').textContent = trace.clarificationRounds ? '(' + trace.clarificationRounds + ' clarification round'
      + (trace.clarificationRounds > 1 ? 's' : '') + ')' : '';
    rows('readings', trace.readings, function (r) {
      return [r.round, r.source, r.intent, r.service, r.priority,
        r.confidence !== null && r.confidence !== undefined ? Math.round(r.confidence * 100) + ' %' : '',
        r.language, (r.missingFields || []).join(', '), time(r.at)];
    });
    rows('triage', trace.triage, function (t) {
      return [t.botIntent, t.botService, t.botConfidence ? Math.round(t.botConfidence * 100) + ' %' : '',
        t.intent, t.service, t.priority, t.decidedBy, time(t.decidedAt)];
    });
    var a = trace.assignment;
    facts('assignment', a ? [['Decision', a.decision + ' v' + a.version], ['Rule', a.rule], ['Strategy', a.strategy],
      ['Consultant', a.consultant || 'waiting in the pool\'s queue'], ['Pool', a.pool],
      ['Candidates', (a.candidates || []).join(', ')],
      ['Passed over', Object.keys(a.skipped || {}).map(function (k) { return k + ': ' + a.skipped[k]; }).join('; ')],
      ['First response within', a.firstResponse], ['Resolution within', a.resolution]]
      : [['Assignment', 'none (no ticket)']]);
    rows('messages', trace.messages, function (m) {
      return [time(m.at), m.direction === 'IN' ? 'from customer' : 'to customer', m.text,
        m.direction === 'IN' ? '' : text(m.state) + (m.lastError ? ' · ' + m.lastError : '')];
    });
    rows('incidents', trace.incidents, function (i) {
      return [time(i.createdAt), i.activityId, i.type, i.message, i.state];
    });
    $('trace').hidden = false;
  }

  function draw(xml, trace) {
    var container = $('diagram');
    container.textContent = '';
    var viewer = new window.BpmnJS({ container: container });
    viewer.importXML(xml).then(function () {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      var run = trace.processes[trace.processes.length - 1];
      function mark(id, marker) { if (registry.get(id)) { canvas.addMarker(id, marker); } }
      run.passed.forEach(function (id) { mark(id, 'passed'); });
      run.taken.forEach(function (id) { mark(id, 'taken'); });
      run.steps.forEach(function (s) { if (!s.endedAt && !s.canceled) { mark(s.activityId, 'current'); } });
      trace.incidents.forEach(function (i) { if (i.state === 'OPEN' && i.activityId) { mark(i.activityId, 'incident'); } });
      canvas.zoom('fit-viewport');
    }).catch(function () { container.textContent = 'The diagram could not be drawn.'; });
  }

  // Finding a conversation ----------------------------------------------------------------------

  function find(value) {
    value = value.trim();
    if (/^TCK-/i.test(value)) {
      json('/api/tickets/' + encodeURIComponent(value.toUpperCase()), function (status, ticket) {
        if (status === 401) { signedOut(); return; }
        if (status !== 200 || !ticket) { fail((ticket && ticket.detail) || 'No ticket ' + value + '.'); return; }
        go(ticket.conversationId);
      });
    } else {
      go(value);
    }
  }

  function go(conversationId) {
    history.replaceState(null, '', '?conversation=' + encodeURIComponent(conversationId));
    $('find').value = conversationId;
    show(conversationId);
  }

  // Sign-in -------------------------------------------------------------------------------------

  function signedOut() {
    session.signOut();
    $('nav').hidden = true;
    $('trace').hidden = true;
    $('login').hidden = false;
  }

  function start() {
    if (!session.signedIn()) { signedOut(); return; }
    json('/api/me', function (status, me) {
      if (status !== 200 || !me) {
        $('login-error').textContent = 'Wrong login or password.';
        signedOut();
        return;
      }
      $('login').hidden = true;
      $('nav').hidden = false;
      $('who').textContent = me.user;
      var params = new URLSearchParams(location.search);
      var wanted = params.get('conversation') || params.get('ticket');
      if (wanted) { find(wanted); }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('login-form').addEventListener('submit', function (event) {
      event.preventDefault();
      session.signIn($('username').value, $('password').value);
      start();
    });
    $('find-form').addEventListener('submit', function (event) {
      event.preventDefault();
      find($('find').value);
    });
    $('logout').addEventListener('click', signedOut);
    start();
  });
}());
