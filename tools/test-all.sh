#!/usr/bin/env bash
# Every check and test: typecheck, lint, format, unit + component (Vitest), production builds, end-to-end
# (Playwright in Chromium), the cross-engine spec (Chromium, WebKit, Firefox), dependency audit. Runs them all, then
# prints "N passed, N failed" over all of them.
set -u
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/steps.txt reports/vitest.json reports/playwright.json reports/engines.json
failed_steps=0

step() {
  local name=$1
  shift
  echo
  echo "━━ ${name}: $*"
  if "$@"; then
    echo "${name} pass" >>reports/steps.txt
  else
    echo "${name} fail" >>reports/steps.txt
    failed_steps=$((failed_steps + 1))
    echo "✗ ${name} failed"
  fi
}

step typecheck npx tsc -b
step lint npx eslint . --max-warnings=0
step format npx prettier --check .
step vitest npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
step build npx tsx build/build.ts --out dist
step build-base-path npx tsx build/build.ts --base /rosie/ --out dist-rosie
# A second version of the app, served in place of the first by the e2e update test (tests/e2e/pwa.spec.ts).
step build-next env VITE_APP_VERSION=1.0.0-next npx tsx build/build.ts --out dist-next

chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ -x "$chromium" ]; then
  step e2e npx playwright test
elif [ -n "${CI:-}" ]; then
  echo "✗ No Chromium at $chromium: in CI a missing browser is a failure."
  echo "e2e fail" >>reports/steps.txt
  failed_steps=$((failed_steps + 1))
else
  cat <<MSG

  ┌──────────────────────────────────────────────────────────────────────────┐
  │  END-TO-END TESTS DID NOT RUN: no Chromium at $chromium
  │  Install one:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH)
  └──────────────────────────────────────────────────────────────────────────┘
MSG
  echo "e2e skipped" >>reports/steps.txt
fi

# The same spec in Chromium, WebKit and Firefox (tests/engines/, docs/engines.md), one engine after the other. An engine
# whose Debian packages are missing is skipped with a loud notice, or fails in CI (the spec decides).
step engines npx vitest run --config vitest.engines.config.ts --reporter=default --reporter=json \
  --outputFile.json=reports/engines.json

echo
echo "━━ audit: npm audit --omit=dev --audit-level=high"
bash tools/audit.sh
case $? in
  0) echo "audit pass" >>reports/steps.txt ;;
  3) echo "audit skipped" >>reports/steps.txt ;;
  *) echo "audit fail" >>reports/steps.txt && failed_steps=$((failed_steps + 1)) ;;
esac

npx tsx tools/summarize.ts
exit $((failed_steps > 0 ? 1 : 0))
