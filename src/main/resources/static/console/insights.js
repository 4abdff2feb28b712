/*
 * The insights page: GET /api/insights for a range of days, drawn with Chart.js. Signs in through
 * session.js, like the admin console.
 */
(function () {
  'use strict';

  var charts = {};
  var COLOURS = ['#0b6bcb', '#1b7f3b', '#c2410c', '#7c3aed', '#a4161a', '#0f766e', '#b45309', '#475569', '#be185d'];

  function $(id) { return document.getElementById(id); }

  var session = window.ConsoleSession;

  function json(path, done) { session.api('GET', path, undefined, done); }

  function iso(date) { return date.toISOString().substring(0, 10); }

  function percent(value) { return value === null || value === undefined ? '–' : Math.round(value * 1000) / 10 + ' %'; }

  function unique(values) { return values.filter(function (v, i) { return values.indexOf(v) === i; }); }

  function days(from, to) {
    var list = [];
    for (var d = new Date(from + 'T00:00:00Z'); iso(d) <= to; d.setUTCDate(d.getUTCDate() + 1)) { list.push(iso(d)); }
    return list;
  }

  function draw(id, config) {
    // Without Chart.js (a browser that cannot run it) the figures above and the table still show.
    if (!window.Chart) { return; }
    if (charts[id]) { charts[id].destroy(); }
    config.options = Object.assign({ responsive: true, animation: false, maintainAspectRatio: true }, config.options || {});
    charts[id] = new window.Chart($(id), config);
  }

  /** Per day and service → one stacked bar series per service. */
  function perDay(id, rows, from, to) {
    var labels = days(from, to);
    var services = unique(rows.map(function (r) { return r.service; }));
    draw(id, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: services.map(function (service, i) {
          return {
            label: service, backgroundColor: COLOURS[i % COLOURS.length],
            data: labels.map(function (day) {
              var row = rows.filter(function (r) { return r.day === day && r.service === service; })[0];
              return row ? row.tickets : 0;
            })
          };
        })
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } }
    });
  }

  function durations(id, rows, divisor) {
    draw(id, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return r.key + ' (' + r.tickets + ')'; }),
        datasets: [
          { label: 'median', backgroundColor: COLOURS[0], data: rows.map(function (r) { return r.medianMinutes / divisor; }) },
          { label: '90th percentile', backgroundColor: COLOURS[2], data: rows.map(function (r) { return r.p90Minutes / divisor; }) }
        ]
      },
      options: { scales: { y: { beginAtZero: true } } }
    });
  }

  function render(data) {
    var opened = data.opened.reduce(function (sum, r) { return sum + r.tickets; }, 0);
    var closed = data.closed.reduce(function (sum, r) { return sum + r.tickets; }, 0);
    $('k-opened').textContent = opened;
    $('k-closed').textContent = closed;
    $('k-triage').textContent = percent(data.triage.rate);
    $('k-accuracy').textContent = percent(data.botAccuracy.accuracy);
    $('k-rounds').textContent = data.clarification.averageRounds === null ? '–' : data.clarification.averageRounds;
    $('k-expired').textContent = percent(data.clarification.expiredShare);
    perDay('c-opened', data.opened, data.from, data.to);
    perDay('c-closed', data.closed, data.from, data.to);
    durations('c-first', data.firstAnswer.perService, 1);
    durations('c-resolution', data.resolution.perService, 60);
    draw('c-sla', {
      type: 'bar',
      data: {
        labels: data.sla.map(function (r) { return r.service + ' (' + r.tickets + ')'; }),
        datasets: [
          { label: 'first response', backgroundColor: COLOURS[2], data: data.sla.map(function (r) { return r.firstResponseBreaches; }) },
          { label: 'resolution', backgroundColor: COLOURS[4], data: data.sla.map(function (r) { return r.resolutionBreaches; }) }
        ]
      },
      options: { scales: { y: { beginAtZero: true } } }
    });
    var pools = unique(data.backlog.map(function (r) { return r.pool; }));
    var statuses = unique(data.backlog.map(function (r) { return r.status; }));
    draw('c-backlog', {
      type: 'bar',
      data: {
        labels: pools,
        datasets: statuses.map(function (status, i) {
          return {
            label: status, backgroundColor: COLOURS[i % COLOURS.length],
            data: pools.map(function (pool) {
              var row = data.backlog.filter(function (r) { return r.pool === pool && r.status === status; })[0];
              return row ? row.tickets : 0;
            })
          };
        })
      },
      options: { indexAxis: 'y', scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } } }
    });
    draw('c-accuracy', {
      type: 'bar',
      data: {
        labels: data.botAccuracy.perService.map(function (r) { return r.service + ' (' + r.decisions + ')'; }),
        datasets: [{ label: 'bot right', backgroundColor: COLOURS[1],
          data: data.botAccuracy.perService.map(function (r) { return r.accuracy === null ? null : r.accuracy * 100; }) }]
      },
      options: { scales: { y: { beginAtZero: true, max: 100 } } }
    });
    draw('c-accuracy-days', {
      type: 'line',
      data: {
        labels: data.botAccuracy.perDay.map(function (r) { return r.day; }),
        datasets: [{ label: 'bot right (%)', borderColor: COLOURS[1], backgroundColor: COLOURS[1],
          data: data.botAccuracy.perDay.map(function (r) { return r.accuracy === null ? null : r.accuracy * 100; }) }]
      },
      options: { scales: { y: { beginAtZero: true, max: 100 } } }
    });
    draw('c-rounds', {
      type: 'bar',
      data: {
        labels: data.clarification.rounds.map(function (r) { return r.rounds + (r.rounds === 1 ? ' round' : ' rounds'); }),
        datasets: [{ label: 'tickets', backgroundColor: COLOURS[3], data: data.clarification.rounds.map(function (r) { return r.tickets; }) }]
      },
      options: { scales: { y: { beginAtZero: true } } }
    });
    draw('c-channels', {
      type: 'doughnut',
      data: {
        labels: data.channels.map(function (r) { return r.key; }),
        datasets: [{ data: data.channels.map(function (r) { return r.conversations; }), backgroundColor: COLOURS }]
      }
    });
    consultants(data);
    $('insights').hidden = false;
  }

  function consultants(data) {
    var body = $('consultants').tBodies[0];
    body.textContent = '';
    var keys = unique(data.firstAnswer.perConsultant.map(function (r) { return r.key; })
      .concat(data.resolution.perConsultant.map(function (r) { return r.key; }))).sort();
    keys.forEach(function (key) {
      var first = data.firstAnswer.perConsultant.filter(function (r) { return r.key === key; })[0] || {};
      var done = data.resolution.perConsultant.filter(function (r) { return r.key === key; })[0] || {};
      var row = body.insertRow();
      [key, first.tickets || 0, minutes(first.medianMinutes), minutes(first.p90Minutes), done.tickets || 0,
        minutes(done.medianMinutes), minutes(done.p90Minutes)].forEach(function (value) {
        row.insertCell().textContent = value;
      });
    });
  }

  function minutes(value) {
    if (value === null || value === undefined) { return '–'; }
    return value < 120 ? Math.round(value) + ' min' : Math.round(value / 6) / 10 + ' h';
  }

  function load() {
    $('error').textContent = '';
    var started = Date.now();
    json('/api/insights?from=' + $('from').value + '&to=' + $('to').value, function (status, data) {
      if (status === 401) { signedOut(); return; }
      if (status !== 200 || !data) {
        $('error').textContent = (data && data.detail) || 'The figures could not be loaded (' + status + ').';
        return;
      }
      render(data);
      $('took').textContent = 'Days in UTC, ' + data.from + ' to ' + data.to + '; answered in ' + (Date.now() - started) + ' ms.';
    });
  }

  function preset(daysBack) {
    var to = new Date();
    var from = new Date();
    from.setUTCDate(to.getUTCDate() - daysBack + 1);
    $('from').value = iso(from);
    $('to').value = iso(to);
    load();
  }

  function signedOut() {
    session.signOut();
    $('nav').hidden = true;
    $('insights').hidden = true;
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
      if (params.get('from') && params.get('to')) {
        $('from').value = params.get('from');
        $('to').value = params.get('to');
        load();
      } else {
        preset(30);
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('login-form').addEventListener('submit', function (event) {
      event.preventDefault();
      session.signIn($('username').value, $('password').value);
      start();
    });
    $('range-form').addEventListener('submit', function (event) { event.preventDefault(); load(); });
    Array.prototype.forEach.call(document.querySelectorAll('.preset'), function (button) {
      button.addEventListener('click', function () { preset(Number(button.getAttribute('data-days'))); });
    });
    $('logout').addEventListener('click', signedOut);
    start();
  });
}());
