/*
 * The agent's ticket page: the ticket's timeline (messages in and out with their delivery state, the bot's
 * readings, assignment, notes and changes), a reply to the customer on their channel with canned responses,
 * internal notes, status changes, and search. Signs in through session.js like the other console pages.
 */
(function () {
  'use strict';

  function $(id) { return document.getElementById(id); }

  var session = window.ConsoleSession;
  var current = null;
  var canned = [];
  // One key per draft: pressing Send twice, or a retry after a lost answer, sends one reply.
  var draftKey = newKey();

  function newKey() { return 'page-' + Date.now() + '-' + Math.random().toString(36).slice(2); }

  function text(value) { return value === null || value === undefined ? '' : String(value); }

  function time(value) { return value ? new Date(value).toLocaleString() : ''; }

  function problem(status, data) {
    return (data && (data.detail || data.title)) ? (data.detail || data.title) : 'The request failed (' + status + ').';
  }

  function cells(row, values) {
    values.forEach(function (value) {
      var cell = row.insertCell();
      cell.textContent = text(value);
    });
    return row;
  }

  function show(ticket) {
    current = ticket;
    $('results').hidden = true;
    $('ticket').hidden = false;
    $('error').textContent = '';
    $('title').textContent = ticket.id + ' · ' + text(ticket.title);
    var facts = $('facts');
    facts.textContent = '';
    [['Status', ticket.status], ['Priority', ticket.priority], ['Service', ticket.service],
      ['Customer', [ticket.requesterName, ticket.company, ticket.contact].filter(Boolean).join(' · ')],
      ['Consultant', ticket.consultant || '(unassigned)'],
      ['First response', ticket.sla && ticket.sla.firstRespondedAt ? time(ticket.sla.firstRespondedAt) : 'none yet']]
      .forEach(function (pair) {
        var term = document.createElement('dt');
        term.textContent = pair[0];
        var detail = document.createElement('dd');
        detail.textContent = text(pair[1]);
        detail.id = 'fact-' + pair[0].toLowerCase().replace(' ', '-');
        facts.appendChild(term);
        facts.appendChild(detail);
      });
    $('trace-link').href = 'trace.html?ticket=' + encodeURIComponent(ticket.id);
    timeline();
  }

  function timeline() {
    session.api('GET', '/api/tickets/' + encodeURIComponent(current.id) + '/timeline', undefined, function (status, entries) {
      if (status !== 200 || !entries) { $('error').textContent = problem(status, entries); return; }
      var body = $('timeline').tBodies[0];
      body.textContent = '';
      var lastAnswer = null;
      entries.forEach(function (entry) {
        var what = {
          CUSTOMER_MESSAGE: 'Customer wrote', ANSWER: entry.author === 'bot' ? 'Bot answered' : 'Reply',
          NOTE: 'Internal note', BOT_READING: 'Bot read', TRIAGE: 'Triage', AGENT_COMPLETION: 'Completed by agent',
          ASSIGNMENT: 'Assignment', CHANGE: 'Change'
        }[entry.kind] || entry.kind;
        var delivery = entry.state ? entry.state + (entry.error ? ': ' + entry.error : '') : '';
        var row = cells(body.insertRow(), [time(entry.at), what, entry.channel, entry.author, entry.text, delivery]);
        row.className = entry.kind + (entry.state === 'FAILED' ? ' FAILED' : '');
        row.cells[4].className = 'text';
        if (entry.kind === 'ANSWER') { lastAnswer = entry; }
      });
      $('not-reached').hidden = !(lastAnswer && lastAnswer.state === 'FAILED');
    });
  }

  function load(id) {
    session.api('GET', '/api/tickets/' + encodeURIComponent(id), undefined, function (status, ticket) {
      if (status !== 200 || !ticket) { $('error').textContent = problem(status, ticket); return; }
      history.replaceState(null, '', '?ticket=' + encodeURIComponent(ticket.id));
      show(ticket);
      loadCanned(ticket);
    });
  }

  function loadCanned(ticket) {
    session.api('GET', '/api/conversations/' + encodeURIComponent(ticket.conversationId), undefined,
      function (status, conversation) {
        var language = (status === 200 && conversation && conversation.language) ? conversation.language : 'en';
        session.api('GET', '/api/canned-responses?language=' + language, undefined, function (s, list) {
          canned = (s === 200 && list) ? list : [];
          var select = $('canned');
          select.length = 1;
          canned.forEach(function (response) {
            var option = document.createElement('option');
            option.value = response.name;
            option.textContent = response.name + ': ' + response.text.slice(0, 60);
            select.appendChild(option);
          });
        });
      });
  }

  function insertCanned() {
    var chosen = canned.filter(function (response) { return response.name === $('canned').value; })[0];
    if (!chosen || !current) { return; }
    var filled = chosen.text.replace(/\{customer\}/g, current.requesterName || '')
      .replace(/\{ticket\}/g, current.id).replace(/\{agent\}/g, $('who').textContent)
      .replace(/ ,/g, ',');
    var area = $('reply-text');
    var at = area.selectionStart || area.value.length;
    area.value = area.value.slice(0, at) + filled + area.value.slice(at);
  }

  function send(event) {
    event.preventDefault();
    var body = { text: $('reply-text').value, internal: $('internal').checked };
    $('send').disabled = true;
    session.api('POST', '/api/tickets/' + encodeURIComponent(current.id) + '/replies', body, function (status, data) {
      $('send').disabled = false;
      if (status === 200 || status === 201) {
        $('reply-message').textContent = body.internal ? 'Note saved.' : 'Reply sent to the customer.';
        $('reply-message').className = 'ok';
        $('reply-text').value = '';
        $('internal').checked = false;
        draftKey = newKey();
        load(current.id);
      }
      else {
        $('reply-message').textContent = status ? problem(status, data) : 'No answer; try again.';
        $('reply-message').className = 'error';
      }
    }, { 'Idempotency-Key': draftKey });
  }

  function setStatus(status) {
    var change = { status: status };
    if (status === 'CLOSED' && $('resolution').value) { change.resolution = $('resolution').value; }
    session.api('PATCH', '/api/tickets/' + encodeURIComponent(current.id), change, function (s, data) {
      $('status-message').textContent = (s === 200) ? 'Status: ' + data.status : problem(s, data);
      $('status-message').className = (s === 200) ? 'ok' : 'error';
      if (s === 200) { load(current.id); }
    });
  }

  function search(event) {
    event.preventDefault();
    session.api('GET', '/api/tickets?q=' + encodeURIComponent($('q').value), undefined, function (status, list) {
      if (status !== 200 || !list) { $('error').textContent = problem(status, list); return; }
      $('ticket').hidden = true;
      $('results').hidden = false;
      var body = $('results-table').tBodies[0];
      body.textContent = '';
      list.forEach(function (ticket) {
        var row = cells(body.insertRow(), ['', ticket.status, ticket.priority,
          [ticket.requesterName, ticket.contact].filter(Boolean).join(' · '), ticket.title, ticket.consultant]);
        var link = document.createElement('a');
        link.href = '?ticket=' + encodeURIComponent(ticket.id);
        link.textContent = ticket.id;
        row.cells[0].appendChild(link);
      });
      if (!list.length) { body.insertRow().insertCell().textContent = 'No ticket matches.'; }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('search-form').addEventListener('submit', search);
    $('reply-form').addEventListener('submit', send);
    $('insert-canned').addEventListener('click', insertCanned);
    $('set-in-progress').addEventListener('click', function () { setStatus('IN_PROGRESS'); });
    $('set-closed').addEventListener('click', function () { setStatus('CLOSED'); });
    $('set-reopened').addEventListener('click', function () { setStatus('REOPENED'); });
    // Delivery states change after sending: the timeline follows.
    setInterval(function () { if (current && !document.hidden) { timeline(); } }, 5000);
    session.page(function () {
      var params = new URLSearchParams(location.search);
      if (params.get('ticket')) { load(params.get('ticket')); }
      else if (params.get('q')) { $('q').value = params.get('q'); search(new Event('submit')); }
    }, function () {
      current = null;
      $('ticket').hidden = true;
      $('results').hidden = true;
    });
  });
}());
