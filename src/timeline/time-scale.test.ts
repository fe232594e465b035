import { describe, expect, it } from 'vitest';
import { MIN_SPAN_NS, TimeScale, formatDuration } from './time-scale';

describe('TimeScale', () => {
  it('maps ns to px and back', () => {
    const ts = new TimeScale(1000, 2000, 100, 600);
    expect(ts.toPx(1000)).toBe(100);
    expect(ts.toPx(2000)).toBe(600);
    expect(ts.toPx(1500)).toBe(350);
    expect(ts.toNs(350)).toBe(1500);
    expect(ts.nsPerPx).toBe(2);
  });

  it('zooms around a point, keeping the time under it fixed', () => {
    const ts = new TimeScale(0, 1_000_000, 0, 1000);
    const before = ts.toNs(250);
    ts.zoomAt(250, 4);
    expect(ts.span).toBeCloseTo(250_000);
    expect(ts.toNs(250)).toBeCloseTo(before);
    ts.zoomAt(250, 1 / 4);
    expect(ts.span).toBeCloseTo(1_000_000);
    expect(ts.start).toBeCloseTo(0);
  });

  it('never zooms in past the minimum span, nor out far beyond the run', () => {
    const ts = new TimeScale(0, 1000, 0, 100);
    ts.zoomAt(50, 1e9);
    expect(ts.span).toBe(MIN_SPAN_NS);
    ts.zoomAt(50, 1e-9, { min: 0, max: 1000 });
    expect(ts.span).toBeCloseTo(1050);
  });

  it('pans by pixels and clamps to the run with some slack', () => {
    const ts = new TimeScale(0, 1000, 0, 100);
    ts.panPx(10);
    expect(ts.start).toBe(100);
    expect(ts.end).toBe(1100);
    ts.panPx(1e6, { min: 0, max: 1000 });
    expect(ts.end).toBe(1500);
    expect(ts.span).toBe(1000);
    ts.panPx(-1e6, { min: 0, max: 1000 });
    expect(ts.start).toBe(-500);
  });

  it('fits a range with a margin and picks round tick steps', () => {
    const ts = new TimeScale(0, 1, 0, 1000);
    ts.fit(0, 1_000_000, 0);
    expect([ts.start, ts.end]).toEqual([0, 1_000_000]);
    expect(ts.tickStep(80)).toBe(100_000);
    ts.fit(0, 3_000_000, 0);
    expect(ts.tickStep(80)).toBe(500_000);
  });

  it('formats durations in a readable unit', () => {
    expect(formatDuration(512)).toBe('512 ns');
    expect(formatDuration(2500)).toBe('2.50 µs');
    expect(formatDuration(5_000_000)).toBe('5.00 ms');
    expect(formatDuration(12_345_678_900)).toBe('12.35 s');
  });
});
