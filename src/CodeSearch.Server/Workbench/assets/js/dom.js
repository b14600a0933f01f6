// Tiny DOM helpers: elements are built with textContent only (never innerHTML), so no text from the server or the
// note is ever parsed as markup.

export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on')) el.addEventListener(key.slice(2).toLowerCase(), value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export const $ = id => document.getElementById(id);

export function clear(el) {
  el.replaceChildren();
  return el;
}

export const systemNames = { ICD10CM: 'ICD-10-CM', ICD10PCS: 'ICD-10-PCS', HCPCS: 'HCPCS', CPT: 'CPT' };

export const systemName = system => systemNames[system] || system;

/** Proto3 JSON writes enums by name; an unknown or integer value is shown as it is. */
export const assertionName = a => String(a || 'ASSERTION_PRESENT').replace('ASSERTION_', '').toLowerCase();

export const percent = score => `${Math.round((score || 0) * 100)}%`;

export function dateInputValue(date) {
  const pad = n => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "2026-03-01" -> google.type.Date; empty -> null. */
export function toProtoDate(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || '');
  return m ? { year: +m[1], month: +m[2], day: +m[3] } : null;
}

export const formatDate = d => d && d.year ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : '';

/** A small event bus between the views. */
export const bus = new EventTarget();
export const emit = (type, detail) => bus.dispatchEvent(new CustomEvent(type, { detail }));
export const on = (type, fn) => bus.addEventListener(type, e => fn(e.detail));
