#!/usr/bin/env bash
# The whole test suite: type check, unit tests, production build, Playwright in Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Installing Debian's chromium for the end-to-end tests…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
[ -d node_modules ] || npm install

echo "== type check"; npx tsc --noEmit
echo "== unit tests"; npx vitest run
echo "== build"; npx next build
echo "== end-to-end tests"; npx playwright test
