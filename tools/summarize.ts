// Prints the one closing line of the test command: "N passed, N failed" over every test and check that ran.
import fs from 'node:fs';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
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
  if (name === 'vitest' || name === 'e2e') continue;
  if (result === 'pass') passed += 1;
  else failed += 1;
  lines.push(`  ${result === 'pass' ? '✓' : '✗'} ${name}`);
}

const vitest = read('reports/vitest.json') as VitestReport | null;
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  lines.push(`  vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
} else if (steps.includes('vitest fail')) {
  failed += 1;
  lines.push('  ✗ vitest did not report');
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
