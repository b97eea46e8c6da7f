#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3, the last release that runs on Node 20) into a cache
# folder outside the repo, and reuses it when it is already there. Prints the path of the binary.
# The environment fixes below come from ../shared/REAL-HOSTS.md: each one is a failure seen here.
set -euo pipefail

VERSION="${CODE_SERVER_VERSION:-4.100.3}"
CACHE="${SELFTRUST_CODE_SERVER_DIR:-$HOME/.cache/selftrust-code-server}"
BIN="$CACHE/node_modules/.bin/code-server"

if [ -x "$BIN" ] && [ -f "$CACHE/.installed-$VERSION" ]; then
  echo "$BIN"
  exit 0
fi

# A native module (kerberos) needs gssapi headers; @vscode/ripgrep needs an rg binary to cache.
missing=()
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing with apt: ${missing[*]}" >&2
  (apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}") >&2
fi

mkdir -p "$CACHE"
SCRATCH_TMP="${TMPDIR:-/tmp}"
# @vscode/ripgrep's postinstall downloads from GitHub unless this archive is already in its cache.
RG_CACHE="$SCRATCH_TMP/vscode-ripgrep-cache-1.15.11"
RG_ARCHIVE="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$RG_ARCHIVE" ]; then
  mkdir -p "$RG_CACHE"
  tar czf "$RG_ARCHIVE" -C "$(dirname "$(command -v rg)")" rg
fi

cd "$CACHE"
[ -f package.json ] || echo '{ "name": "selftrust-code-server-cache", "private": true }' > package.json
echo "installing code-server@$VERSION into $CACHE (a few minutes)" >&2
# unsafe_perm: running as root; yes: node-pty's install runs npx; nodedir: node-gyp must not
# download Node headers.
npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr \
  npm install --no-audit --no-fund --loglevel=error "code-server@$VERSION" >&2
touch "$CACHE/.installed-$VERSION"
echo "$BIN"
