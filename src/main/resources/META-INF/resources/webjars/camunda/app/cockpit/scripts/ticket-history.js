/*
 * "Ticket history", a Cockpit plugin of AI-Backend: Cockpit of Camunda 7 CE lists running process instances
 * only; this page lists ticket-intake flows, finished ones included, searchable by ticket, conversation or
 * customer, and shows the path each took. Read-only: it only reads the engine's history API with the
 * analyst's Cockpit session. The full trace (readings, assignment, messages) opens on the trace page.
 */
const PROCESS = 'ticket-intake';
const PAGE_SIZE = 50;

function engineApi() {
  return document.querySelector('base').getAttribute('engine-api') + 'engine/default/';
}

async function get(path, params) {
  const query = new URLSearchParams(params).toString();
  const response = await fetch(engineApi() + path + (query ? '?' + query : ''), {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin'
  });
  if (!response.ok) {
    throw new Error(path + ': ' + response.status);
  }
  return response.json();
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) { node.textContent = String(text); }
  if (className) { node.className = className; }
  return node;
}

function when(value) {
  return value ? new Date(value).toLocaleString() : '';
}

/** What the search box holds: a ticket id, a conversation id, or part of a customer's address. */
function searchParams(term) {
  const params = { processDefinitionKey: PROCESS, sortBy: 'startTime', sortOrder: 'desc', maxResults: PAGE_SIZE };
  term = term.trim();
  if (/^TCK-\d+$/i.test(term)) {
    params.variables = 'ticketId_eq_' + term.toUpperCase();
  } else if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(term)) {
    params.processInstanceBusinessKey = term;
  } else if (term) {
    params.variables = 'customer_like_%' + term.replace(/[,_]/g, '') + '%';
  }
  return params;
}

async function variables(instances, name) {
  if (!instances.length) { return {}; }
  const values = await get('history/variable-instance', {
    processInstanceIdIn: instances.map((i) => i.id).join(','),
    variableName: name,
    deserializeValues: false
  });
  const byInstance = {};
  values.forEach((v) => { byInstance[v.processInstanceId] = v.value; });
  return byInstance;
}

async function showPath(instance, row) {
  const next = row.nextSibling;
  if (next && next.className === 'ticket-history-path') {
    next.remove();
    return;
  }
  const pathRow = element('tr', null, 'ticket-history-path');
  const cell = element('td');
  cell.colSpan = 7;
  pathRow.appendChild(cell);
  row.after(pathRow);
  cell.textContent = 'Loading…';
  const steps = await get('history/activity-instance', {
    processInstanceId: instance.id, sortBy: 'startTime', sortOrder: 'asc'
  });
  const list = element('ol');
  steps.filter((s) => s.activityType !== 'multiInstanceBody').forEach((s) => {
    const item = element('li', (s.activityName || s.activityId) + ' · ' + s.activityType + ' · '
      + when(s.startTime) + (s.endTime ? ' → ' + when(s.endTime) : ' (waiting here)')
      + (s.assignee ? ' · ' + s.assignee : '') + (s.canceled ? ' · cancelled' : ''));
    list.appendChild(item);
  });
  cell.textContent = '';
  cell.appendChild(list);
}

async function search(term, results, status) {
  status.textContent = 'Searching…';
  results.textContent = '';
  try {
    const instances = await get('history/process-instance', searchParams(term));
    const [tickets, customers] = await Promise.all([variables(instances, 'ticketId'), variables(instances, 'customer')]);
    status.textContent = instances.length ? instances.length + (instances.length === PAGE_SIZE ? '+' : '')
      + ' flows, newest first; click a row for its path' : 'No flows found.';
    instances.forEach((instance) => {
      const row = element('tr');
      row.style.cursor = 'pointer';
      [tickets[instance.id] || '', customers[instance.id] || '', instance.state, when(instance.startTime),
        when(instance.endTime), 'v' + instance.processDefinitionVersion].forEach((value) => {
        row.appendChild(element('td', value));
      });
      const links = element('td');
      const trace = element('a', 'Trace');
      trace.href = '/console/trace.html?conversation=' + encodeURIComponent(instance.businessKey);
      trace.target = '_blank';
      trace.rel = 'noopener';
      links.appendChild(trace);
      row.appendChild(links);
      row.addEventListener('click', (event) => {
        if (event.target.tagName !== 'A') { showPath(instance, row).catch((e) => { status.textContent = e.message; }); }
      });
      results.appendChild(row);
    });
  } catch (e) {
    status.textContent = 'Could not load the history: ' + e.message;
  }
}

export default [
  {
    id: 'aiBackendTicketHistoryNavigation',
    pluginPoint: 'cockpit.navigation',
    priority: 9,
    properties: { pagePath: '#/ticket-history', label: 'Ticket history', path: '/ticket-history' }
  },
  {
    id: 'aiBackendTicketHistory',
    pluginPoint: 'cockpit.route',
    properties: { path: '/ticket-history', label: 'Ticket history' },
    render: (node) => {
      const page = element('div', null, 'ticket-history');
      page.style.padding = '1em 2em';
      page.appendChild(element('h2', 'Ticket history'));
      page.appendChild(element('p', 'Every ticket-intake flow, finished or running. Search by ticket id (TCK-…), '
        + 'conversation id, or part of the customer\'s address.'));
      const form = element('form');
      const input = element('input');
      input.id = 'ticket-history-search';
      input.placeholder = 'TCK-000001, conversation id or customer';
      input.size = 40;
      const button = element('button', 'Search', 'btn btn-default');
      button.type = 'submit';
      form.appendChild(input);
      form.appendChild(button);
      page.appendChild(form);
      const status = element('p', null, 'ticket-history-status');
      page.appendChild(status);
      const table = element('table', null, 'cam-table');
      const head = element('tr');
      ['Ticket', 'Customer', 'State', 'Started', 'Ended', 'Version', ''].forEach((label) => head.appendChild(element('th', label)));
      const thead = element('thead');
      thead.appendChild(head);
      table.appendChild(thead);
      const results = element('tbody');
      results.id = 'ticket-history-results';
      table.appendChild(results);
      page.appendChild(table);
      node.appendChild(page);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        search(input.value, results, status);
      });
      search('', results, status);
    }
  }
];
