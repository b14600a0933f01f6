// Entry point: tabs, shortcuts, the data banner, and the views' start-up. No framework, no build step.
import { api, setCredential, clearCredential, hasCredential } from './api.js';
import { $, on, emit, dateInputValue, formatDate } from './dom.js';
import { initNote } from './note.js';
import { initClaim } from './claim.js';
import { initLookup, setSystems } from './lookup.js';
import { initCodePage } from './codepage.js';
import { initIndexLookup } from './indexlookup.js';
import { initExport } from './export.js';

const views = ['note', 'lookup', 'index'];

function show(view) {
  for (const v of views) {
    const tab = $(`tab-${v}`);
    const selected = v === view;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    $(`view-${v}`).hidden = !selected;
  }
}

function initTabs() {
  const tabs = views.map(v => $(`tab-${v}`));
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => { show(views[i]); });
    tab.addEventListener('keydown', e => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      const next = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
      show(next.dataset.view);
      next.focus();
    });
  });
  on('view:show', show);
  document.addEventListener('keydown', e => {
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    const n = ['1', '2', '3'].indexOf(e.key);
    if (n < 0) return;
    e.preventDefault();
    show(views[n]);
    ({ note: () => ($('note').hidden ? $('suggest') : $('note')).focus(), lookup: () => $('search-input').focus(), index: () => $('index-input').focus() })[views[n]]();
  });
}

async function loadStatus() {
  const status = $('data-status');
  status.classList.remove('down');
  try {
    const systems = await api.listCodeSystems();
    const releases = (systems.releases || []).map(r => r.release).filter(Boolean);
    status.textContent = releases.map(r => r.displayName || r.releaseId).join(' · ') || 'No release loaded';
    if (systems.sampleData) {
      status.classList.add('sample');
      status.textContent = `Sample data, not official releases · ${status.textContent}`;
    }
    setSystems([...new Set(releases.map(r => r.system))]);
    fitDateOfService(releases);
  } catch (e) {
    status.classList.add('down');
    status.textContent = e.status === 401 ? e.message : `Server not ready: ${e.message}`;
  }
  performance.mark('workbench-data-shown');
}

/** Today, unless the newest ICD-10-CM release loaded has already ended: then its last day (and the coder is told),
 * so suggestions and checks answer instead of refusing a date no release covers. */
function fitDateOfService(releases) {
  const newest = releases.filter(r => r.system === 'ICD10CM')
    .sort((a, b) => formatDate(b.effectiveDate).localeCompare(formatDate(a.effectiveDate)))[0];
  const end = formatDate(newest?.endDate);
  if (end && $('dos').value > end && !dateTouched) {
    $('dos').value = end;
    $('dos-note').textContent = `${newest.displayName || 'The newest release'} ends ${end}: date of service set to it.`;
  }
}

/** Auth on: a 401 opens the credential form in the header; the key or token is kept for this tab only (api.js). */
function initAuth() {
  const form = $('auth-form');
  const forget = $('auth-forget');
  forget.hidden = !hasCredential();
  on('auth:required', ({ rejected }) => {
    $('auth-why').textContent = rejected ? 'The server did not accept that credential.' : 'This server asks for a credential.';
    form.hidden = false;
    forget.hidden = true;
    if (!form.contains(document.activeElement)) $('auth-value').focus();
  });
  form.addEventListener('submit', e => {
    e.preventDefault();
    const value = $('auth-value').value.trim();
    if (!value) return;
    setCredential($('auth-kind').value, value);
    $('auth-value').value = '';
    form.hidden = true;
    forget.hidden = false;
    $('data-status').classList.remove('down');
    loadStatus();
  });
  forget.addEventListener('click', () => {
    clearCredential();
    forget.hidden = true;
    loadStatus();
  });
}

let dateTouched = false;
$('dos').value = dateInputValue(new Date());
$('dos').addEventListener('input', () => { dateTouched = true; $('dos-note').textContent = ''; });
initTabs();
initAuth();
initClaim();
initNote();
initLookup();
initCodePage();
initIndexLookup();
initExport();
loadStatus();
emit('app:ready');
document.body.dataset.ready = 'true';
