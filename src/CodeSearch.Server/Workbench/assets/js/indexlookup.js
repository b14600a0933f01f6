// Alphabetic Index, Neoplasm, Drug and External Cause look-ups through SearchIndex; every code and table cell opens the code.
import { api } from './api.js';
import { $, h, clear, emit } from './dom.js';
import { indexNames } from './codepage.js';

export function initIndexLookup() {
  $('index-form').addEventListener('submit', e => { e.preventDefault(); lookup(); });
}

async function lookup() {
  const text = $('index-input').value.trim();
  const error = $('index-error');
  error.hidden = true;
  if (!text) { $('index-input').focus(); return; }
  const box = clear($('index-results'));
  box.append(h('p', { class: 'meta' }, 'Looking up…'));
  try {
    const response = await api.searchIndex({ text, index: $('index-kind').value || undefined, pageSize: 25 });
    render(response.matches || []);
  } catch (e) {
    clear(box);
    error.hidden = false;
    error.textContent = e.message;
  }
}

const open = code => emit('code:open', { system: 'ICD10CM', code });

function render(matches) {
  const box = clear($('index-results'));
  if (!matches.length) { box.append(h('p', { class: 'empty' }, 'No entry found.')); return; }
  // Table entries (neoplasms, drugs) share their table's columns: one grid per table; other entries as a list.
  const tables = new Map();
  const list = [];
  for (const m of matches) {
    if (m.entry?.cells?.length) {
      const kind = m.entry.index;
      if (!tables.has(kind)) tables.set(kind, []);
      tables.get(kind).push(m);
    } else list.push(m);
  }
  if (list.length) box.append(h('ul', { class: 'index-list' }, list.map(entryRow)));
  for (const [kind, rows] of tables) box.append(tableOf(kind, rows));
}

function entryRow(m) {
  const e = m.entry || {};
  return h('li', {},
    h('span', { class: 'badge' }, indexNames[e.index] || 'Index'), ' ',
    h('span', { class: 'path' }, e.displayPath || (e.path || []).join(' › ')),
    (e.modifiers || []).length ? h('span', { class: 'meta' }, ` ${e.modifiers.join(' ')}`) : null,
    h('span', { class: 'refs' }, (m.codes || []).map(c => h('span', { class: 'matched' },
      h('button', { type: 'button', class: 'link code', onclick: () => open(c.code) }, c.code),
      c.description ? h('span', { class: 'desc' }, c.description) : null,
      c.needsMoreCharacters ? h('span', { class: 'badge warn small' }, 'more characters') : null,
      e.manifestationCode ? h('span', { class: 'meta' }, ` [${e.manifestationCode}] code also`) : null))),
    e.see ? h('span', { class: 'see' }, ` see ${e.see}`) : null,
    e.seeAlso ? h('span', { class: 'see' }, ` see also ${e.seeAlso}`) : null,
    m.followed ? h('span', { class: 'meta' }, ` → ${m.followed.displayPath || ''}`) : null);
}

function tableOf(kind, rows) {
  const columns = [];
  rows.forEach(r => r.entry.cells.forEach(c => { if (!columns.includes(c.column)) columns.push(c.column); }));
  return h('section', { class: 'index-table' },
    h('h3', {}, indexNames[kind] || 'Table'),
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': indexNames[kind] || 'Table' },
      h('table', {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Entry'), columns.map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, rows.map(r => h('tr', {},
          h('th', { scope: 'row' }, r.entry.displayPath || (r.entry.path || []).join(' › ')),
          columns.map(col => {
            const cell = r.entry.cells.find(c => c.column === col);
            if (!cell?.code) return h('td', { class: 'none' }, '—');
            return h('td', { class: cell.validInRelease === false ? 'invalid' : '' },
              h('button', { type: 'button', class: 'link code', 'aria-label': `${cell.code}, ${col}, ${r.entry.displayPath || ''}`, onclick: () => open(cell.code) }, cell.code));
          })))))));
}
