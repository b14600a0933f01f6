// The server's own HTTP/JSON API (gRPC JSON transcoding, proto3 JSON names). Nothing else is ever called.
// The note goes only in a POST body: never in a URL, never stored, never logged here.
import { emit } from './dom.js';

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

// When the server has auth on (401), the coder gives an API key or a bearer token. It is kept for this browser tab
// only (sessionStorage: gone when the tab closes), sent in a header (x-api-key or Authorization: Bearer), never in a
// URL, and never shown again.
const CREDENTIAL_KEY = 'codesearch.credential';
let credential = readCredential();

function readCredential() {
  try {
    const stored = JSON.parse(sessionStorage.getItem(CREDENTIAL_KEY) || 'null');
    return stored && (stored.kind === 'apiKey' || stored.kind === 'bearer') && stored.value ? stored : null;
  } catch {
    return null;
  }
}

export function setCredential(kind, value) {
  credential = value ? { kind: kind === 'bearer' ? 'bearer' : 'apiKey', value } : null;
  if (credential) sessionStorage.setItem(CREDENTIAL_KEY, JSON.stringify(credential));
  else sessionStorage.removeItem(CREDENTIAL_KEY);
}

export const clearCredential = () => setCredential(null, '');

export const hasCredential = () => credential !== null;

function authHeaders() {
  if (!credential) return {};
  return credential.kind === 'bearer' ? { Authorization: `Bearer ${credential.value}` } : { 'x-api-key': credential.value };
}

async function call(method, path, body, signal) {
  let response;
  try {
    const headers = body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' };
    response = await fetch(path, {
      method,
      signal,
      cache: 'no-store',
      credentials: 'same-origin',
      headers: { ...headers, ...authHeaders() },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('The server could not be reached.', 0);
  }
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : {}; } catch { json = null; }
  if (response.status === 401) {
    emit('auth:required', { rejected: hasCredential() });
    throw new ApiError(hasCredential() ? 'The server did not accept the credential.' : 'The server asks for a credential.', 401);
  }
  if (!response.ok) {
    // gRPC transcoding answers errors as a google.rpc.Status ({code, message, details}); problem details carry title/detail.
    const message = (json && (json.message || json.detail || json.title)) || `The server answered ${response.status}.`;
    throw new ApiError(message, response.status);
  }
  if (json === null) throw new ApiError('The server sent an answer that is not JSON.', response.status);
  return json;
}

const query = params => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, String(v));
  }
  return search.toString();
};

const dateFields = (prefix, date) => date ? { [`${prefix}.year`]: date.year, [`${prefix}.month`]: date.month, [`${prefix}.day`]: date.day } : {};

export const api = {
  listCodeSystems: () => call('GET', '/v1/systems'),
  getCode: (system, code, date) =>
    call('GET', `/v1/systems/${encodeURIComponent(system)}/codes/${encodeURIComponent(code)}?${query(dateFields('date_of_service', date))}`),
  searchCodes: ({ text, systems, billableOnly, pageSize }, signal) =>
    call('GET', `/v1/codes:search?${query({ query: text, systems, billable_only: billableOnly, page_size: pageSize })}`, undefined, signal),
  validateCodes: (system, codes, date) => call('POST', '/v1/codes:validate', { system, codes, dateOfService: date || undefined }),
  searchIndex: ({ text, index, pageSize }) =>
    call('GET', `/v1/index:search?${query({ query: text, index, page_size: pageSize })}`),
  suggestCodes: (note, date, signal) =>
    call('POST', '/v1/suggestions', { text: note, includeExcluded: true, maxResults: 40, dateOfService: date || undefined }, signal),
};
