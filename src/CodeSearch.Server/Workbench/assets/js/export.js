// The code list out of the page: copied as text, downloaded as CSV, or as FHIR Condition/Procedure code elements.
// Only codes and descriptions leave: never the note.
import { $ } from './dom.js';
import { claim } from './claim.js';

/** Canonical FHIR system URIs (HL7 terminology). */
export const fhirSystems = {
  ICD10CM: 'http://hl7.org/fhir/sid/icd-10-cm',
  ICD10PCS: 'http://www.cms.gov/Medicare/Coding/ICD10',
  HCPCS: 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
  CPT: 'http://www.ama-assn.org/go/cpt',
};

export function initExport() {
  $('export-copy').addEventListener('click', copy);
  $('export-csv').addEventListener('click', () => download('code-list.csv', 'text/csv;charset=utf-8', csv()));
  $('export-fhir').addEventListener('click', () => {
    const out = $('fhir-output');
    const json = fhir();
    out.textContent = json;
    out.hidden = false;
    download('code-list.fhir.json', 'application/fhir+json', json);
  });
}

function status(text) { $('export-status').textContent = text; }

async function copy() {
  if (!claim.items.length) return status('The list is empty.');
  const text = claim.items.map(i => `${i.code}\t${i.description}`).join('\n');
  try {
    await navigator.clipboard.writeText(text);
    status(`Copied ${claim.items.length} codes.`);
  } catch {
    status('The browser refused the clipboard; the codes are in the CSV download.');
  }
}

// A text cell starting with = + - @ is prefixed with ' so a spreadsheet never runs it as a formula.
const cell = v => {
  const text = typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : String(v);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function csv() {
  const rows = [['position', 'system', 'code', 'description', 'billable']];
  claim.items.forEach((i, n) => rows.push([n + 1, i.system, i.code, i.description, i.billable ? 'yes' : 'no']));
  return rows.map(r => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** One partial resource per code, principal first: a Condition for a diagnosis, a Procedure otherwise. The EHR adds
 * subject, encounter and the rest. */
export function fhir() {
  const resources = claim.items.map((i, n) => ({
    resourceType: i.system === 'ICD10CM' ? 'Condition' : 'Procedure',
    ...(n === 0 && i.system === 'ICD10CM' ? { category: [{ text: 'principal diagnosis' }] } : {}),
    code: { coding: [{ system: fhirSystems[i.system] || i.system, code: i.code, display: i.description }], text: i.description },
  }));
  return JSON.stringify(resources, null, 2);
}

function download(name, type, content) {
  if (!claim.items.length) return status('The list is empty.');
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  status(`Downloaded ${name}.`);
}
