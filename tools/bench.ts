// `npm run bench`: builds the app, serves dist/ like a static host, and runs Lighthouse (mobile preset, Debian's
// Chromium headless shell, see tools/chromium.ts) three times on the home page, one track page and /favorites.
// Prints the medians as a table and writes them to reports/bench.json.
// Usage: tsx tools/bench.ts [--no-build] [--runs 3] [--port 4372]
// Next to TBT: its range over the runs, and the same blocking time counted over the main thread's CPU time
// (tools/main-thread.ts), which leaves out the moments the page's thread waited for one of this machine's cores.
// After the table, a floor: the same runs on the prerendered home page without its app (start.js adds no entry), to
// show what this machine measures for the page alone.
// Then the slow phone as a person holds it (tools/slow-phone.ts, applied throttling, median of --slow-runs 5): FCP
// and LCP from the page's paint timings, when the page went live and when the first screen (with its islands) did;
// the same page without its scripts (LCP floor); and the first scroll of / (long animation frames, 3 runs).
// --slow-only skips Lighthouse, --lighthouse-only the rest (for trials of one mechanism; see docs/performance.md).
// --route / measures only that route (repeatable). --without memo,chunks builds without those mechanisms
// (build/without-plugin.ts; with --dir dist-trial, apart from dist/).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { appEntries, firstVisitBytes, type ByteCount } from './budget.ts';
import { CHROMIUM, LIGHTHOUSE_CHROMIUM } from './chromium.ts';
import { runLighthouse } from './lighthouse.ts';
import { blockingMs, mainThreadTasks, type TraceEvent } from './main-thread.ts';
import { createStaticServer } from './serve.ts';
import { firstScroll, firstVisit, launchShell, type FirstScroll, type FirstVisit } from './slow-phone.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(option('--runs', '3'));
const SLOW_RUNS = Number(option('--slow-runs', '5'));
const SLOW_ONLY = args.includes('--slow-only');
const LIGHTHOUSE_ONLY = args.includes('--lighthouse-only');
const PORT = Number(option('--port', process.env.BENCH_PORT ?? '4372'));
const DIST = option('--dir', 'dist');
const WITHOUT = option('--without', process.env.ROSIE_WITHOUT ?? '');
/** The page whose bench:start/bench:end block holds the latest table. */
const PERFORMANCE_DOC = 'docs/performance.md';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface RouteResult {
  route: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  /** Blocking time from the main thread's CPU time (see tools/main-thread.ts); not a Lighthouse figure. */
  cpuTbtMs: number;
  cls: number;
  js: ByteCount;
  css: ByteCount;
  /** Every run's figures (and the audits short of a full score), so the spread is visible. */
  runs: (Omit<RouteResult, 'route' | 'runs' | 'js' | 'css'> & {
    failing: string[];
    benchmarkIndex: number;
  })[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The track page measured: the first track linked from the home page (so any content works). */
function pickRoutes(): string[] {
  const home = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const track = /href="\/track\/([^"/]+)"/.exec(home)?.[1];
  if (!track) throw new Error('bench: the home page links no track page');
  const all = ['/', `/track/${track}`, '/favorites'];
  // --route / (repeatable) measures only those routes.
  const picked = args.flatMap((arg, i) => (args[i - 1] === '--route' ? [arg] : []));
  return picked.length > 0 ? picked : all;
}

