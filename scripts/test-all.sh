#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find: static checks and unit tests, then the
# production build, then the end-to-end suite in Chromium (desktop and two phone profiles).
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1

bash scripts/ensure-browser.sh
npm run check
npm run build
npx playwright test
