#!/usr/bin/env bash
# Renders the Kustomize base and every overlay and checks each rendered document against the Kubernetes schema
# (deploy/kubernetes/validate/validate.mjs). Run by .ci/run; needs kubectl (Debian: kubernetes-client) and Node.js.
# `kubectl apply --dry-run=client` is not used: it asks an API server for the resource mapping even in client mode.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v kubectl >/dev/null 2>&1; then
  echo "kubectl is required (Debian: apt-get install kubernetes-client)." >&2
  exit 1
fi
if [ ! -d validate/node_modules/kubernetes-models ]; then
  (cd validate && npm ci --no-audit --no-fund --loglevel=error)
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for dir in base overlays/*/; do
  dir=${dir%/}
  name=$(echo "$dir" | tr '/' '-')
  # Newer kubectl warns that bases/patchesStrategicMerge/commonLabels are deprecated; they are kept so that the
  # kustomize inside Debian's kubectl 1.20 renders the same files.
  kubectl kustomize "$dir" > "$out/$name.yaml" 2> "$out/$name.err" || { cat "$out/$name.err" >&2; exit 1; }
  grep -v '^# Warning:' "$out/$name.err" >&2 || true
done
node validate/validate.mjs "$out"/*.yaml
echo "kubernetes manifests: valid"
