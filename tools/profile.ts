// `npm run profile -- [route] [--dir dist] [--min 12]`: one Lighthouse run (the bench's settings) on a built app,
// with V8's sampling profiler on, and a report of what blocks the main thread: Lighthouse's simulated long tasks
// with their share of TBT, then every task of the page's main thread longer than `--min` ms of real time, with the
// functions that took it. For readable names build with `MINIFY=false npx tsx build/build.ts` first. The profiler
// slows scripts down, so compare TBT with `npm run bench`, not with this. Each task ends with a `for:` line: the
// app's own functions (components, effects) its samples ran for, React's and the bundler's frames skipped.
import type { AddressInfo } from 'node:net';
import { runLighthouse } from './lighthouse.ts';
import { pageMainThread, type TraceEvent } from './main-thread.ts';
import { createStaticServer } from './serve.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const dir = option('--dir', 'dist');
const minMs = Number(option('--min', '12'));
const route = args[0] ?? '/';

interface ProfileEvent extends TraceEvent {
  id?: string;
  args?: {
    data?: Record<string, unknown> & { url?: string; cpuProfile?: CpuProfile; timeDeltas?: number[] };
  };
}
interface CpuProfile {
  nodes?: {
    id: number;
    parent?: number;
    /** V8's own entries ('(program)', '(garbage collector)') have no script, and may have no line. */
    callFrame: { functionName: string; url?: string; lineNumber?: number };
  }[];
  samples?: number[];
}

async function run() {
  const server = createStaticServer({ dir, base: '/' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://localhost:${(server.address() as AddressInfo).port}${route}`;
  try {
    return await runLighthouse(url, {
      onlyCategories: ['performance'],
      additionalTraceCategories: 'disabled-by-default-v8.cpu_profiler',
    });
  } finally {
    server.close();
  }
}

const { lhr, artifacts } = await run();
// Typed as possibly missing, as in the bench: an audit absent from a run must not crash the report.
const audits: Partial<typeof lhr.audits> = lhr.audits;
const metrics = audits.metrics?.details as { items: Record<string, number>[] } | undefined;
const {
  firstContentfulPaint: fcp = 0,
  interactive: tti = 0,
  totalBlockingTime: tbt = 0,
} = metrics?.items[0] ?? {};
console.log(`${route}: simulated FCP ${fcp} ms, TTI ${tti} ms, TBT ${Math.round(tbt)} ms\n`);
console.log('Simulated long tasks (start, duration, blocking time they add between FCP and TTI):');
const longTasks =
  (audits['long-tasks']?.details as { items: Record<string, number | string>[] } | undefined)?.items ?? [];
for (const task of longTasks) {
  const start = Number(task.startTime);
  const end = start + Number(task.duration);
  const blocking = Math.max(0, Math.min(end, tti) - Math.max(start, fcp) - 50);
  console.log(
    `  ${String(task.url).replace(/.*\//, '') || '(no script)'} at ${Math.round(start)} ms, ` +
      `${Math.round(Number(task.duration))} ms, blocking ${Math.round(blocking)} ms`,
  );
}

// The observed trace, on the page's main thread.
const events = (artifacts.Trace as unknown as { traceEvents: ProfileEvent[] }).traceEvents;
const onMain = pageMainThread(events);
if (!onMain) throw new Error('profile: the trace has no page (no HTML was parsed)');
const profile = events.find((e) => e.name === 'Profile' && onMain(e));
const nodes = new Map<number, NonNullable<CpuProfile['nodes']>[number]>();
const samples: { ts: number; node: number }[] = [];
let clock = Number(profile?.args?.data?.startTime ?? 0);
for (const e of events) {
  if (!profile || e.name !== 'ProfileChunk' || e.id !== profile.id || e.pid !== profile.pid) continue;
  const chunk = e.args?.data;
  for (const node of chunk?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
  (chunk?.cpuProfile?.samples ?? []).forEach((node, i) => {
    clock += chunk?.timeDeltas?.[i] ?? 0;
    samples.push({ ts: clock, node });
  });
}
const label = (id: number) => {
  const frame = nodes.get(id)?.callFrame;
  if (!frame) return '?';
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  const line = frame.lineNumber === undefined ? '' : `:${frame.lineNumber + 1}`;
  return `${name} ${frame.url.replace(/.*\//, '')}${line}`;
};

const navigation = events.find((e) => e.name === 'navigationStart' && onMain(e)) ?? events[0];
const tasks = events.filter((e) => onMain(e) && e.name === 'RunTask' && (e.dur ?? 0) > minMs * 1000);
console.log(`\nObserved tasks over ${minMs} ms (real time; Lighthouse multiplies by 4):`);
for (const task of tasks) {
  const end = task.ts + (task.dur ?? 0);
  const inside = events.filter(
    (e) => onMain(e) && e !== task && e.ph === 'X' && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end,
  );
  const kinds = new Map<string, number>();
  for (const e of inside)
    if (
      [
        'Layout',
        'UpdateLayoutTree',
        'Paint',
        'v8.evaluateModule',
        'ParseHTML',
        'MinorGC',
        'MajorGC',
      ].includes(e.name)
    )
      kinds.set(e.name, (kinds.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  // Per function: the share of the task's samples in which it was running or on the stack (callers included).
  const total = new Map<string, number>();
  const within = samples.filter((s) => s.ts >= task.ts && s.ts <= end);
  for (const s of within) {
    const seen = new Set<string>();
    for (let id: number | undefined = s.node; id !== undefined; id = nodes.get(id)?.parent) {
      const name = label(id);
      if (!name.startsWith('(') && !seen.has(name)) total.set(name, (total.get(name) ?? 0) + 1);
      seen.add(name);
    }
  }
  const top = [...total].sort((a, b) => b[1] - a[1]).slice(0, 12);
  // Per owner: the innermost function of the app's own code on each sample's stack (React's and the bundler's
  // frames skipped), or the running frame when no app code is on the stack: which component or effect it was for.
  const owners = new Map<string, number>();
  for (const s of within) {
    let owner: string | undefined;
    for (let id: number | undefined = s.node; id !== undefined && !owner; id = nodes.get(id)?.parent) {
      const url = nodes.get(id)?.callFrame.url ?? '';
      if (url.includes('/assets/') && !/\/(react|rolldown-runtime)-[^/]*\.js$/.test(url)) owner = label(id);
    }
    owner ??= label(s.node);
    owners.set(owner, (owners.get(owner) ?? 0) + 1);
  }
  const topOwners = [...owners].sort((a, b) => b[1] - a[1]).slice(0, 6);
  console.log(
    `  at ${Math.round((task.ts - navigation.ts) / 1000)} ms, ${((task.dur ?? 0) / 1000).toFixed(1)} ms` +
      [...kinds].map(([name, ms]) => `; ${name} ${ms.toFixed(1)} ms`).join(''),
  );
  for (const [name, count] of top)
    console.log(`      ${((count / Math.max(within.length, 1)) * 100).toFixed(0).padStart(3)}%  ${name}`);
  if (topOwners.length > 0)
    console.log(
      `      for: ${topOwners.map(([name, count]) => `${name} ${((count / Math.max(within.length, 1)) * 100).toFixed(0)}%`).join(', ')}`,
    );
}
