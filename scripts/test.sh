#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh machine, then runs it.
#  - the project with its test extras (pytest, Playwright's Python client);
#  - Debian's Chromium, which the browser tests drive (Playwright never downloads a browser here);
#  - the npm packages whose files stand in for the map's CDN scripts during browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m pip install --quiet --disable-pip-version-check -e '.[test]'

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Error: Debian's chromium is not installed; run: sudo apt-get install chromium" >&2
    exit 1
  fi
fi

(cd tests/browser && npm install --silent --no-package-lock --no-audit --no-fund)

exec python3 -m pytest "$@"
