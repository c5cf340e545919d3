#!/usr/bin/env bash
# Runs every Vitest project (unit, then end-to-end against the built extension) and ends with one plain
# closing line, "N passed, N failed", that any CI can read. The exit status is Vitest's.
set -uo pipefail
report=.output/test-report.json
rm -f "$report"
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@"
status=$?
if [ -f "$report" ]; then
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const skipped = r.numPendingTests + r.numTodoTests;
    console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
  ' "$report"
fi
exit $status
