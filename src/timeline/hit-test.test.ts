import { describe, expect, it } from 'vitest';
import { runThreaded } from '../scheduler/run-threaded';
import { ThreadState } from '../trace/event-kinds';
import { packTrace } from '../worker/trace-transfer';
import { describeDeadlock, describeHit } from './describe';
import { buildModel, MarkKind } from './model';
import { summarize } from './summary';
import { syntheticTrace } from './synthetic-trace';
import { TWO_LOCK_DEADLOCK } from './test-programs';
import { TimeScale } from './time-scale';
import { buildTracks, GilTrack, MAX_OBJECT_LANES, ObjectTrack, shownLanes, ThreadTrack } from './tracks';

const r = runThreaded(TWO_LOCK_DEADLOCK, { python: '3.14', seed: 3, filename: 'main.py' });
const model = buildModel(packTrace({ trace: r.trace, virtualNs: r.endTime, findings: r.findings }));

describe('hit-testing tracks', () => {
  const ts = new TimeScale(model.start, model.end, 0, 1000);
  const tracks = buildTracks(model);

  it('orders tracks: GIL, each thread, each lock', () => {
    expect(tracks.map((t) => t.label)).toEqual(['GIL', 'MainThread', 'Thread-1 (one)', 'Thread-2 (two)', 'lock_a', 'lock_b']);
    expect(tracks[0]).toBeInstanceOf(GilTrack);
  });

  it('finds the state under the pointer and describes it with its lock, owner and line', () => {
    const t1 = tracks[2] as ThreadTrack;
    const states = t1.lane.states;
    const last = states.count - 1;
    expect(states.value[last]).toBe(ThreadState.BLOCKED);
    const x = ts.toPx((states.start[last] + states.end[last]) / 2);
    const hit = t1.hitTest(ts, x, 15);
    expect(hit).toEqual({ type: 'state', thread: 1, index: last });
    const d = describeHit(model, hit!);
    expect(d.title).toBe('Thread-1 (one): blocked — lock_b');
    expect(Object.fromEntries(d.rows)).toMatchObject({ owner: 'Thread-2 (two)', waiters: 'Thread-1 (one)', line: '10' });
  });

  it('finds lock owners and waiters in an object lane', () => {
    const lockA = tracks[4] as ObjectTrack;
    const o = lockA.lane.owners;
    const owner = lockA.hitTest(ts, ts.toPx(o.end[o.count - 1] - 1), 8);
    expect(owner?.type).toBe('owner');
    expect(describeHit(model, owner!).title).toBe('lock_a held by Thread-1 (one)');
    const w = lockA.lane.waiters;
    const waiter = lockA.hitTest(ts, ts.toPx(w.start[0] + 1), 24);
    expect(describeHit(model, waiter!).title).toBe('Thread-2 (two) waits for lock_a');
  });

  it('finds a deadlock mark and describes the cycle naming both locks', () => {
    const t2 = tracks[3] as ThreadTrack;
    let i = 0;
    while (t2.lane.marks.kind[i] !== MarkKind.DEADLOCK) i++;
    const hit = t2.hitTest(ts, ts.toPx(t2.lane.marks.time[i]) - 2, 5);
    expect(hit).toEqual({ type: 'mark', thread: 2, index: i });
    const d = describeHit(model, hit!);
    expect(d).toEqual(describeDeadlock(model));
    expect(d.title).toContain('lock_a');
    expect(d.title).toContain('lock_b');
  });

  it('reports a merged column when many intervals share a pixel', () => {
    const synth = buildModel(syntheticTrace(200_000));
    const wide = new TimeScale(synth.start, synth.end, 0, 500);
    const track = new ThreadTrack(synth, synth.threads[1]);
    const hit = track.hitTest(wide, 250, 15);
    expect(hit?.type).toBe('merged');
    expect(describeHit(synth, hit!).title).toMatch(/^\d+ thread states in this pixel/);
    const zoomed = new TimeScale(synth.threads[1].states.start[10], synth.threads[1].states.start[10] + 1000, 0, 500);
    expect(track.hitTest(zoomed, 1, 15)).toEqual({ type: 'state', thread: 1, index: 10 });
  });
});

describe('summary', () => {
  it('gives per-thread shares that add up and per-lock contention', () => {
    const s = summarize(model);
    expect(s.deadlock).toBe(true);
    for (const t of s.threads) {
      const total = t.running + t.waitingGil + t.blocked + t.sleeping;
      expect(total).toBeGreaterThan(0.99);
      expect(total).toBeLessThan(1.0001);
    }
    expect(s.objects.map((o) => [o.name, o.acquisitions, o.contention])).toEqual([
      ['lock_a', 1, 1],
      ['lock_b', 1, 1],
    ]);
    // the second thread to block ends the run: its wait has no length yet
    expect(s.objects[0].totalWaitNs + s.objects[1].totalWaitNs).toBeGreaterThan(0);
  });
});

describe('lane limits', () => {
  it('draws the busiest objects when a program makes very many', () => {
    const code = `import threading
locks = [threading.Lock() for _ in range(60)]
hot = locks[45]
def work():
    for _ in range(3):
        with hot:
            pass
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
`;
    const run = runThreaded(code, { seed: 1 });
    const m = buildModel(packTrace({ trace: run.trace, virtualNs: run.endTime, findings: run.findings }));
    expect(m.objects.length).toBe(60);
    const shown = shownLanes(m);
    expect(shown.objects.length).toBe(MAX_OBJECT_LANES);
    expect(shown.hiddenObjects).toBe(20);
    expect(shown.objects).toContain(45);
    expect(buildTracks(m).filter((t) => t instanceof ObjectTrack).length).toBe(MAX_OBJECT_LANES);
  });
});
