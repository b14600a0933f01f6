#!/usr/bin/env bash
# Builds the Docker image, runs it, and checks the container answers as the README says: health SERVING, GetCode
# E11.9 with its Excludes1 notes, SearchIndex leading to I11.0, SuggestCodes, and a JSON route on the HTTP/1.1 port.
# A separate command, not part of the CI test suite (it takes several minutes and needs a Docker daemon):
#
#   tools/docker-smoke.sh                      # official files from the mirror ../shared/codesets
#   SOURCE_MIRROR_DIR=/path/to/mirror tools/docker-smoke.sh
#
# Needs: docker with a running daemon; python3 with grpcio and protobuf (Debian: python3-grpcio python3-protobuf);
# protoc (protobuf-compiler). Base images: SDK_IMAGE and RUNTIME_IMAGE (the Dockerfile's build arguments). When they
# are neither present nor pullable (no registry reachable), they are made locally: a Debian bookworm root file
# system made with debootstrap (needs root and a Debian package mirror), this machine's .NET SDK (or only its
# runtimes) copied in, imported with `docker import`. The image build itself runs with the host network so the
# NuGet restore reaches the same feed as this machine.
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=${IMAGE:-codesearch:smoke}
PORT=${PORT:-18080}
HTTP_PORT=${HTTP_PORT:-18081}
MIRROR=${SOURCE_MIRROR_DIR:-../shared/codesets}
SDK_IMAGE=${SDK_IMAGE:-mcr.microsoft.com/dotnet/sdk:10.0}
RUNTIME_IMAGE=${RUNTIME_IMAGE:-mcr.microsoft.com/dotnet/aspnet:10.0}
CACHE=${CODESEARCH_SMOKE_CACHE:-/var/tmp/codesearch-smoke}
DEBIAN_MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
CONTEXT_MIRROR=.mirror-smoke
CONTAINER=codesearch-smoke-$$
started=$(date +%s)

step() { printf '\n== %s (%ss)\n' "$*" "$(( $(date +%s) - started ))"; }
have_image() { docker image inspect "$1" >/dev/null 2>&1; }
python_with_grpc() {
  for candidate in python3 /usr/bin/python3; do
    if "$candidate" -c 'import grpc, google.protobuf' >/dev/null 2>&1; then echo "$candidate"; return; fi
  done
  echo "python3 with grpcio and protobuf is required (Debian: apt-get install python3-grpcio python3-protobuf)." >&2
  exit 1
}

cleanup() {
  docker rm -f "$CONTAINER" >/dev/null 2>&1 || true
  rm -rf "$CONTEXT_MIRROR"
}
trap cleanup EXIT

# Imports <rootfs> plus the given parts of this machine's .NET installation as image <name>.
import_base() {
  local name=$1 rootfs=$2; shift 2
  local dotnet_root staging
  dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
  staging="$CACHE/staging-${name//[:\/]/-}"
  rm -rf "$staging"
  cp -al "$rootfs" "$staging"
  mkdir -p "$staging/usr/share/dotnet"
  for part in "$@"; do cp -a "$dotnet_root/$part" "$staging/usr/share/dotnet/"; done
  ln -sf /usr/share/dotnet/dotnet "$staging/usr/bin/dotnet"
  # This machine's trust store, so the restore inside the build trusts the same (possibly proxied) NuGet feed.
  rm -rf "$staging/etc/ssl/certs"
  cp -aL /etc/ssl/certs "$staging/etc/ssl/certs"
  tar -C "$staging" --exclude=./.complete -c . | docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV DOTNET_ROOT=/usr/share/dotnet' \
    --change 'ENV APP_UID=1654' \
    --change 'ENV DOTNET_CLI_TELEMETRY_OPTOUT=1' \
    --change 'ENV DOTNET_NOLOGO=1' \
    --change "ENV NUGET_CERT_REVOCATION_MODE=${NUGET_CERT_REVOCATION_MODE:-online}" \
    --change 'WORKDIR /' \
    - "$name" >/dev/null
  rm -rf "$staging"
  echo "imported $name"
}

