// Code a note: the note goes to SuggestCodes (with the excluded mentions); every evidence span is highlighted in the
// note by assertion; codes and spans light each other up; each suggestion is accepted into or rejected from the list.
import { api } from './api.js';
import { $, h, clear, emit, on, assertionName, percent, systemName, toProtoDate } from './dom.js';
import { claim } from './claim.js';

const state = { text: '', suggestions: [], excluded: [], rejected: new Set(), controller: null };

const codeKey = code => `${code.system}:${code.code}`;

export function initNote() {
  $('suggest').addEventListener('click', suggest);
  $('note').addEventListener('keydown', e => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); suggest(); }
  });
  $('edit-note').addEventListener('click', editNote);
  $('clear-note').addEventListener('click', () => {
    $('note').value = '';
    state.suggestions = []; state.excluded = []; state.rejected.clear();
    editNote();
    renderSuggestions();
    $('suggest-meta').textContent = '';
  });
  $('note-view').addEventListener('keydown', e => {
    const mark = e.target.closest('mark.ev');
    if (mark && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); selectSpan(mark); }
  });
  $('note-view').addEventListener('click', e => {
    const mark = e.target.closest('mark.ev');
    if (mark) selectSpan(mark);
  });
  on('claim:changed', () => renderSuggestions());
}

function editNote() {
  $('note').hidden = false;
  $('note-view').hidden = true;
  $('edit-note').hidden = true;
  $('span-codes').hidden = true;
  $('note').focus();
}

async function suggest() {
  const text = $('note').value;
  if (!text.trim()) {
    showError('Paste or type a note first.');
    $('note').focus();
    return;
  }
  state.controller?.abort();
  const controller = state.controller = new AbortController();
  const started = performance.now();
  $('suggest').disabled = true;
  $('suggest').setAttribute('aria-busy', 'true');
  $('suggest-meta').textContent = 'Reading the note…';
  showError(null);
  try {
    const response = await api.suggestCodes(text, toProtoDate($('dos').value), controller.signal);
    state.text = text;
    state.suggestions = response.suggestions || [];
    state.excluded = response.excluded || [];
    state.rejected.clear();
    renderNote();
    renderSuggestions();
    const ms = Math.round(performance.now() - started);
    const releases = (response.releases || []).map(r => r.displayName).filter(Boolean).join(', ');
    $('suggest-meta').textContent = `${state.suggestions.length} suggested, ${state.excluded.length} left out · ${ms} ms${releases ? ' · ' + releases : ''}`;
    document.body.dataset.suggestMs = String(ms);
  } catch (e) {
    if (e.name !== 'AbortError') { showError(e.message); $('suggest-meta').textContent = ''; }
  } finally {
    if (state.controller === controller) {
      $('suggest').disabled = false;
      $('suggest').removeAttribute('aria-busy');
    }
  }
}

function showError(message) {
  const el = $('suggest-error');
  el.hidden = !message;
  el.textContent = message || '';
}

/** Every evidence span of every suggested and left-out code, with the codes it supports. */
function evidenceSpans() {
  const spans = new Map();
  const add = (item, excluded) => {
    for (const ev of item.evidence || []) {
      const start = ev.start || 0, end = ev.end || 0;
      if (end <= start || end > state.text.length) continue;
      const key = `${start}-${end}`;
      const assertion = assertionName(ev.assertion);
      const span = spans.get(key) || { start, end, assertion, codes: new Set(), excluded };
      // The same words can be evidence of a history code (asserted present: the family history is a fact) and of the
      // condition itself (family, historical, ...): the span shows how the words read, so the non-present one wins.
      if (span.assertion === 'present' && assertion !== 'present') span.assertion = assertion;
      span.codes.add(codeKey(item.code));
      span.excluded = span.excluded && excluded;
      spans.set(key, span);
    }
  };
  state.suggestions.forEach(s => add(s, false));
  state.excluded.forEach(x => add(x, true));
  return [...spans.values()];
}

/** The note as text with <mark> elements; overlapping spans are cut at every boundary and each piece takes the
 * assertion of the narrowest span covering it. */
function renderNote() {
  const text = state.text;
  const spans = evidenceSpans();
  const cuts = new Set([0, text.length]);
  spans.forEach(s => { cuts.add(s.start); cuts.add(s.end); });
  const points = [...cuts].sort((a, b) => a - b);
  const view = clear($('note-view'));
  let previous = null;
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const covering = spans.filter(s => s.start <= a && s.end >= b);
    if (!covering.length) { view.append(text.slice(a, b)); previous = null; continue; }
    const narrowest = covering.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x));
    const codes = [...new Set(covering.flatMap(s => [...s.codes]))];
    const id = covering.map(s => `${s.start}-${s.end}`).join(' ');
    if (previous && previous.dataset.spans === id) { previous.append(text.slice(a, b)); continue; }
    const mark = h('mark', {
      class: `ev ev-${narrowest.assertion}${covering.length > 1 ? ' ev-overlap' : ''}${covering.every(s => s.excluded) ? ' ev-excluded' : ''}`,
      tabindex: '0',
      role: 'button',
      title: `${narrowest.assertion}: ${codes.map(c => c.split(':')[1]).join(', ')}`,
      dataset: { codes: codes.join(' '), spans: id, assertion: narrowest.assertion, start: String(narrowest.start), end: String(narrowest.end) },
    }, text.slice(a, b));
    view.append(mark);
    previous = mark;
  }
  $('note').hidden = true;
  view.hidden = false;
  $('edit-note').hidden = false;
}

