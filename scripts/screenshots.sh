#!/usr/bin/env bash
# Refreshes docs/screenshots (the README's pictures): runs the browser tests that take them, writing into
# docs/screenshots instead of test-output/screenshots. `npm test` never touches docs/screenshots.
# Arguments, if any, narrow the run (jest patterns), e.g. `npm run screenshots -- test/browser/jury`.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prepare.sh

prepare_for_tests || exit 1
echo "▶ browser tests, screenshots into docs/screenshots"
SCREENSHOTS_DIR=docs/screenshots npx jest --selectProjects e2e --runInBand "${@:-test/browser}"
status=$?
git status --short docs/screenshots 2>/dev/null | sed 's/^/  changed: /'
exit $status
