import { describe, expect, it } from 'vitest';
import { runThreaded } from '../scheduler/run-threaded';
import { ThreadState } from '../trace/event-kinds';
import { packTrace } from '../worker/trace-transfer';
import { FlowKind, MarkKind, buildModel, linesAt, type TimelineModel } from './model';
import { CONDITION_HANDOFF, CPU_BOUND, PRODUCER_CONSUMER, TWO_LOCK_DEADLOCK, UNLOCKED_COUNTER } from './test-programs';

function modelOf(code: string, python: '3.14' | '3.14t' | '3.9', seed = 1, switchInterval = 0.005): { model: TimelineModel; stdout: string; exitCode: number } {
  const r = runThreaded(code, { python, seed, switchInterval, filename: 'main.py' });
  return { model: buildModel(packTrace({ trace: r.trace, virtualNs: r.endTime, findings: r.findings })), stdout: r.stdout, exitCode: r.exitCode };
}

const countMarks = (m: TimelineModel, kind: number) => {
  let n = 0;
  for (let i = 0; i < m.marks.count; i++) if (m.marks.kind[i] === kind) n++;
  return n;
};

describe('timeline model from a real trace', () => {
  it('unlocked counter under 3.14t: six thread lanes, lost updates linked to their reads', () => {
    const { model } = modelOf(UNLOCKED_COUNTER, '3.14t');
    expect(model.threads.map((t) => t.name)).toEqual(['MainThread', 'Thread-1 (increment)', 'Thread-2 (increment)', 'Thread-3 (increment)', 'Thread-4 (increment)', 'Thread-5 (increment)']);
    expect(model.hasGil).toBe(false);
    const lost = countMarks(model, MarkKind.LOST_UPDATE);
    expect(lost).toBeGreaterThan(0);
    const totalLost = model.findings!.lostUpdates.reduce((n, l) => n + l.count, 0);
    expect(lost).toBe(totalLost);
    let links = 0;
    for (let i = 0; i < model.flows.count; i++) if (model.flows.kind[i] === FlowKind.LOST_READ) links++;
    expect(links).toBe(lost);
    // Every worker thread was started by MainThread.
    let starts = 0;
    for (let i = 0; i < model.flows.count; i++) if (model.flows.kind[i] === FlowKind.START) starts++;
    expect(starts).toBe(5);
    // State intervals tile each thread's life without overlap.
    for (const lane of model.threads) {
      for (let i = 1; i < lane.states.count; i++) expect(lane.states.start[i]).toBeGreaterThanOrEqual(lane.states.end[i - 1]);
    }
  });

  it('two-lock deadlock: the cycle names both locks; lock lanes show owners and waiters', () => {
    const { model, exitCode } = modelOf(TWO_LOCK_DEADLOCK, '3.14');
    expect(exitCode).toBe(3);
    expect(model.deadlock).not.toBeNull();
    expect(model.deadlock!.steps.map((s) => s.waitsFor).sort()).toEqual(['lock_a', 'lock_b']);
    expect(model.objects.map((o) => o.name)).toEqual(['lock_a', 'lock_b']);
    for (const lane of model.objects) {
      expect(lane.owners.count).toBeGreaterThan(0);
      expect(lane.waiters.count).toBe(1);
    }
    // The threads end blocked on a lock.
    const t1 = model.threads[1].states;
    expect(t1.value[t1.count - 1]).toBe(ThreadState.BLOCKED);
    expect(model.objectName(t1.obj[t1.count - 1])).toBe(model.deadlock!.steps.find((s) => s.thread === 1)!.waitsFor);
  });

  it('CPU-bound threads under 3.14: the GIL alternates between the two workers', () => {
    const { model } = modelOf(CPU_BOUND, '3.14', 1, 0.0005);
    expect(model.hasGil).toBe(true);
    const holders: number[] = [];
    for (let i = 0; i < model.gil.count; i++) holders.push(model.gil.value[i]);
    let switches = 0;
    for (let i = 1; i < holders.length; i++) if (holders[i] !== holders[i - 1] && holders[i] > 0 && holders[i - 1] > 0) switches++;
    expect(switches).toBeGreaterThan(3);
    expect(model.drops.count).toBeGreaterThan(0);
    for (let i = 1; i < model.gil.count; i++) expect(model.gil.start[i]).toBeGreaterThanOrEqual(model.gil.end[i - 1]);
  });

  it('queue and event hand-offs become put → get and set → wait flows; lines follow the threads', () => {
    const { model, stdout } = modelOf(PRODUCER_CONSUMER, '3.14');
    expect(stdout).toBe('got 0\ngot 1\ngot 2\n');
    const kinds = new Set<number>();
    for (let i = 0; i < model.flows.count; i++) kinds.add(model.flows.kind[i]);
    expect(kinds.has(FlowKind.PUT_GET)).toBe(true);
    expect(kinds.has(FlowKind.SET)).toBe(true);
    expect(kinds.has(FlowKind.JOIN)).toBe(true);
    expect(model.objects.map((o) => o.name)).toEqual(expect.arrayContaining(['q', 'done']));
    for (let i = 1; i < model.flows.count; i++) expect(model.flows.toTime[i]).toBeGreaterThanOrEqual(model.flows.toTime[i - 1]);
    let firstOutput = 0;
    while (model.marks.kind[firstOutput] !== MarkKind.OUTPUT) firstOutput++;
    expect(linesAt(model, model.marks.time[firstOutput])).toEqual([{ thread: 0, line: 21 }, { thread: 1, line: 15 }]);
    expect(linesAt(model, 0)).toEqual([{ thread: 0, line: 19 }]);
    expect(countMarks(model, MarkKind.OUTPUT)).toBe(3);
  });

  it('a Condition: owners from its lock, the waiter, and a notify → wake flow to the consumer', () => {
    const { model, stdout } = modelOf(CONDITION_HANDOFF, '3.14');
    expect(stdout).toBe('got 1\n');
    const cond = model.objects.find((o) => o.name === 'cond')!;
    expect(cond.owners.count).toBeGreaterThanOrEqual(2);
    expect(cond.waiters.count).toBe(1);
    const notify: string[] = [];
    for (let i = 0; i < model.flows.count; i++) {
      if (model.flows.kind[i] === FlowKind.NOTIFY) notify.push(`${model.threadName(model.flows.fromThread[i])} -> ${model.threadName(model.flows.toThread[i])} on ${model.objectName(model.flows.obj[i])}`);
    }
    expect(notify).toEqual(['Thread-2 (producer) -> Thread-1 (consumer) on cond']);
  });
});
