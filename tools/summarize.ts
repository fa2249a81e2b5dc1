// Prints the one closing line of the test command: "N passed, N failed" over every test and check that ran.
import fs from 'node:fs';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

const read = (file: string): unknown =>
  fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;

let passed = 0;
let failed = 0;
let skipped = 0;
const lines: string[] = [];

// Checks that are not test runners (typecheck, lint, format, builds, audit) count as one test each.
const steps = fs.existsSync('reports/steps.txt')
  ? fs.readFileSync('reports/steps.txt', 'utf8').trim().split('\n')
  : [];
for (const line of steps) {
  const [name, result] = line.split(' ');
  if (result === 'skipped') {
    skipped += 1;
    lines.push(`  - ${name} skipped`);
    continue;
  }
  if (name === 'vitest' || name === 'e2e' || name === 'engines') continue;
  if (result === 'pass') passed += 1;
  else failed += 1;
  lines.push(`  ${result === 'pass' ? '✓' : '✗'} ${name}`);
}

// Vitest runs: the unit and component tests, and the cross-engine spec (tests/engines/, one project per engine).
for (const [name, file] of [
  ['vitest', 'reports/vitest.json'],
  ['engines', 'reports/engines.json'],
]) {
  const report = read(file) as VitestReport | null;
  if (report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests;
    lines.push(`  ${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
    // A failed hook or import fails the run but no test (its tests count as skipped): count it once.
    if (steps.includes(`${name} fail`) && report.numFailedTests === 0) {
      failed += 1;
      lines.push(`  ✗ ${name} failed outside its tests (a hook or an import)`);
    }
  } else if (steps.includes(`${name} fail`)) {
    failed += 1;
    lines.push(`  ✗ ${name} did not report`);
  }
}

const e2e = read('reports/playwright.json') as PlaywrightReport | null;
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
  lines.push(`  playwright: ${e2e.stats.expected + e2e.stats.flaky} passed, ${e2e.stats.unexpected} failed`);
} else if (steps.includes('e2e fail')) {
  failed += 1;
  lines.push('  ✗ e2e did not report');
}

console.log('\nSummary');
console.log(lines.join('\n'));
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
