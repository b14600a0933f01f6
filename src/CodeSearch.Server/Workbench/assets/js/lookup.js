// Type-ahead code search as an ARIA combobox: arrows move, Enter opens the code, Escape closes the list (or clears).
import { api } from './api.js';
import { $, h, clear, emit, on, systemName } from './dom.js';

let controller = null;
let timer = 0;
let results = [];
let active = -1;
// Enter pressed before the answer of what was typed still opens that answer's first result.
let queued = false;
let inflight = null;

export function initLookup() {
  const input = $('search-input');
  input.addEventListener('input', () => schedule(120));
  input.addEventListener('keydown', onKey);
  $('search-system').addEventListener('change', () => schedule(0));
  $('search-billable').addEventListener('change', () => schedule(0));
  $('search-form').addEventListener('submit', e => { e.preventDefault(); openActive(); });
  $('search-results').addEventListener('mousedown', e => e.preventDefault()); // keep focus in the input
  on('search:open', ({ text, system }) => {
    emit('view:show', 'lookup');
    input.value = text;
    if (system) $('search-system').value = system;
    input.focus();
    schedule(0);
  });
}

export function setSystems(systems) {
  const select = $('search-system');
  for (const system of systems) select.append(h('option', { value: system }, systemName(system)));
}

function schedule(delay) {
  clearTimeout(timer);
  queued = true;
  timer = setTimeout(run, delay);
}

function run() {
  queued = false;
  inflight = search();
  return inflight;
}

async function search() {
  const text = $('search-input').value.trim();
  controller?.abort();
  if (!text) { show([], null); return; }
  controller = new AbortController();
  const system = $('search-system').value;
  try {
    const response = await api.searchCodes({
      text, systems: system ? [system] : undefined, billableOnly: $('search-billable').checked, pageSize: 15,
    }, controller.signal);
    show(response.results || [], response, text);
  } catch (e) {
    if (e.name === 'AbortError') return;
    show([], null);
    $('search-understood').textContent = e.message;
  }
}

/** What search read the query as (SearchCodesResponse.understood_as: abbreviations expanded, spelling corrected,
 * words completed); empty or absent when it searched the query as written. */
const understood = response => (response && typeof response.understoodAs === 'string' ? response.understoodAs : '');

/** Shows one answer; `query` is the text it answers, kept on the list (data-query) so a caller can tell the answer to
 * what was typed last from an earlier one (type-ahead shows each in turn). */
function show(list, response, query = '') {
  results = list;
  active = list.length ? 0 : -1;
  const box = clear($('search-results'));
  box.dataset.query = query;
  list.forEach((r, i) => {
    const code = r.code || {};
    box.append(h('li', {
      id: `search-option-${i}`, role: 'option', class: 'result', 'aria-selected': String(i === active),
      dataset: { code: code.code, system: code.system },
      onclick: () => { active = i; openActive(); },
    },
    h('span', { class: 'code' }, code.code),
    h('span', { class: 'desc' }, code.description || '',
      r.matchedSynonym ? h('span', { class: 'syn' }, `matched “${r.matchedSynonym}”`) : null),
    h('span', { class: 'tags' },
      h('span', { class: 'sys' }, systemName(code.system)),
      code.billable ? h('span', { class: 'badge ok' }, 'billable') : h('span', { class: 'badge' }, code.kind === 'CODE_KIND_MODIFIER' ? 'modifier' : 'header'))));
  });
  const text = $('search-input').value.trim();
  if (!list.length && text && response) box.append(h('li', { class: 'empty', role: 'presentation' }, `Nothing found for “${text}”.`));
  const meaning = understood(response);
  $('search-understood').textContent = meaning ? `Results for “${meaning}”` : (list.length ? `${list.length} ${list.length === 1 ? 'result' : 'results'}` : '');
  updateActive();
}

function updateActive() {
  const input = $('search-input');
  input.setAttribute('aria-expanded', String(results.length > 0));
  [...$('search-results').children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
  if (active >= 0) {
    input.setAttribute('aria-activedescendant', `search-option-${active}`);
    $(`search-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  } else input.removeAttribute('aria-activedescendant');
}

function onKey(e) {
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    if (!results.length) return;
    e.preventDefault();
    active = (active + (e.key === 'ArrowDown' ? 1 : -1) + results.length) % results.length;
    updateActive();
  } else if (e.key === 'Escape') {
    e.preventDefault();
    if (results.length) show([], null); else e.target.value = '';
  } else if (e.key === 'Enter') {
    e.preventDefault();
    if (queued) { clearTimeout(timer); run().then(openActive); } else (inflight || Promise.resolve()).then(openActive);
  }
}

function openActive() {
  const r = results[active];
  if (!r?.code) return;
  emit('code:open', r.code);
  show([], null); // a chosen option closes the list, as a combobox does; typing again reopens it
}
