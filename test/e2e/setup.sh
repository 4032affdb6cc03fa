#!/usr/bin/env bash
# Installs what the in-editor tests need, into the ignored `.e2e/` folder (idempotent, cached):
#   apt          chromium (headless workbench driver), ripgrep (code-server's search), libkrb5-dev (kerberos build)
#   code-server  code-server 4.100.3 (VS Code 1.100, Node 20) with its native modules rebuilt for this Node
# The driver library (playwright-core) and vsce are the project's devDependencies, so `npm ci` brings them.
# Usage: test/e2e/setup.sh [all|apt|code-server]   (CI runs as root on a fresh machine: `all`)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
E2E=${E2E:-$ROOT/.e2e}
CS_DIR=${CS_DIR:-$E2E/code-server}
CS_VERSION=${CS_VERSION:-4.100.3}
mkdir -p "$E2E"
ms() { date +%s%3N; }
phase() { local name=$1; shift; local s; s=$(ms); "$@"; echo "TIMING ${name}: $(( $(ms) - s )) ms" | tee -a "$E2E/timings.txt"; }

apt_deps() {
  if command -v chromium >/dev/null && command -v rg >/dev/null && dpkg -s libkrb5-dev >/dev/null 2>&1; then
    echo "apt: chromium, ripgrep and libkrb5-dev already installed"
    return
  fi
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq libkrb5-dev ripgrep chromium >/dev/null
}

install_code_server() {
  local vscode="$CS_DIR/node_modules/code-server/lib/vscode"
  if [ -f "$CS_DIR/.installed-$CS_VERSION" ]; then
    echo "code-server $CS_VERSION already installed in $CS_DIR"
    return
  fi
  mkdir -p "$CS_DIR" && cd "$CS_DIR"
  [ -f package.json ] || npm init -y >/dev/null
  npm install --ignore-scripts --no-audit --no-fund --loglevel=error "code-server@${CS_VERSION}"
  cd "$vscode"
  npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
  mkdir -p node_modules/@vscode/ripgrep/bin
  cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  npm_config_yes=true npm rebuild --ignore-scripts=false --loglevel=error kerberos node-pty @parcel/watcher @vscode/spdlog native-watchdog
  ln -sfn node_modules "$vscode/node_modules.asar"
  # typescript for the built-in JS/TS extension (otherwise a "tsserver was deleted" toast shows in screenshots)
  (cd "$vscode/extensions" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
  cd "$CS_DIR"
  npm_config_yes=true npm rebuild --ignore-scripts=false --loglevel=error argon2
  touch "$CS_DIR/.installed-$CS_VERSION"
}

case "${1:-all}" in
  apt) phase apt-deps apt_deps ;;
  code-server) phase install-code-server install_code_server ;;
  all) phase apt-deps apt_deps; phase install-code-server install_code_server ;;
  *) echo "usage: $0 [all|apt|code-server]" >&2; exit 2 ;;
esac
