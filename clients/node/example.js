#!/usr/bin/env node
// CodeSearch from Node.js (@grpc/grpc-js + @grpc/proto-loader): a unary call, paging, error details
// (google.rpc.BadRequest) and the bidirectional suggestion stream. See docs/clients.md.
//
//   npm ci && node example.js --address localhost:5000
//
// The protos are read from ../../protos (or CODESEARCH_PROTOS); they compile on their own, Google's common protos
// included. Exits non-zero when any step fails.
'use strict';

const path = require('node:path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const protobuf = require('protobufjs');

const args = process.argv.slice(2);
const flag = (name, fallback) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : fallback);
const address = flag('--address', process.env.CODESEARCH_ADDRESS || 'localhost:5000').replace(/^https?:\/\//, '');
const protos = process.env.CODESEARCH_PROTOS || path.join(__dirname, '..', '..', 'protos');

// enums as names, 64-bit numbers as strings, unset fields with their defaults, which oneof member is set.
const definition = protoLoader.loadSync(['codesearch/v1/codes.proto', 'codesearch/v1/suggestions.proto'], {
  includeDirs: [protos], longs: String, enums: String, defaults: true, oneofs: true,
});
const v1 = grpc.loadPackageDefinition(definition).codesearch.v1;
const lookup = new v1.CodeLookup(address, grpc.credentials.createInsecure());
const suggestions = new v1.CodingSuggestions(address, grpc.credentials.createInsecure());

// google.rpc.Status and its details, to read the grpc-status-details-bin trailer of a failed call.
const rpcTypes = new protobuf.Root();
rpcTypes.resolvePath = (_origin, target) => path.join(protos, target);
rpcTypes.loadSync(['google/rpc/status.proto', 'google/rpc/error_details.proto']);
const Status = rpcTypes.lookupType('google.rpc.Status');

/** Calls a unary method and resolves with { response, metadata } (the response headers). */
function unary(client, method, request) {
  return new Promise((resolve, reject) => {
    let metadata;
    const call = client[method](request, { deadline: Date.now() + 30000 }, (err, response) =>
      err ? reject(err) : resolve({ response, metadata }));
    call.on('metadata', (m) => { metadata = m; });
  });
}

/** The google.rpc.Status details of a failed call: [{ type, value }] with each detail decoded. */
function errorDetails(err) {
  const bin = err.metadata && err.metadata.get('grpc-status-details-bin')[0];
  if (!bin) return [];
  return Status.decode(bin).details.map((any) => {
    const type = any.type_url.split('/').pop();
    return { type, value: rpcTypes.lookupType(type).decode(any.value) };
  });
}

async function unaryCall() {
  const { response: code, metadata } = await unary(lookup, 'GetCode', { system: 'ICD10CM', code: 'E11.9' });
  const data = metadata && metadata.get('codesearch-data')[0];
  console.log(`unary: ${code.code} ${code.description} (billable: ${code.billable}, release ${code.release.releaseId}${data ? `, data: ${data}` : ''})`);
  const excludes1 = code.notes.filter((n) => n.kind === 'NOTE_KIND_EXCLUDES1');
  console.log(`unary: ${code.notes.length} notes, ${excludes1.length} Excludes1`);
}

async function paging() {
  let token = '';
  for (let page = 1; page <= 3; page++) {
    const { response } = await unary(lookup, 'SearchCodes', { query: 'diabetes', pageSize: 3, pageToken: token });
    console.log(`paging: page ${page}: ${response.results.map((r) => r.code.code).join(', ')}`);
    token = response.nextPageToken;
    if (!token) break;
  }
}

async function errorWithDetails() {
  try {
    await unary(lookup, 'SearchCodes', { query: 'diabetes', pageSize: -1 });
    throw new Error('SearchCodes with page_size -1 should have failed');
  } catch (err) {
    if (err.code !== grpc.status.INVALID_ARGUMENT) throw err;
    for (const detail of errorDetails(err)) {
      if (detail.type !== 'google.rpc.BadRequest') continue;
      for (const v of detail.value.fieldViolations) console.log(`error: INVALID_ARGUMENT BadRequest field=${v.field}: ${v.description}`);
    }
  }
}

function bidirectionalStream() {
  return new Promise((resolve, reject) => {
    const stream = suggestions.StreamSuggestCodes({ deadline: Date.now() + 60000 });
    let answers = 0;
    stream.on('data', (answer) => {
      answers++;
      if (answer.outcome === 'error') {
        console.log(`stream: ${answer.requestId}: error ${answer.error.code} ${answer.error.message}`);
      } else {
        const codes = answer.response.suggestions.map((s) => s.code.code).slice(0, 5);
        console.log(`stream: ${answer.requestId}: ${codes.join(', ')}`);
      }
    });
    stream.on('error', reject);
    stream.on('end', () => (answers === 3 ? resolve() : reject(new Error(`stream: ${answers} answers for 3 requests`))));
    // Each request carries an id of the client's choosing; answers may come in any order and echo it.
    stream.write({ requestId: 'note-1', request: { text: 'Type 2 diabetes mellitus without complications.' } });
    stream.write({ requestId: 'note-2', request: { text: 'Essential hypertension. Denies chest pain.' } });
    stream.write({ requestId: 'note-3', request: { text: '' } }); // empty text: answered with an error, the stream goes on
    stream.end();
  });
}

(async () => {
  await unaryCall();
  await paging();
  await errorWithDetails();
  await bidirectionalStream();
  console.log('done');
  lookup.close();
  suggestions.close();
})().catch((err) => {
  console.error(`failed: ${err.code !== undefined ? `${err.code} ` : ''}${err.message}`);
  process.exit(1);
});