function selectSpan(mark) {
  const codes = new Set(mark.dataset.codes.split(' '));
  document.querySelectorAll('mark.ev.selected').forEach(m => m.classList.remove('selected'));
  mark.classList.add('selected');
  light(codes);
  const items = [...state.suggestions, ...state.excluded].filter(s => codes.has(codeKey(s.code)));
  const box = clear($('span-codes'));
  box.hidden = false;
  box.append(
    h('h3', {}, `“${mark.textContent}” `, h('span', { class: `ev ev-${mark.dataset.assertion}` }, mark.dataset.assertion)),
    h('ul', {}, items.map(item => h('li', {},
      h('button', { type: 'button', class: 'link code', onclick: () => emit('code:open', item.code) }, item.code.code),
      ' ', item.code.description || '',
      claim.has(item.code) ? h('span', { class: 'badge ok' }, 'accepted')
        : h('button', { type: 'button', class: 'small', onclick: () => claim.add(item.code) }, 'Accept')))),
  );
}

/** Lights up the marks of the given codes and their suggestion rows. */
function light(codes) {
  document.querySelectorAll('#note-view mark.ev').forEach(m => {
    m.classList.toggle('lit', !!codes && m.dataset.codes.split(' ').some(c => codes.has(c)));
  });
  document.querySelectorAll('.suggestion').forEach(li => li.classList.toggle('lit', !!codes && codes.has(li.dataset.code)));
}

function renderSuggestions() {
  // Re-rendering must not lose the keyboard user's place: refocus the same button of the same row.
  const active = document.activeElement;
  const focusRow = active?.closest?.('.suggestion')?.dataset.code;
  const focusClass = active?.className;
  const list = clear($('suggestions'));
  state.suggestions.forEach((s, i) => list.append(row(s, i, false)));
  if (!state.suggestions.length && state.text) list.append(h('li', { class: 'empty' }, 'No code suggested for this note.'));
  const excluded = clear($('excluded'));
  state.excluded.forEach((x, i) => excluded.append(row(x, i, true)));
  $('excluded-count').textContent = String(state.excluded.length);
  $('excluded-box').hidden = !state.excluded.length;
  if (focusRow) document.querySelector(`.suggestion[data-code="${CSS.escape(focusRow)}"] button[class="${CSS.escape(focusClass)}"]`)?.focus();
}

function row(item, index, excluded) {
  const key = codeKey(item.code);
  const accepted = claim.has(item.code);
  const rejected = state.rejected.has(key);
  const assertions = [...new Set((item.evidence || []).map(ev => assertionName(ev.assertion)))];
  const label = `${item.code.code} ${item.code.description || ''}`;
  const li = h('li', {
    class: `suggestion${accepted ? ' accepted' : ''}${rejected ? ' rejected' : ''}${excluded ? ' excluded' : ''}`,
    dataset: { code: key },
    onmouseenter: () => light(new Set([key])),
    onmouseleave: () => light(null),
    onfocusin: () => light(new Set([key])),
    onfocusout: () => light(null),
  },
  h('div', { class: 'sug-main' },
    h('button', { type: 'button', class: 'link code', title: 'Open the code', onclick: () => emit('code:open', item.code) }, item.code.code),
    h('span', { class: 'desc' }, item.code.description || ''),
  ),
  h('div', { class: 'sug-meta' },
    h('meter', { min: '0', max: '1', value: String(item.score || 0), 'aria-label': `Confidence for ${item.code.code}` }),
    h('span', { class: 'score' }, percent(item.score)),
    h('span', { class: 'sys' }, systemName(item.code.system)),
    assertions.map(a => h('span', { class: `ev ev-${a} chip` }, a)),
    excluded ? h('span', { class: 'why' }, `left out: ${assertionName(item.assertion)}`) : null,
    h('span', { class: 'rationale' }, item.rationale || ''),
  ),
  h('div', { class: 'sug-actions' },
    h('button', {
      type: 'button', class: 'accept small', 'aria-pressed': String(accepted), 'aria-label': `Accept ${label}`,
      onclick: () => { state.rejected.delete(key); accepted ? claim.remove(item.code) : claim.add(item.code); },
    }, accepted ? '✓ Accepted' : 'Accept'),
    h('button', {
      type: 'button', class: 'reject small', 'aria-pressed': String(rejected), 'aria-label': `Reject ${label}`,
      onclick: () => {
        if (rejected) state.rejected.delete(key); else { state.rejected.add(key); claim.remove(item.code); }
        renderSuggestions();
      },
    }, rejected ? 'Rejected' : 'Reject'),
  ));
  return li;
}
