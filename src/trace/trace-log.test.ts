import { describe, expect, it } from 'vitest';
import { EventKind } from './event-kinds';
import { BYTES_PER_EVENT, TraceLog } from './trace-log';

describe('TraceLog', () => {
  it('stores and decodes events', () => {
    const log = new TraceLog();
    const name = log.str('Thread-1 (worker)');
    log.emit(0, EventKind.THREAD_CREATED, 1, 0, name, 1);
    log.emit(1500, EventKind.LINE, 1, 7, log.str('<stdin>'));
    expect(log.length).toBe(2);
    expect(log.get(0)).toEqual({ time: 0, kind: EventKind.THREAD_CREATED, thread: 1, a: 0, b: name, c: 1 });
    expect(log.get(1).time).toBe(1500);
    expect(log.strings.get(log.get(1).b)).toBe('<stdin>');
  });

  it('keeps ≤ 32 bytes per event', () => {
    expect(BYTES_PER_EVENT).toBeLessThanOrEqual(32);
  });

  it('keeps the head and the most recent events when capped, counting the dropped ones', () => {
    const log = new TraceLog(10);
    for (let i = 0; i < 100; i++) log.emit(i, EventKind.LINE, 0, i);
    expect(log.length).toBe(10);
    expect(log.dropped).toBe(90);
    const lines = [...log.events()].map((e) => e.a);
    expect(lines).toEqual([0, 1, 2, 3, 4, 95, 96, 97, 98, 99]);
    expect(log.gapIndex).toBe(5);
  });

  it('forwards every event to listeners even when not stored', () => {
    const log = new TraceLog(4);
    log.unstoredKinds.add(EventKind.ACCESS);
    let seen = 0;
    log.listeners.push({ onEvent: () => void seen++ });
    for (let i = 0; i < 10; i++) log.emit(i, EventKind.ACCESS, 0, 0, 0, 0);
    expect(seen).toBe(10);
    expect(log.length).toBe(0);
  });

  it('serialises identically for identical runs', () => {
    const mk = () => {
      const log = new TraceLog(8);
      for (let i = 0; i < 20; i++) log.emit(i * 3, EventKind.OUTPUT, i % 3, 1, log.str(`line ${i % 4}`));
      return log.toBytes();
    };
    expect(mk()).toEqual(mk());
  });
});
