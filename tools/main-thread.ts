// The page's main thread in a Lighthouse trace: its tasks after the first contentful paint, each with its wall time
// and its CPU time. Lighthouse's Total Blocking Time simulates a phone from the wall time of each task (4x, layout
// 2x); on a machine with few cores that wall time also counts the moments the thread waited for a core (the browser
// process, the compositor, Lighthouse's own screenshots). The same sum over CPU time shows the page's own share.

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, when the trace recorded it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { beginData?: { frame?: string }; data?: Record<string, unknown> & { url?: string } };
}

/** Whether an event ran on the page's main thread (the one that parsed its HTML); undefined if the trace has none. */
export function pageMainThread<E extends TraceEvent>(events: readonly E[]): ((e: E) => boolean) | undefined {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.frame);
  return parse && ((e) => e.pid === parse.pid && e.tid === parse.tid);
}

export interface MainThreadTask {
  /** ms after the first contentful paint. */
  startMs: number;
  wallMs: number;
  cpuMs: number;
  /** Lighthouse's simulation slows layout tasks down half as much as script. */
  layout: boolean;
}

/** Lighthouse's simulated slowdown: 4x for script, 2x for tasks that lay out. */
const slowdown = (task: MainThreadTask) => (task.layout ? 2 : 4);
/** A task blocks for whatever it takes beyond 50 ms (simulated). */
const THRESHOLD_MS = 50;

/** The main thread's tasks that start at or after the first contentful paint (none if the trace has no paint). */
export function mainThreadTasks(events: readonly TraceEvent[]): MainThreadTask[] {
  const onMain = pageMainThread(events);
  if (!onMain) return [];
  const fcp = events.find((e) => onMain(e) && e.name === 'firstContentfulPaint');
  if (!fcp) return [];
  const layouts = events.filter((e) => onMain(e) && e.name === 'Layout');
  return events
    .filter((e) => onMain(e) && e.name === 'RunTask' && e.ph === 'X' && e.ts >= fcp.ts)
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      return {
        startMs: (task.ts - fcp.ts) / 1000,
        wallMs: (task.dur ?? 0) / 1000,
        cpuMs: (task.tdur ?? task.dur ?? 0) / 1000,
        layout: layouts.some((l) => l.ts >= task.ts && l.ts < end),
      };
    });
}

/**
 * Blocking time as Lighthouse counts it, without its network simulation: each task slowed down as on its phone,
 * minus 50 ms. Over wall time it follows Lighthouse's TBT; over CPU time it leaves out the waits for a core.
 */
export function blockingMs(tasks: readonly MainThreadTask[], time: 'wallMs' | 'cpuMs'): number {
  return tasks.reduce((sum, task) => sum + Math.max(0, task[time] * slowdown(task) - THRESHOLD_MS), 0);
}
