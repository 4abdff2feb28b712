/*
 * What the console pages (admin console, trace, insights) share: the sign-in, kept as HTTP Basic credentials
 * in this tab's session storage so that signing in on one page signs in the others, and the API calls that
 * send it.
 */
window.ConsoleSession = (function () {
  'use strict';

  var KEY = 'console.auth';

  /** Calls the API; done(status, text); headers are further request headers, if any. */
  function request(method, path, body, accept, done, headers) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, path, true);
    xhr.setRequestHeader('Authorization', sessionStorage.getItem(KEY) || '');
    xhr.setRequestHeader('Accept', accept);
    Object.keys(headers || {}).forEach(function (name) { xhr.setRequestHeader(name, headers[name]); });
    if (body !== undefined) {
      xhr.setRequestHeader('Content-Type', 'application/json');
    }
    xhr.onload = function () { done(xhr.status, xhr.responseText); };
    xhr.onerror = function () { done(0, ''); };
    xhr.send(body !== undefined ? JSON.stringify(body) : null);
  }

  /** Calls the API with a JSON body (or none); done(status, parsed answer or null). */
  function api(method, path, body, done, headers) {
    request(method, path, body, 'application/json, application/problem+json', function (status, text) {
      var data = null;
      try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
      done(status, data);
    }, headers);
  }

  /**
   * The sign-in of a page with the usual ids (login, login-form, username, password, login-error, nav, who,
   * logout): shows the form until /api/me answers, then calls signedIn(me); signedOut() hides the page's own
   * sections.
   */
  function page(signedIn, signedOut) {
    function $(id) { return document.getElementById(id); }
    function out() {
      sessionStorage.removeItem(KEY);
      $('nav').hidden = true;
      $('login').hidden = false;
      signedOut();
    }
    function start() {
      if (!sessionStorage.getItem(KEY)) { out(); return; }
      api('GET', '/api/me', undefined, function (status, me) {
        if (status !== 200 || !me) { $('login-error').textContent = 'Wrong login or password.'; out(); return; }
        $('login').hidden = true;
        $('nav').hidden = false;
        $('who').textContent = me.user;
        signedIn(me);
      });
    }
    $('login-form').addEventListener('submit', function (event) {
      event.preventDefault();
      sessionStorage.setItem(KEY, 'Basic ' + btoa($('username').value + ':' + $('password').value));
      start();
    });
    $('logout').addEventListener('click', out);
    start();
  }

  return {
    api: api,
    page: page,
    /** GET a resource that is not JSON (the trace's BPMN); done(status, text). */
    text: function (path, accept, done) { request('GET', path, undefined, accept, done); },
    signIn: function (login, password) { sessionStorage.setItem(KEY, 'Basic ' + btoa(login + ':' + password)); },
    signOut: function () { sessionStorage.removeItem(KEY); },
    signedIn: function () { return !!sessionStorage.getItem(KEY); }
  };
}());
