// The claim's code list: accepted codes in order (principal first), checked with ValidateCodes on the date of
// service; each problem is shown next to the codes involved, with a one-click fix where there is one.
import { api } from './api.js';
import { $, h, clear, emit, systemName, toProtoDate } from './dom.js';

const items = [];
let checkTimer = 0;
let checkRun = 0;
let checks = { byCode: new Map(), summary: null };

const keyOf = c => `${c.system}:${normal(c.code)}`;
const normal = code => String(code || '').toUpperCase().replace(/\./g, '');

export const claim = {
  items,
  has: code => items.some(i => keyOf(i) === keyOf(code)),
  add(code, at) {
    if (claim.has(code)) return;
    const item = { system: code.system, code: code.code, description: code.description || '', billable: !!code.billable };
    if (at === undefined || at < 0 || at > items.length) items.push(item); else items.splice(at, 0, item);
    changed();
  },
  remove(code) {
    const i = items.findIndex(x => keyOf(x) === keyOf(code));
    if (i >= 0) { items.splice(i, 1); changed(); }
  },
  replace(code, by) {
    const i = items.findIndex(x => keyOf(x) === keyOf(code));
    if (i < 0) return;
    items.splice(i, 1);
    if (!claim.has(by)) items.splice(i, 0, { system: by.system || code.system, code: by.code, description: by.description || '', billable: !!by.billable });
    changed();
  },
  move(code, delta) {
    const i = items.findIndex(x => keyOf(x) === keyOf(code));
    const j = i + delta;
    if (i < 0 || j < 0 || j >= items.length) return;
    [items[i], items[j]] = [items[j], items[i]];
    changed(keyOf(code));
  },
  indexOf: code => items.findIndex(x => keyOf(x) === keyOf(code)),
};

