#!/usr/bin/env bash
# Installs what Twin's tests need on a fresh Debian machine, and nothing twice.
# The .NET SDK is expected on PATH (global.json names the version); NuGet packages restore on build.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v dotnet >/dev/null || { echo "the .NET SDK (dotnet) is not on PATH"; exit 1; }

# Debian packages: Chromium for the browser tests (tests/e2e), Redis for the durable-storage tests.
apt_install() {
  apt_updated=/tmp/twin-apt-updated
  [ -f "$apt_updated" ] || { apt-get update -qq && touch "$apt_updated"; }
  apt-get install -y -qq "$@"
}
[ -x /usr/bin/chromium ] || apt_install chromium
[ -x /usr/bin/redis-server ] || apt_install redis-server

command -v npm >/dev/null || { echo "Node.js and npm are needed for the viewer and its tests (apt-get install -y nodejs npm)"; exit 1; }
# Azurite (tests/azurite) is the Azure Storage emulator for the Azure Table storage tests.
# npm ci when node_modules is missing or older than the lock file; the stamp is the one the silo's
# build also uses for the viewer, so neither installs twice.
for dir in clients/viewer tests/e2e tests/azurite; do
  stamp="$dir/node_modules/.twin-npm-ci.stamp"
  if [ ! -f "$stamp" ] || [ "$dir/package-lock.json" -nt "$stamp" ] || [ "$dir/package.json" -nt "$stamp" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    touch "$stamp"
  fi
done