make_local_base_images() {
  local rootfs="$CACHE/rootfs"
  mkdir -p "$CACHE"
  if [ ! -f "$rootfs/.complete" ]; then
    step "debootstrap a Debian bookworm root file system into $rootfs"
    command -v debootstrap >/dev/null || { echo "debootstrap is required (apt-get install debootstrap)." >&2; exit 1; }
    rm -rf "$rootfs"
    debootstrap --variant=minbase --include=ca-certificates,libssl3,libstdc++6,zlib1g,libicu72,libgcc-s1 \
      bookworm "$rootfs" "$DEBIAN_MIRROR" >"$CACHE/debootstrap.log" 2>&1 \
      || { tail -20 "$CACHE/debootstrap.log" >&2; exit 1; }
    # The aspnet images' non-root user.
    chroot "$rootfs" groupadd --gid 1654 app
    chroot "$rootfs" useradd --uid 1654 --gid app --create-home app
    chroot "$rootfs" apt-get clean
    rm -rf "$rootfs"/var/lib/apt/lists/*
    touch "$rootfs/.complete"
  fi
  SDK_IMAGE=codesearch-local/sdk:10.0
  RUNTIME_IMAGE=codesearch-local/aspnet:10.0
  if [ -z "${REBUILD_BASE:-}" ] && have_image "$SDK_IMAGE" && have_image "$RUNTIME_IMAGE"; then
    echo "using the local base images made earlier: $SDK_IMAGE, $RUNTIME_IMAGE (REBUILD_BASE=1 makes them again)"
    return
  fi
  step "import local base images from the root file system and this machine's .NET"
  import_base "$SDK_IMAGE" "$rootfs" dotnet host shared sdk packs templates sdk-manifests
  import_base "$RUNTIME_IMAGE" "$rootfs" dotnet host shared
}

command -v docker >/dev/null || { echo "docker is required." >&2; exit 1; }
docker info >/dev/null 2>&1 || { echo "The Docker daemon is not running (start dockerd)." >&2; exit 1; }
[ -d "$MIRROR" ] || { echo "The official-file mirror '$MIRROR' does not exist (set SOURCE_MIRROR_DIR)." >&2; exit 1; }
PYTHON=$(python_with_grpc)

step "base images"
if have_image "$SDK_IMAGE" && have_image "$RUNTIME_IMAGE"; then
  echo "present: $SDK_IMAGE, $RUNTIME_IMAGE"
elif timeout 60 docker pull -q "$SDK_IMAGE" >/dev/null 2>&1 && timeout 60 docker pull -q "$RUNTIME_IMAGE" >/dev/null 2>&1; then
  echo "pulled: $SDK_IMAGE, $RUNTIME_IMAGE"
else
  echo "$SDK_IMAGE / $RUNTIME_IMAGE cannot be pulled (no registry reachable): making local base images"
  make_local_base_images
fi

step "docker build (SDK_IMAGE=$SDK_IMAGE RUNTIME_IMAGE=$RUNTIME_IMAGE, official files from $MIRROR)"
rm -rf "$CONTEXT_MIRROR"
cp -rL "$MIRROR" "$CONTEXT_MIRROR"
docker build --network host \
  --build-arg SDK_IMAGE="$SDK_IMAGE" --build-arg RUNTIME_IMAGE="$RUNTIME_IMAGE" \
  --build-arg SOURCE_MIRROR="$CONTEXT_MIRROR" -t "$IMAGE" . 2>&1 \
  | grep -E '^Step |fetch|reference|generation|entries|error|warn|fail|Successfully' || true
have_image "$IMAGE" && [ "$(docker image inspect -f '{{.Created}}' "$IMAGE")" ] || { echo "docker build failed" >&2; exit 1; }
docker image inspect -f 'image {{.RepoTags}} {{.Id}} {{.Size}} bytes' "$IMAGE"

step "docker run"
docker run -d --name "$CONTAINER" -p "127.0.0.1:$PORT:8080" -p "127.0.0.1:$HTTP_PORT:8081" "$IMAGE" >/dev/null
"$PYTHON" tools/docker-smoke-check.py "127.0.0.1:$PORT" || { docker logs "$CONTAINER" 2>&1 | tail -40; exit 1; }

step "HTTP/1.1 port (JSON)"
curl -fsS "http://127.0.0.1:$HTTP_PORT/v1/systems/ICD10CM/codes/E11.9" | cut -c1-200 \
  || { echo "the JSON route on the HTTP/1.1 port did not answer" >&2; docker logs "$CONTAINER" 2>&1 | tail -40; exit 1; }
echo

step "container health (HEALTHCHECK)"
for _ in $(seq 1 30); do
  health=$(docker inspect -f '{{.State.Health.Status}}' "$CONTAINER")
  [ "$health" = healthy ] && break
  sleep 2
done
echo "docker health: $health"

step "container log"
docker logs "$CONTAINER" 2>&1 | cut -c1-300
[ "$health" = healthy ] || exit 1
step "smoke passed"
