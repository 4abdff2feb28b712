/*
 * Canned responses: the per-language texts agents insert into replies, listed from GET /api/canned-responses
 * and edited by admins (PUT and DELETE /api/canned-responses/{name}/{language}).
 */
(function () {
  'use strict';

  function $(id) { return document.getElementById(id); }

  var session = window.ConsoleSession;

  function say(text, ok) {
    $('message').textContent = text;
    $('message').className = ok ? 'ok' : 'error';
  }

  function problem(status, data) {
    return (data && (data.detail || data.title)) ? (data.detail || data.title) : 'The request failed (' + status + ').';
  }

  function list() {
    session.api('GET', '/api/canned-responses', undefined, function (status, responses) {
      if (status !== 200 || !responses) { say(problem(status, responses), false); return; }
      var body = $('responses-table').tBodies[0];
      body.textContent = '';
      responses.forEach(function (response) {
        var row = body.insertRow();
        [response.name, response.language, response.text,
          new Date(response.updatedAt).toLocaleString() + ' · ' + (response.updatedBy || '')]
          .forEach(function (value) { row.insertCell().textContent = value; });
        var actions = row.insertCell();
        var edit = document.createElement('button');
        edit.type = 'button';
        edit.textContent = 'Edit';
        edit.addEventListener('click', function () {
          $('name').value = response.name;
          $('language').value = response.language;
          $('text').value = response.text;
        });
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = 'Delete';
        remove.addEventListener('click', function () {
          session.api('DELETE', '/api/canned-responses/' + response.name + '/' + response.language, undefined,
            function (s, data) {
              if (s === 204) { say('Deleted.', true); list(); } else { say(problem(s, data), false); }
            });
        });
        actions.appendChild(edit);
        actions.appendChild(remove);
      });
    });
  }

  function save(event) {
    event.preventDefault();
    session.api('PUT', '/api/canned-responses/' + encodeURIComponent($('name').value) + '/'
      + encodeURIComponent($('language').value), { text: $('text').value }, function (status, data) {
      if (status === 200) { say('Saved.', true); list(); } else { say(problem(status, data), false); }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('edit-form').addEventListener('submit', save);
    session.page(function () {
      $('responses').hidden = false;
      list();
    }, function () { $('responses').hidden = true; });
  });
}());
