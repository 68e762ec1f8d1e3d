#!/usr/bin/env bash
# The one provisioning step for the browser tests, run by `npm test` (before any test) and by
# .ci/run. Playwright launches the system Chromium at CHROMIUM_PATH (playwright.config.ts); nothing
# here or in npm downloads a browser. When it is missing: as root with apt-get, install Debian's
# `chromium`; otherwise stop with one line saying exactly what to run.
# Only shell builtins, `id` and `apt-get` are used, so tests/unit/scripts/ensure-chromium.test.ts
# can put fakes of both first on PATH.
set -euo pipefail

browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0

if [ "$(id -u)" != 0 ]; then
  echo "Chromium is missing at $browser: run \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH to a Chromium binary), then run the tests again." >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing at $browser and there is no apt-get: install Chromium with this system's package manager and set CHROMIUM_PATH to its binary, then run the tests again." >&2
  exit 1
fi

echo "Chromium is missing at $browser: installing Debian's chromium with apt-get"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null

if [ ! -x "$browser" ]; then
  echo "apt-get installed chromium, but $browser is still missing: unset CHROMIUM_PATH (Debian's is /usr/bin/chromium) or set it to a Chromium binary." >&2
  exit 1
fi
