// A code's page: descriptions, breadcrumb and children, Tabular List notes, 7th characters and the index entries
// that lead to it.
import { api, ApiError } from './api.js';
import { $, h, clear, emit, on, systemName, formatDate, toProtoDate } from './dom.js';
import { claim } from './claim.js';

const noteOrder = [
  ['NOTE_KIND_EXCLUDES1', 'Excludes1'], ['NOTE_KIND_EXCLUDES2', 'Excludes2'], ['NOTE_KIND_CODE_FIRST', 'Code first'],
  ['NOTE_KIND_USE_ADDITIONAL_CODE', 'Use additional code'], ['NOTE_KIND_CODE_ALSO', 'Code also'],
  ['NOTE_KIND_INCLUDES', 'Includes'], ['NOTE_KIND_INCLUSION_TERM', 'Inclusion terms'], ['NOTE_KIND_NOTE', 'Notes'],
  ['NOTE_KIND_SEVENTH_CHARACTER_NOTE', '7th character note'],
];
export const indexNames = {
  INDEX_KIND_DISEASES: 'Alphabetic Index', INDEX_KIND_NEOPLASMS: 'Table of Neoplasms',
  INDEX_KIND_DRUGS: 'Table of Drugs and Chemicals', INDEX_KIND_EXTERNAL_CAUSES: 'External Cause Index',
};

let run = 0;

export function initCodePage() {
  on('code:open', ref => open(ref));
}

/** Opens a code; a printed code that needs more characters ("C79.8-", "T39.1X1") falls back to its longest stem. */
async function open(ref) {
  const mine = ++run;
  emit('view:show', 'lookup');
  const page = $('code-page');
  page.hidden = false;
  clear(page).append(h('p', { class: 'meta' }, `Opening ${ref.code}…`));
  let code = String(ref.code).replace(/[-–]+$/, '').replace(/\.$/, '');
  const date = toProtoDate($('dos').value);
  for (;;) {
    try {
      const found = await api.getCode(ref.system || 'ICD10CM', code, date);
      if (mine === run) render(found, ref.code);
      return;
    } catch (e) {
      const shorter = code.replace(/\.?[^.]$/, '');
      if (!(e instanceof ApiError) || e.status !== 404 || shorter.length < 3 || shorter === code) {
        if (mine === run) clear(page).append(h('p', { class: 'error', role: 'alert' }, `${ref.code}: ${e.message}`));
        return;
      }
      code = shorter;
    }
  }
}

const codeButton = (system, ref, label) =>
  h('button', { type: 'button', class: 'link code', onclick: () => emit('code:open', { system, code: ref }) }, label || ref);

function render(code, asked) {
  const page = clear($('code-page'));
  const parents = [...(code.parents || [])].reverse();
  const addButton = claim.has(code)
    ? h('span', { class: 'badge ok' }, 'In the code list')
    : h('button', { type: 'button', class: 'primary', id: 'code-add', onclick: e => { claim.add(code); e.target.replaceWith(h('span', { class: 'badge ok' }, 'Added')); } }, 'Add to code list');
  page.append(...[
    h('nav', { class: 'breadcrumb', 'aria-label': 'Hierarchy' }, h('ol', {},
      h('li', {}, systemName(code.system)),
      parents.map(p => h('li', {}, codeButton(code.system, p.code), ' ', h('span', { class: 'crumb-desc' }, p.description || ''))),
      h('li', { 'aria-current': 'page' }, code.code))),
    h('header', { class: 'code-head' },
      h('h2', {}, h('span', { class: 'code big' }, code.code), ' ', code.description || ''),
      h('div', { class: 'code-tags' },
        code.billable ? h('span', { class: 'badge ok' }, 'Billable') : h('span', { class: 'badge warn' }, code.kind === 'CODE_KIND_MODIFIER' ? 'Modifier' : 'Header: not billable'),
        code.release?.displayName ? h('span', { class: 'badge' }, code.release.displayName) : null,
        code.validity?.effectiveDate ? h('span', { class: 'meta' }, `valid from ${formatDate(code.validity.effectiveDate)}${code.validity.endDate ? ' to ' + formatDate(code.validity.endDate) : ''}`) : null,
        addButton)),
    asked && String(asked).replace(/[-–]+$/, '') !== code.code ? h('p', { class: 'meta' }, `${asked} needs more characters: showing ${code.code}.`) : null,
    code.shortDescription && code.shortDescription !== code.description
      ? h('p', { class: 'short' }, h('span', { class: 'label' }, 'Short description '), code.shortDescription) : null,
  ].filter(Boolean));
  const notes = code.notes || [];
  const sections = [];
  for (const [kind, label] of noteOrder) {
    const ofKind = notes.filter(n => n.kind === kind);
    if (kind === 'NOTE_KIND_INCLUSION_TERM' && code.inclusionTerms?.length) {
      sections.push(h('section', { class: `notes notes-${kind.slice(10).toLowerCase()}` }, h('h3', {}, label),
        h('ul', {}, code.inclusionTerms.map(t => h('li', {}, t)))));
      continue;
    }
    if (!ofKind.length) continue;
    sections.push(h('section', { class: `notes notes-${kind.slice(10).toLowerCase().replace(/_/g, '-')}` }, h('h3', {}, label),
      h('ul', {}, ofKind.map(n => h('li', {},
        h('span', { class: 'note-text' }, n.text),
        n.inherited ? h('span', { class: 'meta' }, ` — at ${n.sourceLevel || ''} ${n.source || ''}`) : null,
        (n.referencedCodes || []).length ? h('span', { class: 'refs' }, n.referencedCodes.map(r => codeButton(code.system, r))) : null)))));
  }
  if (sections.length) page.append(h('div', { class: 'note-sections' }, sections));

  const sevenths = code.seventhCharacters || [];
  if (sevenths.length) {
    page.append(h('section', { class: 'sevenths' }, h('h3', {}, '7th character'),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Char'), h('th', { scope: 'col' }, 'Meaning'), h('th', { scope: 'col' }, 'Code'))),
        h('tbody', {}, sevenths.map(s => h('tr', {},
          h('td', { class: 'code' }, s.character), h('td', {}, s.description),
          h('td', {}, s.code ? codeButton(code.system, s.code) : '—')))))));
  }
  const children = code.children || [];
  if (children.length) {
    page.append(h('section', { class: 'children' }, h('h3', {}, `Codes under ${code.code}`),
      h('ul', {}, children.map(c => h('li', {}, codeButton(code.system, c.code), ' ', c.description || '',
        c.billable ? h('span', { class: 'badge ok small' }, 'billable') : null)))));
  }
  const entries = code.indexEntries || [];
  if (entries.length) {
    page.append(h('section', { class: 'index-entries' }, h('h3', {}, 'Index entries leading here'),
      h('ul', {}, entries.slice(0, 40).map(e => h('li', {},
        h('span', { class: 'badge' }, indexNames[e.index] || 'Index'), ' ', e.displayPath || (e.path || []).join(' › '),
        e.code ? [' → ', h('span', { class: 'code' }, e.code)] : null)))));
  }
  page.focus({ preventScroll: true });
  page.scrollIntoView({ block: 'start', behavior: 'instant' });
}