async function measure(url: string) {
  const { lhr, artifacts } = await runLighthouse(url, { onlyCategories: [...CATEGORIES] });
  const trace = (artifacts.Trace as unknown as { traceEvents: TraceEvent[] }).traceEvents;
  const requested = new Set(
    trace.flatMap((e) => (e.name === 'ResourceSendRequest' && e.args?.data?.url ? [e.args.data.url] : [])),
  );
  // Typed as possibly missing: a category or audit absent from a run must not crash the bench.
  const audits: Partial<typeof lhr.audits> = lhr.audits;
  const categories: Partial<typeof lhr.categories> = lhr.categories;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: Math.round(value('first-contentful-paint')),
    lcpMs: Math.round(value('largest-contentful-paint')),
    tbtMs: Math.round(value('total-blocking-time')),
    cpuTbtMs: Math.round(blockingMs(mainThreadTasks(trace), 'cpuMs')),
    cls: Number(value('cumulative-layout-shift').toFixed(3)),
    /** Whether the page asked for its app's entry during the run (start.js asks once the first paint is on screen). */
    loadedApp: (entry: string) => [...requested].some((u) => new URL(u).pathname === entry),
    /** Lighthouse's measure of this machine's CPU speed: simulated timings scale with it. */
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    failing: CATEGORIES.flatMap((id) =>
      (categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}/${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`),
    ),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** The lowest and highest of some figures, "46–140". */
const span = (values: readonly number[]) => `${Math.min(...values)}–${Math.max(...values)}`;

export function formatTable(results: RouteResult[]): string {
  const header = [
    'route',
    'perf',
    'a11y',
    'best pr.',
    'SEO',
    'FCP',
    'LCP',
    'TBT (range)',
    'TBT on CPU',
    'CLS',
    'JS raw / gzip',
    'CSS raw / gzip',
  ];
  const rows = results.map((r) => [
    `\`${r.route}\``,
    String(r.performance),
    String(r.accessibility),
    String(r.bestPractices),
    String(r.seo),
    `${(r.fcpMs / 1000).toFixed(2)} s`,
    `${(r.lcpMs / 1000).toFixed(2)} s`,
    `${r.tbtMs} ms (${span(r.runs.map((run) => run.tbtMs))})`,
    `${r.cpuTbtMs} ms`,
    String(r.cls),
    `${kb(r.js.raw)} / ${kb(r.js.gzip)}`,
    `${kb(r.css.raw)} / ${kb(r.css.gzip)}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** dist/ whose home page goes without the app: its start.js tag loses its data-app, so the prerendered HTML is all. */
function writeFloorCopy(dir: string) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(DIST, dir, { recursive: true });
  const home = path.join(dir, 'index.html');
  const html = fs.readFileSync(home, 'utf8');
  if (!/ data-app="[^"]*"/.test(html))
    throw new Error('bench: the home page names no app on start.js (data-app)');
  fs.writeFileSync(home, html.replace(/ data-app="[^"]*"/, ''));
}

/** Serves a directory like a static host while `measureWith` runs. */
async function serving<T>(
  dir: string,
  port: number,
  measureWith: (origin: string) => Promise<T>,
): Promise<T> {
  const server = createStaticServer({ dir, base: '/' });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  try {
    return await measureWith(`http://localhost:${(server.address() as AddressInfo).port}`);
  } finally {
    server.close();
  }
}

/** The app entry a page's start.js loads (its data-app), or null for a page without one (the floor). */
async function appEntry(url: string): Promise<string | null> {
  return appEntries(await (await fetch(url)).text())[0] ?? null;
}

/**
 * RUNS Lighthouse runs of one page, each logged as it ends. A run that ended before the page asked for its app
 * measured the prerendered page alone: it is logged and run again (twice at most), never counted.
 */
async function measureRuns(url: string, label: string) {
  const entry = await appEntry(url);
  const runs: Omit<Awaited<ReturnType<typeof measure>>, 'loadedApp'>[] = [];
  for (let i = 0, retries = 0; i < RUNS; i++) {
    const { loadedApp, ...run } = await measure(url);
    if (entry && !loadedApp(entry)) {
      console.log(`${label} run ${i + 1}: ended before the page loaded its app (${entry}); not counted`);
      if (++retries > 2) throw new Error(`bench: Lighthouse kept ending ${url} before its app loaded`);
      i -= 1;
      continue;
    }
    console.log(
      `${label} run ${i + 1}: perf ${run.performance}, LCP ${run.lcpMs} ms, TBT ${run.tbtMs} ms ` +
        `(on CPU ${run.cpuTbtMs} ms), ` +
        `benchmarkIndex ${run.benchmarkIndex}` +
        (run.failing.length ? `; not perfect: ${run.failing.join(', ')}` : ''),
    );
    runs.push(run);
  }
  return runs;
}

/** Lighthouse on the home page without its app; the medians and the TBT range. */
async function measureFloor() {
  const dir = 'dist-floor';
  writeFloorCopy(dir);
  try {
    const runs = await serving(dir, PORT + 1, (origin) => measureRuns(`${origin}/`, 'floor /'));
    const tbts = runs.map((run) => run.tbtMs);
    return {
      performance: median(runs.map((run) => run.performance)),
      lcpMs: median(runs.map((run) => run.lcpMs)),
      tbtMs: median(tbts),
      tbtRange: [Math.min(...tbts), Math.max(...tbts)],
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface SlowPhoneResult {
  route: string;
  fcpMs: number;
  lcpMs: number;
  /** LCP of the same page without its scripts (its start.js names no app). */
  floorLcpMs: number;
  liveMs: number;
  firstScreenLiveMs: number;
  runs: FirstVisit[];
}

const medianOf = (runs: FirstVisit[], key: keyof FirstVisit) =>
  median(runs.map((run) => run[key] ?? Number.NaN).filter((v) => !Number.isNaN(v)));

/** The slow phone, applied throttling: each route with its app and without it, then the first scroll of /. */
async function measureSlowPhone(
  routes: string[],
): Promise<{ pages: SlowPhoneResult[]; scroll: FirstScroll[] }> {
  const floorDir = `${DIST}-floor-slow`;
  fs.rmSync(floorDir, { recursive: true, force: true });
  fs.cpSync(DIST, floorDir, { recursive: true });
  for (const route of routes) {
    const file = path.join(floorDir, route, 'index.html');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/ data-app="[^"]*"/, ''));
  }
  const browser = await launchShell();
  try {
    const pages: SlowPhoneResult[] = [];
    const scroll = await serving(DIST, PORT, async (origin) =>
      serving(floorDir, PORT + 2, async (floorOrigin) => {
        for (const route of routes) {
          const runs: FirstVisit[] = [];
          const floors: FirstVisit[] = [];
          for (let i = 0; i < SLOW_RUNS; i++) {
            runs.push(await firstVisit(browser, origin + route));
            floors.push(await firstVisit(browser, floorOrigin + route, 3000));
            console.log(
              `slow phone ${route} run ${i + 1}: ${JSON.stringify(runs.at(-1))}, floor LCP ${floors.at(-1)?.lcpMs} ms`,
            );
          }
          pages.push({
            route,
            fcpMs: medianOf(runs, 'fcpMs'),
            lcpMs: medianOf(runs, 'lcpMs'),
            floorLcpMs: medianOf(floors, 'lcpMs'),
            liveMs: medianOf(runs, 'liveMs'),
            firstScreenLiveMs: medianOf(runs, 'firstScreenLiveMs'),
            runs,
          });
        }
        const scrolls: FirstScroll[] = [];
        for (let i = 0; i < 3; i++) {
          scrolls.push(await firstScroll(browser, `${origin}/`));
          console.log(`first scroll of / run ${i + 1}: ${JSON.stringify(scrolls.at(-1))}`);
        }
        return scrolls;
      }),
    );
    return { pages, scroll };
  } finally {
    await browser.close();
    fs.rmSync(floorDir, { recursive: true, force: true });
  }
}

export function formatSlowPhone({
  pages,
  scroll,
}: {
  pages: SlowPhoneResult[];
  scroll: FirstScroll[];
}): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const rows = pages.map(
    (p) =>
      `| \`${p.route}\` | ${s(p.fcpMs)} | ${s(p.lcpMs)} | ${s(p.floorLcpMs)} | ${(p.lcpMs / p.floorLcpMs).toFixed(2)}× | ` +
      `${s(p.liveMs)} | ${s(p.firstScreenLiveMs)} | ${s(p.firstScreenLiveMs - p.fcpMs)} |`,
  );
  return [
    '| route | FCP | LCP | LCP without scripts | ratio | page live | first screen live | window (FCP → first screen live) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `First scroll of \`/\` (4× CPU, 1,800 px), frames over 50 ms / worst, per run: ` +
      scroll.map((r) => `${r.longFrames} / ${r.worstMs} ms`).join('; '),
  ].join('\n');
}

async function main() {
  if (!args.includes('--no-build'))
    execFileSync('npx', ['tsx', 'build/build.ts', '--out', DIST], {
      stdio: 'inherit',
      env: { ...process.env, ROSIE_WITHOUT: WITHOUT },
    });
  if (SLOW_ONLY) {
    const slow = await measureSlowPhone(pickRoutes());
    const table = formatSlowPhone(slow);
    console.log(`\nSlow phone, applied throttling, median of ${SLOW_RUNS}:\n\n${table}\n`);
    fs.mkdirSync('reports', { recursive: true });
    fs.writeFileSync(
      'reports/bench-slow.json',
      `${JSON.stringify({ date: new Date().toISOString(), ...slow }, null, 2)}\n`,
    );
    return;
  }
  const results = await serving(DIST, PORT, async (origin) => {
    const measured: RouteResult[] = [];
    for (const route of pickRoutes()) {
      const runs = await measureRuns(origin + route, route);
      const med = (key: keyof (typeof runs)[number]) => median(runs.map((run) => run[key] as number));
      const bytes = await firstVisitBytes(origin + route, DIST, CHROMIUM);
      measured.push({
        route,
        performance: med('performance'),
        accessibility: med('accessibility'),
        bestPractices: med('bestPractices'),
        seo: med('seo'),
        fcpMs: med('fcpMs'),
        lcpMs: med('lcpMs'),
        tbtMs: med('tbtMs'),
        cpuTbtMs: med('cpuTbtMs'),
        cls: med('cls'),
        js: bytes.js,
        css: bytes.css,
        runs,
      });
    }
    return measured;
  });
  if (LIGHTHOUSE_ONLY) {
    console.log(`\nLighthouse ${RUNS} runs, median:\n\n${formatTable(results)}\n`);
    return;
  }
  const floor = await measureFloor();
  const slow = await measureSlowPhone(pickRoutes());
  const slowTable = formatSlowPhone(slow);
  console.log(`\nSlow phone, applied throttling, median of ${SLOW_RUNS}:\n\n${slowTable}\n`);
  const table = formatTable(results);
  const floorLine =
    `Floor, \`/\` without its app (the prerendered page and start.js only): perf ${floor.performance}, ` +
    `LCP ${(floor.lcpMs / 1000).toFixed(2)} s, TBT ${floor.tbtMs} ms (${span(floor.tbtRange)}).`;
  console.log(
    `\nLighthouse ${RUNS} runs, median (mobile preset, simulated throttling):\n\n${table}\n\n${floorLine}\n`,
  );
  fs.mkdirSync('reports', { recursive: true });
  const report = {
    date: new Date().toISOString(),
    lighthouse: '12.2.3',
    chromium: `${path.basename(LIGHTHOUSE_CHROMIUM)}: ${execFileSync(LIGHTHOUSE_CHROMIUM, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()}`,
    runsPerRoute: RUNS,
    results,
    floor,
    slowPhone: slow,
  };
  fs.writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);
  const doc = fs.readFileSync(PERFORMANCE_DOC, 'utf8');
  const indices = results.flatMap((r) => r.runs.map((run) => run.benchmarkIndex));
  const summary =
    `Latest run (${report.date.slice(0, 10)}, ${report.chromium}, ${RUNS} runs per route, median; ` +
    `Lighthouse benchmarkIndex ${span(indices)}):`;
  fs.writeFileSync(
    PERFORMANCE_DOC,
    doc.replace(
      /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
      `<!-- bench:start -->\n\n${summary}\n\n${table}\n\n${floorLine}\n\n<!-- bench:end -->`,
    ),
  );
  console.log(`Written to reports/bench.json and ${PERFORMANCE_DOC}`);
}

await main();