export function initClaim() {
  $('dos').addEventListener('change', scheduleCheck);
  $('claim-list').addEventListener('keydown', e => {
    const li = e.target.closest('li[data-key]');
    if (!li || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const item = items.find(x => keyOf(x) === li.dataset.key);
    if (item) claim.move(item, e.key === 'ArrowUp' ? -1 : 1);
  });
  render();
}

function changed(focusKey) {
  render(focusKey);
  emit('claim:changed');
  scheduleCheck();
}

function scheduleCheck() {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(check, 150);
}

/** ValidateCodes once per system on the list, with the date of service. */
async function check() {
  const run = ++checkRun;
  if (!items.length) { checks = { byCode: new Map(), summary: null }; render(); return; }
  const date = toProtoDate($('dos').value);
  const bySystem = Map.groupBy(items, i => i.system);
  const byCode = new Map();
  const note = (system, code, issue) => {
    const key = `${system}:${normal(code)}`;
    if (!byCode.has(key)) byCode.set(key, []);
    byCode.get(key).push(issue);
  };
  // Errors make the claim wrong (not billable, not in force, Excludes1); "use additional code" and "code first" notes
  // apply only when their condition holds, so they are reminders for the coder to review.
  let problems = 0;
  let reminders = 0;
  try {
    for (const [system, list] of bySystem) {
      const response = await api.validateCodes(system, list.map(i => i.code), date);
      for (const result of response.results || []) {
        if (result.status === 'VALIDATION_STATUS_VALID') continue;
        problems++;
        note(system, result.input, { kind: 'status', system, result });
      }
      // A pair can conflict both ways (each code's note excludes the other): one problem, shown once at each code.
      const pairs = new Set();
      for (const conflict of response.conflicts || []) {
        const pair = [normal(conflict.code), normal(conflict.excludedCode)].sort().join('|');
        if (pairs.has(pair)) continue;
        pairs.add(pair);
        problems++;
        note(system, conflict.code, { kind: 'excludes1', system, conflict, other: conflict.excludedCode });
        note(system, conflict.excludedCode, { kind: 'excludes1', system, conflict, other: conflict.code, excludedBy: true });
      }
      for (const unmet of response.unmetRequirements || []) {
        reminders++;
        note(system, unmet.code, { kind: 'unmet', system, unmet });
      }
    }
  } catch (e) {
    if (run !== checkRun) return;
    checks = { byCode: new Map(), summary: { ok: false, text: `The list could not be checked: ${e.message}` } };
    render();
    return;
  }
  if (run !== checkRun) return;
  const on = $('dos').value || 'the newest release';
  const review = reminders ? ` ${reminders} ${reminders === 1 ? 'note' : 'notes'} to review.` : '';
  checks = {
    byCode,
    summary: problems
      ? { ok: false, text: `${problems} ${problems === 1 ? 'problem' : 'problems'} for ${on}.${review}` }
      : { ok: true, text: `All ${items.length} ${items.length === 1 ? 'code checks' : 'codes check'} out for ${on}.${review}` },
  };
  render();
}

function render(focusKey) {
  const active = document.activeElement;
  const activeKey = focusKey || active?.closest?.('#claim-list li[data-key]')?.dataset.key;
  const activeAction = focusKey ? null : active?.dataset?.action;
  const list = clear($('claim-list'));
  items.forEach((item, i) => list.append(itemRow(item, i)));
  $('claim-empty').hidden = items.length > 0;
  const box = clear($('claim-checks'));
  if (checks.summary && items.length) box.append(h('p', { class: checks.summary.ok ? 'check-ok' : 'check-bad' }, checks.summary.text));
  if (activeKey) {
    const li = list.querySelector(`li[data-key="${CSS.escape(activeKey)}"]`);
    (activeAction ? li?.querySelector(`[data-action="${activeAction}"]`) : li)?.focus();
  }
}

function itemRow(item, i) {
  const key = keyOf(item);
  const issues = checks.byCode.get(key) || [];
  const errors = issues.some(i => i.kind !== 'unmet');
  return h('li', { class: `claim-item${errors ? ' has-issues' : issues.length ? ' has-reminders' : ''}`, tabindex: '0', dataset: { key },
    'aria-label': `${i === 0 ? 'Principal: ' : ''}${item.code} ${item.description}` },
  h('div', { class: 'claim-row' },
    h('span', { class: 'pos', 'aria-hidden': 'true' }, i === 0 ? 'P' : String(i + 1)),
    h('button', { type: 'button', class: 'link code', dataset: { action: 'open' }, onclick: () => emit('code:open', item) }, item.code),
    h('span', { class: 'desc' }, item.description, h('span', { class: 'sys' }, systemName(item.system))),
    h('span', { class: 'moves' },
      h('button', { type: 'button', class: 'icon', dataset: { action: 'up' }, 'aria-label': `Move ${item.code} up`, disabled: i === 0, onclick: () => claim.move(item, -1) }, '↑'),
      h('button', { type: 'button', class: 'icon', dataset: { action: 'down' }, 'aria-label': `Move ${item.code} down`, disabled: i === items.length - 1, onclick: () => claim.move(item, 1) }, '↓'),
      h('button', { type: 'button', class: 'icon', dataset: { action: 'remove' }, 'aria-label': `Remove ${item.code}`, onclick: () => claim.remove(item) }, '✕'))),
  issues.length ? h('ul', { class: 'issues' }, issues.map(issue => issueRow(item, issue))) : null);
}

const noteKinds = { NOTE_KIND_CODE_FIRST: 'Code first', NOTE_KIND_USE_ADDITIONAL_CODE: 'Use additional code' };

function issueRow(item, issue) {
  if (issue.kind === 'excludes1') {
    const other = items.find(x => x.system === issue.system && normal(x.code) === normal(issue.other));
    return h('li', { class: 'issue issue-excludes1' },
      h('strong', {}, 'Excludes1'),
      issue.excludedBy ? ` ${issue.other} excludes this code` : ` not with ${issue.other}`,
      issue.conflict.note?.text ? h('span', { class: 'note-text' }, `“${issue.conflict.note.text}”`) : null,
      h('span', { class: 'fixes' },
        other ? h('button', { type: 'button', class: 'small', onclick: () => claim.remove(other) }, `Remove ${other.code}`) : null,
        h('button', { type: 'button', class: 'small', onclick: () => claim.remove(item) }, `Remove ${item.code}`)));
  }
  if (issue.kind === 'unmet') {
    const note = issue.unmet.note || {};
    const first = note.kind === 'NOTE_KIND_CODE_FIRST';
    const refs = note.referencedCodes || [];
    return h('li', { class: `issue issue-unmet ${first ? 'issue-code-first' : 'issue-use-additional'}` },
      h('strong', {}, noteKinds[note.kind] || 'Requirement'),
      note.text ? h('span', { class: 'note-text' }, note.text) : null,
      note.inherited && note.source ? h('span', { class: 'meta' }, ` (from ${note.source})`) : null,
      refs.length ? h('span', { class: 'fixes' }, refs.slice(0, 6).map(ref => fixForReference(item, ref, first))) : null);
  }
  const result = issue.result;
  const status = String(result.status || '').replace('VALIDATION_STATUS_', '').toLowerCase().replace(/_/g, '-');
  const children = result.billableDescendants || [];
  return h('li', { class: `issue issue-${status}` },
    h('strong', {}, statusLabel(result.status)),
    ' ', result.message || '',
    children.length
      ? h('span', { class: 'fixes' }, h('label', {}, 'Pick a billable code ',
          h('select', { 'aria-label': `Billable codes under ${item.code}`, onchange: e => {
            const child = children.find(c => c.code === e.target.value);
            if (child) claim.replace(item, { ...child, system: item.system });
          } },
          h('option', { value: '' }, `${children.length} billable codes…`),
          children.map(c => h('option', { value: c.code }, `${c.code} ${c.description || ''}`)))))
      : h('span', { class: 'fixes' }, h('button', { type: 'button', class: 'small', onclick: () => claim.remove(item) }, `Remove ${item.code}`)));
}

function statusLabel(status) {
  return {
    VALIDATION_STATUS_NOT_FOUND: 'Not found',
    VALIDATION_STATUS_HEADER_NOT_BILLABLE: 'Header, not billable',
    VALIDATION_STATUS_NOT_EFFECTIVE: 'Not valid on the date',
    VALIDATION_STATUS_TERMINATED: 'Terminated',
    VALIDATION_STATUS_MALFORMED: 'Malformed',
  }[status] || 'Problem';
}

/** A referenced code that is a full code can be added in one click (before the code for "code first");
 * a range or a code needing more characters opens the search instead. */
function fixForReference(item, ref, before) {
  const open = /[-–]/.test(ref) || ref.length < 3;
  if (open) {
    const stem = ref.split(/[-–]/)[0].replace(/\.$/, '');
    return h('button', { type: 'button', class: 'small', onclick: () => emit('search:open', { text: stem, system: item.system }) }, `Find ${ref}`);
  }
  return h('button', { type: 'button', class: 'small', onclick: async () => {
    let code = { system: item.system, code: ref, description: '' };
    try { code = await api.getCode(item.system, ref, toProtoDate($('dos').value)); } catch { /* added as typed; the check will say */ }
    const at = claim.indexOf(item);
    claim.add(code, before ? at : at + 1);
  } }, `Add ${ref}`);
}
