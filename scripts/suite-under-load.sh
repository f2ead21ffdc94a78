#!/usr/bin/env bash
# Issue 13's "a suite that never flakes": runs the whole vitest suite twice in a row (SUITE_RUNS to change)
# while one CPU-bound process spins beside it, as on a busy two-core machine. Exits non-zero when a run fails.
# Extra arguments go to vitest (e.g. --reporter=json --outputFile=/tmp/run.json).
#
#   bash scripts/suite-under-load.sh
#
# It runs vitest directly (no npm script: no dependency check, type check or lint) through npx, which puts the
# pinned Node 24 first on PATH. Chromium must be installed already (scripts/ensure-chromium.sh).
set -uo pipefail
cd "$(dirname "$0")/.."

runs="${SUITE_RUNS:-2}"

# The burner spins on one core and ends by itself once its parent (this script) is gone, so a killed script does
# not leave it spinning.
node -e '
  const parent = process.ppid;
  for (;;) {
    for (let i = 0; i < 1e8; i++);
    if (process.ppid !== parent) process.exit(0);
  }
' &
burner=$!
trap 'kill "$burner" 2>/dev/null; wait "$burner" 2>/dev/null' EXIT
echo "suite-under-load: CPU burner pid $burner; $runs run(s) of the suite beside it"

status=0
for run in $(seq 1 "$runs"); do
  began=$(date +%s)
  if npx vitest run "$@"; then
    echo "suite-under-load: run $run of $runs passed in $(($(date +%s) - began)) s"
  else
    echo "suite-under-load: run $run of $runs FAILED after $(($(date +%s) - began)) s"
    status=1
    break
  fi
done
exit "$status"
