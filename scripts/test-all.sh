#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find: static checks and unit tests, then the
# production build, then the end-to-end suite in Chromium (desktop and two phone profiles). The storage
# tests and the multi-instance specs run against a real PostgreSQL: a throwaway cluster started here (and
# installed first when missing), removed when this script ends however it ends.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1

bash scripts/ensure-browser.sh
bash scripts/postgres.sh ensure

PG_DIR="$(mktemp -d /tmp/cited-pg.XXXXXX)"
trap 'bash scripts/postgres.sh stop "$PG_DIR"' EXIT
trap 'exit 130' INT TERM
CITED_TEST_DATABASE_URL="$(bash scripts/postgres.sh start "$PG_DIR")"
export CITED_TEST_DATABASE_URL
echo "PostgreSQL for the tests: $CITED_TEST_DATABASE_URL"

npm run check
npm run build
npx playwright test
