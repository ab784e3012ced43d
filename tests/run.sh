#!/usr/bin/env bash
# Runs every test of Twin: builds the solution, runs each .NET test project (models, grains,
# silo end to end), then the browser and glTF tests in tests/e2e (node:test against a real silo).
# Installs what the tests need first (tests/setup.sh). Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

tests/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

if ! dotnet build Twin.sln -nologo -v:q -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

passed=0 failed=0 skipped=0
for project in tests/Twin.Models.Tests tests/Twin.Grains.Tests tests/Twin.Silo.Tests; do
  name=$(basename "$project")
  echo "== $name"
  dotnet test --project "$project" --no-build -- --no-progress 2>&1 | tee "$results/$name.log"
  # Microsoft.Testing.Platform prints "total: N", "failed: N", "succeeded: N", "skipped: N".
  p=$(grep -E '^\s+succeeded: [0-9]+' "$results/$name.log" | tail -1 | grep -oE '[0-9]+')
  f=$(grep -E '^\s+failed: [0-9]+' "$results/$name.log" | tail -1 | grep -oE '[0-9]+')
  s=$(grep -E '^\s+skipped: [0-9]+' "$results/$name.log" | tail -1 | grep -oE '[0-9]+')
  if [ -z "$p" ] || [ -z "$f" ]; then
    echo "$name: no test summary (the test host did not run); counted as one failure"
    p=0 f=1 s=0
  fi
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + ${s:-0}))
done

# One test file at a time: each starts its own silo (and Chromium); two cores are shared.
echo "== e2e (node)"
node --test --test-concurrency=1 --test-reporter=tap tests/e2e/*.test.mjs 2>&1 | tee "$results/e2e.log"
# The TAP reporter ends with "# pass N", "# fail N", "# skipped N".
p=$(grep -E '^# pass [0-9]+' "$results/e2e.log" | tail -1 | grep -oE '[0-9]+')
f=$(grep -E '^# fail [0-9]+' "$results/e2e.log" | tail -1 | grep -oE '[0-9]+')
s=$(grep -E '^# skipped [0-9]+' "$results/e2e.log" | tail -1 | grep -oE '[0-9]+')
if [ -z "$p" ] || [ -z "$f" ]; then
  echo "e2e: no test summary (node did not run the tests); counted as one failure"
  p=0 f=1 s=0
fi
passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + ${s:-0}))

[ "$skipped" -gt 0 ] && echo "$skipped skipped (see the logs above for the reasons)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
