#!/usr/bin/env bash
# Makes sure a Chromium is there for the end-to-end tests. Playwright cannot download its own browser on
# machines without internet, so on Debian/Ubuntu we install the distribution's chromium package.
set -euo pipefail

if [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ]; then
  exit 0
fi
if compgen -G "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}/chromium*" >/dev/null; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing Debian's chromium for the end-to-end tests…"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-liberation >/dev/null
  exit 0
fi
echo "No Chromium found. Install one (e.g. 'npx playwright install chromium') and run the tests again." >&2
exit 1
