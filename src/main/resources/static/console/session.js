/*
 * What the console pages (admin console, trace, insights) share: the sign-in, kept as HTTP Basic credentials
 * in this tab's session storage so that signing in on one page signs in the others, and the API calls that
 * send it.
 */
window.ConsoleSession = (function () {
  'use strict';

  var KEY = 'console.auth';

  /** Calls the API; done(status, text). */
  function request(method, path, body, accept, done) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, path, true);
    xhr.setRequestHeader('Authorization', sessionStorage.getItem(KEY) || '');
    xhr.setRequestHeader('Accept', accept);
    if (body !== undefined) {
      xhr.setRequestHeader('Content-Type', 'application/json');
    }
    xhr.onload = function () { done(xhr.status, xhr.responseText); };
    xhr.onerror = function () { done(0, ''); };
    xhr.send(body !== undefined ? JSON.stringify(body) : null);
  }

  /** Calls the API with a JSON body (or none); done(status, parsed answer or null). */
  function api(method, path, body, done) {
    request(method, path, body, 'application/json, application/problem+json', function (status, text) {
      var data = null;
      try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
      done(status, data);
    });
  }

  return {
    api: api,
    /** GET a resource that is not JSON (the trace's BPMN); done(status, text). */
    text: function (path, accept, done) { request('GET', path, undefined, accept, done); },
    signIn: function (login, password) { sessionStorage.setItem(KEY, 'Basic ' + btoa(login + ':' + password)); },
    signOut: function () { sessionStorage.removeItem(KEY); },
    signedIn: function () { return !!sessionStorage.getItem(KEY); }
  };
}());
