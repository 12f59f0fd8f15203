#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, then unit tests and e2e tests (real PostgreSQL + Redis,
# real api and worker processes). Ends with one line "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prepare.sh

prepare_for_tests || exit 1

mkdir -p test-output
status=0
lint_status=0
echo "▶ lint (ESLint: typescript-eslint rules and the architecture's import boundaries)"
npm run --silent lint || { lint_status=1; status=1; }
format_status=0
echo "▶ format (Prettier: every source file as npm run format writes it)"
npm run --silent format:check || { format_status=1; status=1; }
echo "▶ unit tests (libs/domain and friends)"
npx jest --selectProjects unit --json --outputFile=test-output/unit.json "$@" || status=1
echo "▶ e2e tests (HTTP → BullMQ → worker → PostgreSQL)"
npx jest --selectProjects e2e --runInBand --json --outputFile=test-output/e2e.json "$@" || status=1
[ $lint_status -eq 0 ] || echo "✖ lint failed: the problems are listed under \"▶ lint\" above (npm run lint shows them again)" >&2
[ $format_status -eq 0 ] || echo "✖ format: the files listed under \"▶ format\" are not as Prettier writes them; run npm run format" >&2
node scripts/lib/summarise-tests.js test-output/unit.json test-output/e2e.json || status=1
exit $status
