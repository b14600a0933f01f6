// Schema check of rendered Kubernetes manifests: every document must be a known apiVersion/kind and valid against the
// Kubernetes OpenAPI schema (types, required fields, enums) that kubernetes-models compiles with Ajv. Unknown fields
// are not caught (those schemas leave additionalProperties open). Usage: node validate.mjs FILE.yaml...; exits 1 if
// any document is invalid.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

let failed = false;
for (const file of process.argv.slice(2)) {
  const docs = parseAllDocuments(readFileSync(file, "utf8"));
  let count = 0;
  for (const doc of docs) {
    if (doc.errors.length) { console.error(`${file}: YAML error: ${doc.errors[0].message}`); failed = true; continue; }
    const obj = doc.toJS();
    if (!obj) continue;
    count++;
    const where = `${file}: ${obj.kind}/${obj.metadata?.name}`;
    let Model;
    try {
      Model = (await import(`kubernetes-models/${obj.apiVersion}`))[obj.kind];
    } catch {
      Model = undefined;
    }
    if (!Model) { console.error(`${where}: unknown apiVersion/kind ${obj.apiVersion} ${obj.kind}`); failed = true; continue; }
    try {
      new Model(obj).validate();
    } catch (e) {
      console.error(`${where}: ${e.message}`);
      failed = true;
    }
  }
  console.log(`${file}: ${count} documents checked`);
}
process.exit(failed ? 1 : 0);
