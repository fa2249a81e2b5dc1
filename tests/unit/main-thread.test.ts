import { describe, expect, it } from 'vitest';
import { blockingMs, mainThreadTasks, pageMainThread, type TraceEvent } from '../../tools/main-thread.ts';

const MAIN = { pid: 1, tid: 7 };
const OTHER = { pid: 2, tid: 3 };
const ms = (n: number) => n * 1000;
const task = (at: number, wall: number, cpu: number, on = MAIN): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  ts: ms(at),
  dur: ms(wall),
  tdur: ms(cpu),
  ...on,
});

/** A page's trace: parsed at 0, first contentful paint at 100 ms. */
const trace: TraceEvent[] = [
  { name: 'ParseHTML', ph: 'X', ts: 0, dur: ms(5), ...MAIN, args: { beginData: { frame: 'F' } } },
  task(10, 80, 60), // the first layout, before the paint: not counted
  { name: 'Layout', ph: 'X', ts: ms(20), dur: ms(40), ...MAIN },
  { name: 'firstContentfulPaint', ph: 'R', ts: ms(100), ...MAIN },
  task(150, 30, 10), // script: 4 x 30 = 120 -> 70 blocking on wall time, 4 x 10 = 40 -> 0 on CPU
  task(200, 40, 30), // a layout task: 2 x 40 = 80 -> 30; 2 x 30 = 60 -> 10
  { name: 'Layout', ph: 'X', ts: ms(205), dur: ms(20), ...MAIN },
  task(300, 10, 10), // 40: under the threshold
  task(160, 90, 90, OTHER), // another thread: not the page's
];

describe('pageMainThread', () => {
  it('tells the thread that parsed the page from the others', () => {
    const onMain = pageMainThread(trace);
    expect(trace.filter((e) => onMain?.(e)).length).toBe(trace.length - 1);
    expect(onMain?.(task(0, 1, 1, OTHER))).toBe(false);
  });

  it('is undefined for a trace in which no page was parsed', () => {
    expect(pageMainThread(trace.filter((e) => e.name !== 'ParseHTML'))).toBeUndefined();
  });
});

describe('mainThreadTasks', () => {
  it("lists the page's main-thread tasks from the first contentful paint on, with wall and CPU time", () => {
    expect(mainThreadTasks(trace)).toEqual([
      { startMs: 50, wallMs: 30, cpuMs: 10, layout: false },
      { startMs: 100, wallMs: 40, cpuMs: 30, layout: true },
      { startMs: 200, wallMs: 10, cpuMs: 10, layout: false },
    ]);
  });

  it('finds nothing in a trace without a painted page', () => {
    expect(mainThreadTasks(trace.filter((e) => e.name !== 'firstContentfulPaint'))).toEqual([]);
  });
});

describe('blockingMs', () => {
  it("counts what each task takes beyond 50 ms once slowed down as on Lighthouse's phone", () => {
    const tasks = mainThreadTasks(trace);
    expect(blockingMs(tasks, 'wallMs')).toBe(70 + 30);
    expect(blockingMs(tasks, 'cpuMs')).toBe(10);
  });
});
